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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.ItemKind;
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
        assertThat(imported.added()).isEqualTo(3 + 1 + 5);

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
