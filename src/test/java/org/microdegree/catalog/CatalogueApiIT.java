package org.microdegree.catalog;

import java.util.Set;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The REST API as a client sees it: public reading, protected writes, RFC 9457 problems. */
class CatalogueApiIT extends DatabaseIT {

    private static final String NEW_MC = """
            {"id": "luh:mc-robotics", "title": {"en": "Robotics in Production", "de": "Robotik in der Produktion"},
             "modules": ["luh:mb-ml-manufacturing"], "creditPoints": 5, "eqfLevel": 7,
             "learningOutcomes": [{"en": "Program an industrial robot cell."}], "mode": "blended", "assessment": "project",
             "skills": ["http://data.europa.eu/esco/skill/e87ec79a-c9ff-46f5-84fa-7a0f394cdf40"],
             "qualityAssurance": "Internal quality assurance of LUH (system accreditation)"}""";

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;

    @BeforeEach
    void loadTheWorkedExample() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
    }

    @Test
    void anyoneListsThePublishedMicroDegreeProgrammesWithTheirMicroCredentials() throws Exception {
        mvc.perform(get("/api/v1/micro-degrees"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(8))
                .andExpect(jsonPath("$.items[*].title", hasItem("AI in Production")))
                .andExpect(jsonPath("$.items[*].title", hasItem("Solar Energy")))
                .andExpect(jsonPath("$.items[*].title", hasItem("AI Essentials")))
                .andExpect(jsonPath("$.items[*].title", hasItem("Sustainable Engineering")))
                .andExpect(jsonPath("$.items[?(@.id == 'luh:md-ai-in-production')].microCredentials[*].title",
                        containsInAnyOrder("Machine Learning in Manufacturing", "Predictive Maintenance", "Computer Vision for Quality Inspection")))
                .andExpect(jsonPath("$.items[?(@.id == 'luh:jm-sustainable-engineering')].institutions[*]",
                        containsInAnyOrder("luh", "lut", "but", "tuw", "upm")));
    }

    @Test
    void anyoneReadsAPublishedItemButNotADraft() throws Exception {
        mvc.perform(get("/api/v1/micro-credentials/luh:mc-ai-ethics")).andExpect(status().isOk())
                .andExpect(jsonPath("$.title.de").value("KI-Ethik"));
        mvc.perform(post("/api/v1/micro-credentials").with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(NEW_MC)).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/micro-credentials/luh:mc-robotics"))
                .andExpect(jsonPath("$.status").value("draft"));
        mvc.perform(get("/api/v1/micro-credentials/luh:mc-robotics")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/micro-credentials/luh:mc-robotics").with(httpBasic(ADMIN, PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/micro-credentials")).andExpect(jsonPath("$.items[*].id", not(hasItem("luh:mc-robotics"))));
    }

    @Test
    void writingNeedsTheOperatorsCredential() throws Exception {
        mvc.perform(post("/api/v1/micro-credentials").contentType(MediaType.APPLICATION_JSON).content(NEW_MC))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/micro-credentials").with(httpBasic(ADMIN, "wrong"))
                .contentType(MediaType.APPLICATION_JSON).content(NEW_MC)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/modules/luh:ml-fundamentals/journal")).andExpect(status().isUnauthorized());
    }

    @Test
    void aMicroCredentialIsReviewedAndPublishedThroughTheApi() throws Exception {
        mvc.perform(post("/api/v1/micro-credentials").with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(NEW_MC)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/micro-credentials/luh:mc-robotics/transitions").with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"submit\", \"reason\": \"ok\"}")).andExpect(status().isOk());
        // four eyes: who submitted does not approve; another member of quality assurance does
        mvc.perform(post("/api/v1/micro-credentials/luh:mc-robotics/transitions").with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"approve\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("action"))
                .andExpect(jsonPath("$.errors[0].reason").value(startsWith("four-eyes rule of luh: you submitted version 1")));
        accounts.create("quinn@luh.example", "Quinn Quality", PASSWORD.toCharArray(), Set.of(Grant.of(Role.QUALITY, "luh")));
        for (String action : new String[]{"approve", "publish"}) {
            mvc.perform(post("/api/v1/micro-credentials/luh:mc-robotics/transitions").with(httpBasic("quinn@luh.example", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"" + action + "\", \"reason\": \"ok\"}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/micro-credentials/luh:mc-robotics")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("published"));
        mvc.perform(post("/api/v1/micro-credentials/luh:mc-robotics/transitions").with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"approve\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(startsWith("cannot approve")));
        mvc.perform(get("/api/v1/micro-credentials/luh:mc-robotics/journal").with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(jsonPath("$[*].action", containsInAnyOrder("created", "submit", "approve", "publish")));
        mvc.perform(put("/api/v1/micro-credentials/luh:mc-robotics").with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(NEW_MC.replace("Robotics in Production", "Robotics")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2)).andExpect(jsonPath("$.status").value("draft"));
    }

    @Test
    void aDesignThatBreaksARuleOfItsProfilesCannotBeSubmitted() throws Exception {
        mvc.perform(post("/api/v1/micro-credentials").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(NEW_MC.replace("\"qualityAssurance\"", "\"furtherInformation\""))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/micro-credentials/luh:mc-robotics/transitions").with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"submit\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].path").value("qualityAssurance"))
                .andExpect(jsonPath("$.errors[0].reason").value(startsWith("cannot submit: eu-2022/quality-assurance: ")));
        mvc.perform(get("/api/v1/micro-credentials/luh:mc-robotics").with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(jsonPath("$.status").value("draft"));
    }

    @Test
    void badInputIsAProblemDocumentThatNamesTheField() throws Exception {
        mvc.perform(post("/api/v1/micro-credentials").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(NEW_MC.replace("\"eqfLevel\": 7", "\"eqfLevel\": 9")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].path").value("eqfLevel"))
                .andExpect(jsonPath("$.errors[0].reason").value(startsWith("EQF levels run from 1 to 8")));
        mvc.perform(post("/api/v1/micro-credentials").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(NEW_MC.replace("luh:mb-ml-manufacturing", "luh:nothing")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].path").value("modules[0]"))
                .andExpect(jsonPath("$.errors[0].field").value("modules"))
                .andExpect(jsonPath("$.errors[0].reason").value(startsWith("module 'luh:nothing' does not exist")));
        mvc.perform(post("/api/v1/micro-credentials").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(NEW_MC.replace("\"mode\"", "\"modus\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("modus"));
    }

    @Test
    void skillsAreSearchedOfflineAndTheFormatIsPublished() throws Exception {
        mvc.perform(get("/api/v1/skills").param("q", "solar energy").param("limit", "3"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].label").value("solar energy"));
        mvc.perform(get("/api/v1/schema/catalogue")).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(startsWith("microdegree catalogue bundle")));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/micro-degrees']").exists());
        mvc.perform(get("/api/v1/institutions/luh")).andExpect(status().isOk()).andExpect(jsonPath("$.country").value("DE"));
    }
}
