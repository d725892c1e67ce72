package org.microdegree.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Role;
import org.microdegree.shared.Violation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Micro-credentials as European providers publish them: UK and Scottish credits, US credit hours, a
 * range of credits, levels of national frameworks and in words, a MOOC that states neither size nor
 * level. Each comes in as stated, with its ECTS and EQF beside it; what cannot be read is named.
 */
class CataloguesAsPublishedIT extends DatabaseIT {

    @Autowired Catalogue catalogue;
    @Autowired MockMvc mvc;

    private static byte[] asProvidersPublish() throws IOException {
        try (InputStream in = CataloguesAsPublishedIT.class.getResourceAsStream("/catalog/as-providers-publish.yaml")) {
            return in.readAllBytes();
        }
    }

    /** A bundle of UCL and the micro-credentials given (entries of the list, indented by two): they start on line 6. */
    private static byte[] uclMicroCredentials(String entries) {
        return ("""
                format: microdegree-catalogue
                formatVersion: 1
                institutions:
                  - {id: ucl, name: {en: UCL}, country: GB, kind: university}
                microCredentials:
                """ + entries).getBytes(StandardCharsets.UTF_8);
    }

    private MicroCredential mc(String id) {
        return catalogue.<MicroCredential>find(ItemKind.MICRO_CREDENTIAL, ItemId.of(id), null, Catalogue.ALL).orElseThrow();
    }

    @Test
    void creditsAndLevelsComeInAsStatedWithTheirEctsAndEqfBeside() throws Exception {
        ImportResult imported = catalogue.importBundle("providers.yaml", asProvidersPublish(), BundleSyntax.YAML, "test");
        assertThat(imported.added()).isEqualTo(4 + 2 + 11 + 1);

        MicroCredential ucl = mc("ucl:mc-data-ethics");
        assertThat(ucl.creditPoints()).isEqualTo(CreditPoints.parse("7.5"));
        assertThat(ucl.credits()).hasToString("15 UK credits");
        assertThat(ucl.eqfLevel()).isEqualTo(EqfLevel.of(7));
        assertThat(ucl.level()).hasToString("RQF 7");
        assertThat(mc("uhi:mc-marine-energy").creditPoints()).isEqualTo(CreditPoints.of(10));
        assertThat(mc("uhi:mc-marine-energy").eqfLevel()).isEqualTo(EqfLevel.of(7));
        assertThat(mc("tud:mc-transfer-course").creditPoints()).isEqualTo(CreditPoints.of(6));
        assertThat(mc("tud:mc-transfer-course").eqfLevel()).isEqualTo(EqfLevel.of(6));

        MicroCredential variable = mc("tud:mc-robotics-project");
        assertThat(variable.creditPoints()).as("a range has no fixed ECTS").isNull();
        assertThat(variable.credits()).hasToString("1-9 ECTS");
        assertThat(variable.level()).hasToString("Master level");

        MicroCredential mooc = mc("tud:mc-open-course");
        assertThat(mooc.creditPoints()).isNull();
        assertThat(mooc.eqfLevel()).isNull();

        // the API gives both: what the provider said and what it is in ECTS and on the EQF (a draft: UCL's own staff see it)
        accounts.create("admin@ucl.example", "UCL Admin", PASSWORD.toCharArray(), Set.of(Grant.of(Role.ADMIN, "ucl")));
        mvc.perform(get("/api/v1/micro-credentials/ucl:mc-data-ethics").with(httpBasic("admin@ucl.example", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.creditPoints").value(7.5))
                .andExpect(jsonPath("$.credits").value("15 UK credits"))
                .andExpect(jsonPath("$.eqfLevel").value(7))
                .andExpect(jsonPath("$.level").value("RQF 7"));
    }

    @Test
    void titlesComeInTheProvidersLanguagesWithoutAnEnglishOneRequired() throws Exception {
        catalogue.importBundle("providers.yaml", asProvidersPublish(), BundleSyntax.YAML, "test");
        MicroCredential german = mc("hsh:mc-datenkompetenz");
        assertThat(german.title().versions()).containsOnlyKeys("de");
        assertThat(german.title().in("en")).as("an English reader sees the original").isEqualTo("Datenkompetenz für die Verwaltung");
        assertThat(german.learningOutcomes()).singleElement().satisfies(o -> assertThat(o.de()).startsWith("Daten der Verwaltung"));
        assertThat(german.creditPoints()).isEqualTo(CreditPoints.of(5));
        assertThat(german.eqfLevel()).isEqualTo(EqfLevel.of(6));
        MicroCredential dutch = mc("tud:mc-circulaire-bouw");
        assertThat(dutch.title().versions().keySet()).containsExactly("nl", "en");
        assertThat(dutch.title().in("en")).isEqualTo("Circular Construction");
        assertThat(dutch.title().in("de")).as("no German: the English one").isEqualTo("Circular Construction");
        assertThat(dutch.title().in("nl")).isEqualTo("Circulair bouwen");

        // the export writes every language in the provider's order
        String exported = new String(catalogue.export(BundleSyntax.YAML), StandardCharsets.UTF_8);
        assertThat(exported).contains("nl: Circulair bouwen", "de: Datenkompetenz für die Verwaltung");

        // a title in no language at all is still refused, at its place
        assertThatThrownBy(() -> catalogue.importBundle("untitled.yaml", uclMicroCredentials("""
                  - id: ucl:mc-a
                    title: {}
                  - id: ucl:mc-b
                    title: {english: B}
                """), BundleSyntax.YAML, "test"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::line)
                        .contains(tuple("microCredentials[0].title", 7), tuple("microCredentials[1].title", 9)));
    }

    @Test
    void typeAndReferenceProblemsOfABundleComeInOneAnswer() {
        int before = count("catalog_item");
        byte[] bundle = uclMicroCredentials("""
                  - id: ucl:mc-a
                    title: {en: A}
                    credits: 5 furlongs
                    eqfLevel: twelve
                    colour: blue
                  - id: ucl:mc-b
                    title: {en: B}
                    modules: [ucl:m-missing]
                  - id: ucl:mc-c
                    title: {en: C}
                    modules: [ucl:m-also-missing]
                    level: NQF 7
                  - id: ucl:mc-d
                    title: {en: D, de: D}
                    modules: [ucl:mc-a]
                """);
        assertThatThrownBy(() -> catalogue.importBundle("wrong.yaml", bundle, BundleSyntax.YAML, "test"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path, Violation::line).containsExactly(
                            tuple("microCredentials[0].credits", 8),
                            tuple("microCredentials[0].eqfLevel", 9),
                            tuple("microCredentials[0].colour", 10),
                            tuple("microCredentials[1].modules[0]", 13),
                            tuple("microCredentials[2].modules[0]", 16),
                            tuple("microCredentials[2].level", 17),
                            tuple("microCredentials[3].modules[0]", 20));
                    assertThat(e.violations()).allSatisfy(v -> assertThat(v.reason()).doesNotContain("Exception"));
                });
        assertThat(count("catalog_item")).isEqualTo(before);
    }

    @Test
    void microCredentialsOfMicroCredentialsFinalAssessmentsDatesFeesAndAnnouncementsComeInAsStated() throws Exception {
        catalogue.importBundle("providers.yaml", asProvidersPublish(), BundleSyntax.YAML, "test");
        MicroCredential certificate = mc("tud:mc-ros-certificate");
        assertThat(certificate.microCredentials()).extracting(ItemId::value).containsExactly("tud:mc-ros-basics", "tud:mc-ros-control");
        assertThat(certificate.modules()).isEmpty();
        assertThat(mc("tud:mc-ros-basics").schedule().duration()).hasToString("5 weeks");
        assertThat(mc("tud:mc-ros-control").schedule().duration().iso()).isEqualTo("P6W");
        assertThat(mc("tud:mc-ros-basics").fee().isFree()).isTrue();

        MicroCredential announced = mc("uhi:mc-tidal-engineering");
        assertThat(announced.status()).isEqualTo(LifecycleStatus.ANNOUNCED);
        assertThat(announced.schedule().starts()).isEqualTo(LocalDate.of(2027, 9, 6));
        assertThat(announced.schedule().duration().iso()).as("a semester is six months in ISO 8601").isEqualTo("P6M");
        assertThat(announced.fee()).hasToString("1250 GBP");

        MicroDegreeProgramme md = catalogue.<MicroDegreeProgramme>find(ItemKind.MICRO_DEGREE, ItemId.of("ucl:md-data-leadership"), null,
                Catalogue.ALL).orElseThrow();
        assertThat(md.finalAssessment()).isEqualTo(ItemId.of("ucl:m-capstone"));
        assertThat(md.completion().children()).as("the tree and the final assessment").hasSize(2);
        assertThat(md.fee()).hasToString("2400 GBP");
        assertThat(md.schedule().ends()).isEqualTo(LocalDate.of(2028, 9, 29));

        // an announced item is public: its page says it is not yet open, with its dates and fee (EN and DE)
        mvc.perform(get("/catalogue/micro-credentials/uhi:mc-tidal-engineering?lang=en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("not yet open for enrolment")))
                .andExpect(content().string(containsString("6 September 2027")))
                .andExpect(content().string(containsString("1 semester")))
                .andExpect(content().string(containsString("1250 GBP")));
        mvc.perform(get("/catalogue/micro-credentials/uhi:mc-tidal-engineering?lang=de")).andExpect(status().isOk())
                .andExpect(content().string(containsString("noch keine Einschreibung")))
                .andExpect(content().string(containsString("6 September 2027".replace("September", "September"))));

        // exported and imported again: unchanged
        byte[] exported = catalogue.export(BundleSyntax.YAML);
        assertThat(new String(exported, StandardCharsets.UTF_8)).contains("finalAssessment: ucl:m-capstone", "fee: 2400 GBP",
                "duration: 12 months", "status: announced", "- tud:mc-ros-basics");
        assertThat(catalogue.importBundle("exported.yaml", exported, BundleSyntax.YAML, "test").changedAnything()).isFalse();
    }

    @Test
    void unreadableDatesFeesDurationsAndAMicroCredentialBuiltFromItselfAreNamedTogether() {
        int before = count("catalog_item");
        byte[] bundle = uclMicroCredentials("""
                  - id: ucl:mc-a
                    title: {en: A}
                    fee: 12 bananas
                    schedule: {duration: a while}
                  - id: ucl:mc-b
                    title: {en: B}
                    schedule: {starts: 2027-09-01, ends: 2027-06-30}
                  - id: ucl:mc-c
                    title: {en: C}
                    microCredentials: [ucl:mc-c]
                  - id: ucl:mc-d
                    title: {en: D}
                    microCredentials: [ucl:mc-unknown]
                """);
        assertThatThrownBy(() -> catalogue.importBundle("wrong.yaml", bundle, BundleSyntax.YAML, "test"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path, Violation::line).containsExactly(
                            tuple("microCredentials[0].fee", 8),
                            tuple("microCredentials[0].schedule.duration", 9),
                            tuple("microCredentials[1].schedule", 12),
                            tuple("microCredentials[2].microCredentials", 15),
                            tuple("microCredentials[3].microCredentials[0]", 18));
                    assertThat(e.violations().get(0).reason()).contains("ISO 4217");
                    assertThat(e.violations().get(2).reason()).contains("ends (2027-06-30) before it starts (2027-09-01)");
                });
        assertThat(count("catalog_item")).isEqualTo(before);
    }

    @Test
    void aCycleThroughMicroCredentialsAlreadyInTheCatalogueIsRefusedToo() {
        catalogue.importBundle("first.yaml", uclMicroCredentials("""
                  - id: ucl:mc-part
                    title: {en: Part}
                    microCredentials: [ucl:mc-whole]
                  - id: ucl:mc-whole
                    title: {en: Whole}
                """), BundleSyntax.YAML, "test");
        int before = count("catalog_item");
        // a new version of the whole, built from the stored part that is built from it
        byte[] closing = uclMicroCredentials("""
                  - id: ucl:mc-whole
                    title: {en: Whole}
                    microCredentials: [ucl:mc-part]
                """);
        assertThatThrownBy(() -> catalogue.importBundle("closing.yaml", closing, BundleSyntax.YAML, "test"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::reason)
                        .containsExactly(tuple("microCredentials[0].microCredentials", "micro-credential 'ucl:mc-whole' is built from itself")));
        assertThat(count("catalog_item")).isEqualTo(before);
    }

    @Test
    void aPublishedItemsPageShowsWhatTheProviderStatedBesideTheEctsAndEqf() throws Exception {
        String published = new String(asProvidersPublish(), StandardCharsets.UTF_8).replace(
                "  - id: ucl:mc-data-ethics\n", "  - id: ucl:mc-data-ethics\n    status: published\n");
        // no rule profile of UCL's: the import's gate has nothing to refuse
        catalogue.importBundle("providers.yaml", published.getBytes(StandardCharsets.UTF_8), BundleSyntax.YAML, "test", true);
        mvc.perform(get("/catalogue/micro-credentials/ucl:mc-data-ethics?lang=en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("7.5 ECTS (15 UK credits)")))
                .andExpect(content().string(containsString("EQF 7 (RQF 7)")));
        mvc.perform(get("/catalogue/micro-credentials/ucl:mc-data-ethics?lang=de")).andExpect(status().isOk())
                .andExpect(content().string(containsString("EQR 7 (RQF 7)")));
    }

    @Test
    void anExportCarriesTheStatementsAndImportsAgainUnchanged() throws Exception {
        catalogue.importBundle("providers.yaml", asProvidersPublish(), BundleSyntax.YAML, "test");
        byte[] exported = catalogue.export(BundleSyntax.YAML);
        String text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text).contains("credits: 15 UK credits", "level: RQF 7", "credits: 1-9 ECTS", "level: Master level");
        CatalogueBundle again = catalogue.readBundle("exported.yaml", exported, BundleSyntax.YAML);
        assertThat(again.microCredentials()).filteredOn(m -> m.id().value().equals("tud:mc-robotics-project"))
                .singleElement().satisfies(m -> assertThat(m.credits()).hasToString("1-9 ECTS"));
        ImportResult second = catalogue.importBundle("exported.yaml", exported, BundleSyntax.YAML, "test");
        assertThat(second.changedAnything()).isFalse();
    }

    @Test
    void whatNoTableConvertsIsNamedEachAtItsPlaceAndNothingIsWritten() {
        int before = count("catalog_item");
        byte[] bundle = uclMicroCredentials("""
                  - id: ucl:mc-a
                    title: {en: A}
                    credits: 5 furlongs
                  - id: ucl:mc-b
                    title: {en: B}
                    level: NQF 7
                  - id: ucl:mc-c
                    title: {en: C}
                    level: SCQF 13
                """);
        assertThatThrownBy(() -> catalogue.importBundle("wrong.yaml", bundle, BundleSyntax.YAML, "test"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::line)
                        .contains(tuple("microCredentials[0].credits", 8),
                                tuple("microCredentials[1].level", 11),
                                tuple("microCredentials[2].level", 14)));
        assertThat(count("catalog_item")).isEqualTo(before);
    }

    @Test
    void creditPointsThatDisagreeWithTheStatementAreRefused() {
        byte[] bundle = uclMicroCredentials("""
                  - id: ucl:mc-a
                    title: {en: A}
                    creditPoints: 15
                    credits: 15 UK credits
                    eqfLevel: 6
                    level: RQF 7
                """);
        assertThatThrownBy(() -> catalogue.importBundle("wrong.yaml", bundle, BundleSyntax.YAML, "test"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::path)
                        .contains("microCredentials[0].credits", "microCredentials[0].level"));
    }
}
