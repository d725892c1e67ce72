package org.microdegree.credentials.internal.render;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArray;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.proof.LocalContexts;
import org.microdegree.credentials.model.CertificateContent;

/**
 * The published catalogue as Europass learning opportunities (ELM 3, Learning Opportunities and
 * Qualifications profile): one {@code LearningOpportunity} per micro-credential and programme,
 * provided by its institution and specified by a {@code LearningAchievementSpecification} with the
 * id of the {@code Qualification} its certificates' European Digital Credentials carry (a subclass in
 * ELM), so that what is advertised and what is awarded agree. Not a Qualification here: the LOQ
 * shapes want of one an NQF level from the EU's QDR list, which a micro-credential outside a
 * national framework does not have (ADR 0053); the EQF level is its education level.
 */
public final class Loq {

    private static final JsonProvider JSON = JsonProvider.provider();

    private Loq() {
    }

    private static final String ELM = "http://data.europa.eu/snb/model/elm/";
    private static final String ISCED = "http://data.europa.eu/snb/isced-f/";
    private static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
    private static final String OPPORTUNITY_TYPES = "http://data.europa.eu/snb/learning-opportunity/25831c2";
    /** A micro-credential is a short learning programme (as in the EU's micro-credential sample), a programme an educational programme. */
    static final String SHORT_LEARNING_PROGRAMME = "http://data.europa.eu/snb/learning-opportunity/74a4a268e8";
    static final String EDUCATIONAL_PROGRAMME = "http://data.europa.eu/snb/learning-opportunity/79343569f3";
    /** ESCO's skills as the LOQ shapes name their scheme. */
    public static final String LOQ_ESCO_SKILLS = "https://ec.europa.eu/esco/skill/";

    /**
     * @param specifications each item's content as its certificates state it, without a learner
     * @param exported the version exported of each item (a programme's parts are referred to by it)
     * @param fields each micro-credential's ISCED-F field (a programme has those of its parts)
     */
    public static JsonObject opportunities(List<CertificateContent> specifications, Urls urls, Function<String, String> skillName,
            Map<String, Integer> exported, Map<String, String> fields) {
        JsonArrayBuilder graph = JSON.createArrayBuilder();
        for (CertificateContent c : specifications) {
            graph.add(opportunity(c, urls, skillName, exported, fields));
        }
        // the ELM context leaves id and type to the VC context an EDC also names; a catalogue is no credential
        return JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("id", "@id").add("type", "@type")).add(LocalContexts.EDC))
                .add("@graph", graph).build();
    }

    /**
     * The LOQ shapes (LOQ-constraints-mdr.ttl, EscoSkillRestriction) want a related ESCO skill's scheme
     * under https://ec.europa.eu/esco/skill/, where the EDC shapes and the EU's credential sample use
     * ESCO's concept scheme: the learning opportunity follows the LOQ profile, the credential the EDC one.
     */
    private static JsonObject asLearningAchievementSpecification(JsonObject qualification) {
        JsonObjectBuilder spec = JSON.createObjectBuilder(qualification).add("type", "LearningAchievementSpecification")
                .remove("isPartialQualification").remove("eqfLevel");
        if (qualification.containsKey("eqfLevel")) {
            spec.add("educationLevel", JSON.createArrayBuilder().add(qualification.get("eqfLevel")));
        }
        return loqSkillScheme(spec.build());
    }

    private static JsonObject loqSkillScheme(JsonObject qualification) {
        JsonArrayBuilder outcomes = JSON.createArrayBuilder();
        for (JsonObject outcome : qualification.getJsonArray("learningOutcome").getValuesAs(JsonObject.class)) {
            if (!outcome.containsKey("relatedESCOSkill")) {
                outcomes.add(outcome);
                continue;
            }
            JsonArrayBuilder skills = JSON.createArrayBuilder();
            outcome.getJsonArray("relatedESCOSkill").getValuesAs(JsonObject.class).forEach(skill -> skills.add(JSON.createObjectBuilder(skill)
                    .add("inScheme", JSON.createObjectBuilder().add("id", LOQ_ESCO_SKILLS).add("type", "ConceptScheme"))));
            outcomes.add(JSON.createObjectBuilder(outcome).add("relatedESCOSkill", skills));
        }
        return JSON.createObjectBuilder(qualification).add("learningOutcome", outcomes).build();
    }

    private static JsonObjectBuilder opportunity(CertificateContent c, Urls urls, Function<String, String> skillName,
            Map<String, Integer> exported, Map<String, String> fields) {
        String page = urls.achievement(c.item(), c.version());
        JsonObjectBuilder specification = JSON.createObjectBuilder(asLearningAchievementSpecification(
                Elm.qualification(c, c.item(), c.title(), c.workload().toBigDecimal().toPlainString(), true, skillName).build()));
        // the field of study: its own, or its parts' (ISCED-F 9999, "field unknown", where none is stated)
        Set<String> codes = new TreeSet<>();
        if (c.iscedField() != null) {
            codes.add(c.iscedField());
        }
        c.components().forEach(m -> {
            if (fields.containsKey(m.item())) {
                codes.add(fields.get(m.item()));
            }
        });
        if (codes.isEmpty()) {
            codes.add("9999");
        }
        JsonArrayBuilder areas = JSON.createArrayBuilder();
        codes.forEach(code -> areas.add(Elm.concept(ISCED + code, ISCED + "25831c2", "ISCED-F 2013 field " + code)));
        specification.add("thematicArea", areas);
        // a programme's parts are learning opportunities of their own: referred to, not repeated
        specification.remove("hasPart");
        JsonArrayBuilder parts = JSON.createArrayBuilder();
        c.components().stream().filter(m -> exported.containsKey(m.item()))
                .forEach(m -> parts.add(JSON.createObjectBuilder().add("id", "urn:epass:qualification:" + m.item() + ":" + exported.get(m.item()))));
        JsonArray referred = parts.build();
        if (!referred.isEmpty()) {
            specification.add("hasPart", referred);
        }
        String language = c.languages().isEmpty() ? "en" : c.languages().getFirst();
        String code = new Locale(language).getISO3Language().toUpperCase(Locale.ROOT);
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("id", "urn:epass:learningOpportunity:" + c.item() + ":" + c.version())
                .add("type", "LearningOpportunity")
                .add("title", Elm.text(c.title()))
                .add("homepage", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("id", "urn:epass:webResource:" + c.item() + ":" + c.version()).add("type", "WebResource").add("contentURL", page)))
                .add("learningAchievementSpecification", specification)
                .add("dcType", "micro-degree".equals(c.itemKind())
                        ? Elm.concept(EDUCATIONAL_PROGRAMME, OPPORTUNITY_TYPES, "Educational programme")
                        : Elm.concept(SHORT_LEARNING_PROGRAMME, OPPORTUNITY_TYPES, "Short learning programme"))
                .add("providedBy", Elm.organisation(c.issuer(), urls))
                // the ELM context has no term for it: the property's IRI
                .add(ELM + "defaultLanguage", Elm.concept(AUTHORITY + "language/" + code, AUTHORITY + "language",
                        new Locale(language).getDisplayLanguage(Locale.ENGLISH)));
        if (c.description() != null) {
            o.add("description", Elm.text(c.description()));
        }
        return o;
    }
}
