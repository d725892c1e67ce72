package org.microdegree.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.Mode;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import java.util.Map;
import java.util.TreeMap;
import org.microdegree.EmptyDatabase;
import org.microdegree.catalog.ImportResult;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.demo.SyntheticCatalogue;
import org.microdegree.skills.Skills;
import org.microdegree.credentials.internal.proof.LocalContexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The worked example's published micro-credentials and programmes as Europass learning
 * opportunities, checked with the official LOQ SHACL shapes (ELM 3) by Apache Jena: 0 violations.
 * Each opportunity is specified by a learning achievement specification (ADR 0053). The LOQ
 * profile ships that class's own shape deactivated (it is closed and would also fire on its
 * subclass Qualification); these tests switch it on, so the specification is checked by it as well.
 * The ESCO skills' scheme follows the LOQ shapes (https://ec.europa.eu/esco/skill/) in the learning
 * opportunities, and the EDC shapes (ESCO's concept scheme) in the credentials.
 */
class LearningOpportunitiesIT extends DatabaseIT {

    private static final String SHAPES = "http://data.europa.eu/snb/model/ap/loq-constraints/";
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Shapes LOQ = shapes("LOQ-constraints.ttl", "LOQ-constraints-mdr.ttl");

    @Autowired Catalogue catalogue;
    @Autowired LearningOpportunities opportunities;

    static Shapes shapes(String... files) {
        Model shapes = ModelFactory.createDefaultModel();
        for (String file : files) {
            try (InputStream in = LearningOpportunitiesIT.class.getResourceAsStream("/elm/" + file)) {
                RDFDataMgr.read(shapes, in, Lang.TURTLE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Resource specificationShape = shapes.createResource(SHAPES + "LearningAchievementSpecificationShape");
        Property deactivated = shapes.createProperty(SH + "deactivated");
        assertThat(shapes.contains(specificationShape, deactivated)).as("the LOQ profile deactivates it").isTrue();
        shapes.removeAll(specificationShape, deactivated, null);
        return Shapes.parse(shapes.getGraph());
    }

    static List<String> violations(JsonObject document) throws Exception {
        StringWriter nquads = new StringWriter();
        JsonLd.toRdf(JsonDocument.of(document)).options(new JsonLdOptions(LocalContexts.INSTANCE)).provide(new NQuadsWriter(nquads));
        Graph data = RDFParser.fromString(nquads.toString(), Lang.NQUADS).toDatasetGraph().getDefaultGraph();
        ValidationReport report = ShaclValidator.get().validate(LOQ, data);
        return report.getEntries().stream()
                .map(e -> e.severity().level().getLocalName() + " at " + e.focusNode() + " " + e.resultPath() + ": " + e.message()).toList();
    }

    @Autowired Skills skills;
    @Autowired MockMvc mvc;

    @Test
    void theWorkedExampleAsLearningOpportunitiesMeetsTheLoqShapes() throws Exception {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        JsonObject loq = opportunities.export();
        List<JsonObject> graph = loq.getJsonArray("@graph").getValuesAs(JsonObject.class);
        long published = catalogue.snapshot().items().filter(i -> i.status() == LifecycleStatus.PUBLISHED
                && (i.kind() == ItemKind.MICRO_CREDENTIAL || i.kind() == ItemKind.MICRO_DEGREE)).count();
        assertThat(graph).hasSize((int) published);
        JsonObject solar = graph.stream().filter(o -> o.getString("id").startsWith("urn:epass:learningOpportunity:luh:md-solar-energy:"))
                .findFirst().orElseThrow();
        assertThat(solar.getJsonObject("title").getString("en")).isEqualTo("Solar Energy");
        assertThat(solar.getJsonObject("providedBy").getString("id")).endsWith(":institutions:luh");
        assertThat(solar.getJsonObject("learningAchievementSpecification").getJsonArray("hasPart")).isNotEmpty();
        mvc.perform(get("/api/v1/europass/learning-opportunities")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/ld+json"))
                .andExpect(jsonPath("$['@graph'][0].type").value("LearningOpportunity"));
        assertThat(violations(loq)).isEmpty();
        assertThat(solar.getJsonObject("learningAchievementSpecification").getString("type")).isEqualTo("LearningAchievementSpecification");

        // the shapes do fire: an opportunity without its title, with a field ELM does not know
        JsonObject broken = Json.createObjectBuilder(loq).add("@graph", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(solar).remove("title").add("homepage", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("id", "urn:x").add("type", "WebResource")))))
                .build();
        assertThat(violations(broken)).anySatisfy(v -> assertThat(v).contains("dc/terms/title"))
                .anySatisfy(v -> assertThat(v).contains("contentUrl"));
    }

    @Test
    void theExportImportsIntoAnEmptyInstallationAsTheSameItems() throws Exception {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        JsonObject exported = opportunities.export();
        Map<String, List<Object>> before = whatLearningOpportunitiesCarry();

        EmptyDatabase.clear(jdbc);
        assertThat(count("catalog_item")).isZero();
        ImportResult imported = opportunities.importOpportunities("loq.jsonld", exported.toString().getBytes(StandardCharsets.UTF_8),
                LifecycleStatus.PUBLISHED, null, "test", true);
        assertThat(imported.added()).isEqualTo(exported.getJsonArray("@graph").size() + before.get("institutions").size());

        assertThat(whatLearningOpportunitiesCarry()).isEqualTo(before);
        assertThat(opportunities.export()).as("exported again: the same document").isEqualTo(exported);
        // once more: nothing changes
        assertThat(opportunities.importOpportunities("loq.jsonld", exported.toString().getBytes(StandardCharsets.UTF_8),
                LifecycleStatus.PUBLISHED, null, "test", true).changedAnything()).isFalse();
    }

    @Test
    void aPartnersLearningOpportunitiesComeInUnderItsInstitutionWithoutHandConversion() throws Exception {
        byte[] partner;
        try (InputStream in = getClass().getResourceAsStream("/elm/partner-learning-opportunities.jsonld")) {
            partner = in.readAllBytes();
        }
        // whose items these are cannot be read from another provider's ids: the importer names the institution
        assertThatThrownBy(() -> opportunities.importOpportunities("uva.jsonld", partner, LifecycleStatus.DRAFT, null, "test", false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).allSatisfy(v -> {
                    assertThat(v.source()).isEqualTo("uva.jsonld");
                    assertThat(v.reason()).contains("--institution");
                }));
        assertThat(count("catalog_item")).isZero();

        ImportResult imported = opportunities.importOpportunities("uva.jsonld", partner, LifecycleStatus.DRAFT, "uva", "test", false);
        assertThat(imported.added()).isEqualTo(1 + 3);
        MicroCredential literacy = catalogue.<MicroCredential>find(ItemKind.MICRO_CREDENTIAL, ItemId.of("uva:data-literacy"), null,
                Catalogue.ALL).orElseThrow();
        assertThat(literacy.title().versions().keySet()).containsExactly("nl", "en");
        assertThat(literacy.creditPoints()).isEqualTo(CreditPoints.of(3));
        assertThat(literacy.eqfLevel()).isEqualTo(EqfLevel.of(6));
        assertThat(literacy.languages()).containsExactly("nl");
        assertThat(literacy.mode()).isEqualTo(Mode.ONLINE);
        assertThat(literacy.skills()).containsExactly("http://data.europa.eu/esco/skill/e87ec79a-c9ff-46f5-84fa-7a0f394cdf40");
        assertThat(literacy.status()).isEqualTo(LifecycleStatus.DRAFT);
        assertThat(catalogue.<MicroCredential>find(ItemKind.MICRO_CREDENTIAL, ItemId.of("uva:open-data"), null, Catalogue.ALL).orElseThrow()
                .eqfLevel()).as("a learning achievement specification's education level").isEqualTo(EqfLevel.of(5));
        MicroDegreeProgramme steward = catalogue.<MicroDegreeProgramme>find(ItemKind.MICRO_DEGREE, ItemId.of("uva:data-steward"), null,
                Catalogue.ALL).orElseThrow();
        assertThat(steward.microCredentials()).extracting(ItemId::value).containsExactly("uva:data-literacy", "uva:open-data");
        Institution uva = catalogue.institution("uva").orElseThrow();
        assertThat(uva.country()).isEqualTo("NL");
        assertThat(uva.name().in("nl")).startsWith("Universiteit van Amsterdam");
    }

    /** Per published micro-credential and programme what ELM carries of it: id, version, title, size, level, outcomes, skills, languages, mode. */
    private Map<String, List<Object>> whatLearningOpportunitiesCarry() {
        Map<String, List<Object>> out = new TreeMap<>();
        catalogue.snapshot().items().filter(i -> i.status() == LifecycleStatus.PUBLISHED)
                .filter(i -> i.kind() == ItemKind.MICRO_CREDENTIAL || i.kind() == ItemKind.MICRO_DEGREE)
                .forEach(i -> out.put(i.kind().code() + " " + i.id(), List.of(i.version(), i.title(), String.valueOf(i.creditPoints()),
                        String.valueOf(i.eqfLevel()), i instanceof MicroCredential mc ? mc.learningOutcomes() : List.of(),
                        i instanceof MicroCredential mc ? mc.skills() : List.of(),
                        i instanceof MicroCredential mc ? mc.languages() : ((MicroDegreeProgramme) i).languages(),
                        String.valueOf(i instanceof MicroCredential mc ? mc.mode() : ((MicroDegreeProgramme) i).mode()),
                        i instanceof MicroDegreeProgramme md ? md.microCredentials() : List.of())));
        out.put("institutions", catalogue.snapshot().institutions().stream()
                .filter(inst -> out.keySet().stream().anyMatch(k -> k.contains(" " + inst.id().value() + ":")))
                .map(inst -> (Object) List.of(inst.id().value(), inst.name(), inst.country())).toList());
        return out;
    }

    @Test
    void theGeneratedCatalogueOf3480ItemsMeetsTheLoqShapesToo() throws Exception {
        CatalogueBundle generated = new SyntheticCatalogue(skills.skillUris()).generate(7, 3000, 400, 80);
        catalogue.importBundle("catalogue preset", generated, v -> v, "test");
        JsonObject loq = opportunities.export();
        assertThat(loq.getJsonArray("@graph")).hasSizeGreaterThan(400);
        assertThat(violations(loq)).isEmpty();
    }
}
