package org.microdegree.design;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The design assistant over the API, with the shipped examples as bodies (YAML), on H2 and PostgreSQL. */
class DesignApiIT extends DatabaseIT {

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;

    @BeforeEach
    void loadTheWorkedExample() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
    }

    static byte[] example(String pattern) throws Exception {
        return Files.readAllBytes(Path.of("examples", "design", pattern + ".yaml"));
    }

    @Test
    void theGapFillerAnswersWithItsMatrixItsDraftAndItsConformance() throws Exception {
        mvc.perform(post("/api/v1/design/gap-filler").with(httpBasic(ADMIN, PASSWORD)).contentType("application/yaml").content(example("gap-filler")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.feasible").value(true))
                .andExpect(jsonPath("$.ready").value(true))
                .andExpect(jsonPath("$.report.matrix[0].studyProgramme").value("luh:bsc-computer-science"))
                .andExpect(jsonPath("$.report.matrix[0].missing[0]").value("data-engineering"))
                .andExpect(jsonPath("$.draft.microDegrees[0].id").value("luh:md-ai-gap-filler"))
                .andExpect(jsonPath("$.draft.microDegrees[0].requirements.minCredits").value(10))
                .andExpect(jsonPath("$.conformance.conforms").value(true))
                .andExpect(jsonPath("$.conformance.summary.errors").value(0));
    }

    @Test
    void anInfeasibleJointMasterNamesTheQuotaInGerman() throws Exception {
        String yaml = new String(example("joint-master")).replace("  tuw: 3\n", "  tuw: 4\n").replace("  upm: 2\n", "  upm: 1\n");
        mvc.perform(post("/api/v1/design/joint-master?lang=de").with(httpBasic(ADMIN, PASSWORD)).contentType("application/yaml").content(yaml))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.feasible").value(false))
                .andExpect(jsonPath("$.reasons[0].path").value("quotas.tuw"))
                .andExpect(jsonPath("$.reasons[0].text").value(
                        "Quote von tuw: 4 Micro-Credentials sind verlangt, tuw bietet aber 3 zu 5 LP auf EQR-Stufe 7 an."))
                .andExpect(jsonPath("$.draft").doesNotExist());
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/design/admission-bridge").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"programme\": {\"id\": \"luh:md-b\"}, \"admission\": {\"credits\": []}}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.path == 'admission.credits')]").exists());
        mvc.perform(post("/api/v1/design/pyramid").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
    }
}
