package org.microdegree.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.shared.Grant;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A catalogue manager imports files over the API: a dry run first (every check, nothing written),
 * then the import; every entry must be hers to bring in, and every refusal and every error comes in
 * one answer.
 */
class CatalogueImportApiIT extends DatabaseIT {

    private static final String DANA = "dana@luh.example";
    private static final String QUINN = "quinn@luh.example";

    /** A designer's new micro-credential (German title only, a draft). */
    private static final String ROBOTICS_DRAFT = Fixtures.roboticsDraftYaml();

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;

    @BeforeEach
    void theWorkedExampleAndItsStaff() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        accounts.create(DANA, "Dana Designer", PASSWORD.toCharArray(), Set.of(Grant.of(Role.DESIGNER, "luh")));
        accounts.create(QUINN, "Quinn Quality", PASSWORD.toCharArray(), Set.of(Grant.of(Role.QUALITY, "luh")));
    }

    private org.springframework.test.web.servlet.ResultActions send(String who, String query, String type, String body) throws Exception {
        return mvc.perform(post("/api/v1/catalogue/imports" + query).with(httpBasic(who, PASSWORD)).contentType(type)
                .content(body.getBytes(StandardCharsets.UTF_8)));
    }

    private boolean stored(String id) {
        return catalogue.find(ItemKind.MICRO_CREDENTIAL, ItemId.of(id), null, Catalogue.ALL).isPresent();
    }

    @Test
    void aDesignerChecksABundleWithoutWritingAnythingThenImportsIt() throws Exception {
        send(DANA, "?dryRun=true", "application/yaml", ROBOTICS_DRAFT).andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1)).andExpect(jsonPath("$.changed").value(0));
        assertThat(stored("luh:mc-robotics")).as("a dry run writes nothing").isFalse();

        send(DANA, "", "application/yaml", ROBOTICS_DRAFT).andExpect(status().isOk()).andExpect(jsonPath("$.added").value(1));
        assertThat(catalogue.journal(ItemKind.MICRO_CREDENTIAL, ItemId.of("luh:mc-robotics")))
                .singleElement().satisfies(j -> {
                    assertThat(j.actor()).isEqualTo(DANA);
                    assertThat(j.to()).isEqualTo(LifecycleStatus.DRAFT);
                });
        send(DANA, "", "application/yaml", ROBOTICS_DRAFT).andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0)).andExpect(jsonPath("$.unchanged").value(1));
    }

    @Test
    void whatIsNotTheImportersToBringInIsRefusedAllAtOnceAndNothingIsWritten() throws Exception {
        String published = ROBOTICS_DRAFT.replace("    title:", "    status: published\n    title:") + """
                  - id: lut:mc-hydrogen
                    title: {en: Hydrogen Systems}
                    modules: [luh:mb-ml-manufacturing]
                    creditPoints: 5
                    eqfLevel: 7
                    learningOutcomes: ["Size an electrolyser."]
                """;
        send(DANA, "", "application/yaml", published).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", allOf(
                        containsString("to import micro-credential 'luh:mc-robotics' as published you need the role quality at luh"),
                        containsString("to import micro-credential 'lut:mc-hydrogen' as draft you need the role designer at lut"))));
        assertThat(stored("luh:mc-robotics")).isFalse();
        assertThat(stored("lut:mc-hydrogen")).isFalse();
        // a designer's draft is not quality assurance's to bring in either
        send(QUINN, "", "application/yaml", ROBOTICS_DRAFT).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("you need the role designer at luh")));
    }

    @Test
    void aBadFileIsAnsweredWithEveryProblemInPlace() throws Exception {
        String bad = ROBOTICS_DRAFT.replace("creditPoints: 5", "creditPoints: 5 furlongs").replace("eqfLevel: 7", "eqfLevel: twelve")
                .replace("modules: [luh:mb-ml-manufacturing]", "modules: [luh:mb-nowhere]");
        send(DANA, "?fileName=robotics.yaml", "application/yaml", bad).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[*].source", hasItem("robotics.yaml")))
                .andExpect(jsonPath("$.errors[*].line", hasItem(8)));
        send(DANA, "?status=retired&institution=Not+An+Id", "application/ld+json", "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].path", allOf(hasItem("status"), hasItem("institution"))));
        assertThat(stored("luh:mc-robotics")).isFalse();
    }

    @Test
    void anAdminBringsInAPartnersLearningOpportunitiesAsDrafts() throws Exception {
        String partner;
        try (InputStream in = getClass().getResourceAsStream("/elm/partner-learning-opportunities.jsonld")) {
            partner = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // a partner institution is new: adding it (and its items) is an admin's
        send(DANA, "?institution=uva", "application/ld+json", partner).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("to add institution 'uva' you need the role admin")));
        send(ADMIN, "?institution=uva&dryRun=true", "application/ld+json", partner).andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(4));
        assertThat(catalogue.institution("uva")).isEmpty();
        send(ADMIN, "?institution=uva", "application/ld+json", partner).andExpect(status().isOk()).andExpect(jsonPath("$.added").value(4));
        assertThat(catalogue.find(ItemKind.MICRO_CREDENTIAL, ItemId.of("uva:open-data"), null, Catalogue.ALL).orElseThrow().status())
                .isEqualTo(LifecycleStatus.DRAFT);
    }

    @Test
    void anExamOfficesModuleCsvComesInOverTheApiToo() throws Exception {
        send(DANA, "", "text/csv", "id;title_de;credit_points;eqf_level;status\nluh:mb-robotik;Robotik;5;7;draft\n").andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1));
        assertThat(catalogue.find(ItemKind.MODULE, ItemId.of("luh:mb-robotik"), null, Catalogue.ALL)).isPresent();
    }
}
