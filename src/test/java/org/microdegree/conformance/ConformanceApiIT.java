package org.microdegree.conformance;

import org.microdegree.shared.Role;

import org.microdegree.shared.Grant;

import java.util.Set;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Rule profiles and conformance reports through the API, with institutions' own profiles stored in the database. */
class ConformanceApiIT extends DatabaseIT {

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;

    @BeforeEach
    void loadTheWorkedExample() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
    }

    @Test
    void anyoneReadsTheProfilesWithEachRulesIdStatementAndSource() throws Exception {
        mvc.perform(get("/api/v1/profiles")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", containsInAnyOrder("luh-2023", "luh-2025", "eu-2022")))
                .andExpect(jsonPath("$[?(@.id == 'luh-2025')].rules[?(@.name == 'md-credits-range')].statement.en")
                        .value("A micro-degree has 10 to 30 CP."))
                .andExpect(jsonPath("$[?(@.id == 'luh-2023')].rules[?(@.name == 'mc-credits-average')].severity").value("warning"))
                .andExpect(jsonPath("$[?(@.id == 'eu-2022')].rules[*].id", hasItem("eu-2022/quality-assurance")));
        mvc.perform(get("/api/v1/profiles/luh-2099")).andExpect(status().isNotFound());
    }

    @Test
    void storedItemsAndBundlesAreCheckedAndTheReportListsEveryRule() throws Exception {
        mvc.perform(post("/api/v1/conformance").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\": [\"luh:jm-sustainable-engineering\"], \"profiles\": [\"luh-2025\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conforms").value(false))
                .andExpect(jsonPath("$.profiles[0]").value("luh-2025@1"))
                .andExpect(jsonPath("$.summary.errors").value(1))
                .andExpect(jsonPath("$.findings[?(@.outcome == 'fail')].rule").value("luh-2025/md-credits-range"))
                .andExpect(jsonPath("$.findings[?(@.outcome == 'fail')].path").value("microDegrees[luh:jm-sustainable-engineering].creditPoints"))
                .andExpect(jsonPath("$.findings[?(@.outcome == 'fail')].message.en").value("The micro-degree has 60 CP; the profile allows 10 to 30 CP."))
                .andExpect(jsonPath("$.findings[?(@.outcome == 'pass')].rule", hasItem("luh-2025/md-credits-reachable")));
        mvc.perform(post("/api/v1/conformance").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\": [\"luh:md-ai-essentials\", \"luh:mc-ai-ethics\"]}"))
                .andExpect(jsonPath("$.conforms").value(true))
                .andExpect(jsonPath("$.profiles", containsInAnyOrder("luh-2023@1", "eu-2022@1")));

        String bundle = new String(Fixtures.workedExampleYaml(), StandardCharsets.UTF_8);
        mvc.perform(post("/api/v1/conformance").param("profile", "luh-2025").param("problemsOnly", "true")
                .with(httpBasic(ADMIN, PASSWORD)).contentType("application/yaml").content(bundle))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary.items").value(30))
                .andExpect(jsonPath("$.findings.length()").value(1));
    }

    @Test
    void aMicroCredentialIsCheckedWhileItIsEditedWithoutBeingStored() throws Exception {
        String draft = """
                {"id": "luh:mc-draft", "title": {"en": "Draft"}, "modules": ["luh:mb-ml-manufacturing"], "creditPoints": 7,
                 "eqfLevel": 7, "learningOutcomes": [{"en": "Explain it."}], "mode": "blended", "assessment": "project",
                 "qualityAssurance": "Internal QA", "unit": "luh:zew", "counsellingContact": "mc@uni-hannover.de",
                 "skills": ["http://data.europa.eu/esco/skill/e87ec79a-c9ff-46f5-84fa-7a0f394cdf40"]}""";
        mvc.perform(post("/api/v1/conformance/micro-credentials").param("profile", "luh-2023")
                .with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conforms").value(false))
                .andExpect(jsonPath("$.findings[?(@.outcome == 'fail')].rule").value("luh-2023/mc-credits-sum-of-modules"))
                .andExpect(jsonPath("$.findings[?(@.outcome == 'fail')].path").value("microCredentials[luh:mc-draft].creditPoints"));
        mvc.perform(get("/api/v1/micro-credentials/luh:mc-draft").with(httpBasic(ADMIN, PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/conformance/micro-credentials").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(draft.replace("luh:mb-ml-manufacturing", "luh:nothing")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("modules[0]"));
    }

    @Test
    void badRequestsAreProblemDocumentsAndCheckingNeedsAnAccount() throws Exception {
        mvc.perform(post("/api/v1/conformance").contentType(MediaType.APPLICATION_JSON).content("{\"items\": [\"luh:md-ai-essentials\"]}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/conformance").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\": [\"luh:md-ai-essentials\"], \"profiles\": [\"luh-2099\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].path").value("profiles[0]"))
                .andExpect(jsonPath("$.errors[0].reason").value(startsWith("unknown rule profile 'luh-2099'")));
        mvc.perform(post("/api/v1/conformance").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\": [\"luh:md-nothing\"]}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("items[0]"));
        mvc.perform(post("/api/v1/conformance").with(httpBasic(ADMIN, PASSWORD)).contentType("application/yaml")
                .content("format: microdegree-catalogue\nformatVersion: 1\nmicroCredentials:\n  - id: luh:x\n    modules: [luh:none]\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].path", hasItem("microCredentials[0].modules[0]")));
    }

    @Test
    void publishingNeedsARecordedQualityApproval() throws Exception {
        // imported as approved, so no reviewer's approval is in the journal
        String approved = new String(Fixtures.workedExampleYaml(), StandardCharsets.UTF_8)
                .replaceFirst("(?s)(- id: luh:mc-ai-ethics\n    version: )1\n    status: published", "$12\n    status: approved");
        catalogue.importBundle("approved.yaml", approved.getBytes(StandardCharsets.UTF_8), BundleSyntax.YAML, "test");
        mvc.perform(post("/api/v1/micro-credentials/luh:mc-ai-ethics/transitions").with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"publish\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(startsWith("cannot publish micro-credential 'luh:mc-ai-ethics' version 2: no quality approval")));
        // a rejection says why; the approval is another person's than the submission (four eyes)
        accounts.create("quinn@luh.example", "Quinn Quality", PASSWORD.toCharArray(), Set.of(Grant.of(Role.QUALITY, "luh")));
        for (String[] step : new String[][]{{"reject", ADMIN}, {"submit", ADMIN}, {"approve", "quinn@luh.example"}, {"publish", ADMIN}}) {
            mvc.perform(post("/api/v1/micro-credentials/luh:mc-ai-ethics/transitions").with(httpBasic(step[1], PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"" + step[0] + "\", \"reason\": \"never reviewed\"}"))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void anInstitutionCopiesAProfileChangesItAndAdoptsIt() throws Exception {
        mvc.perform(post("/api/v1/profiles").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"id": "luh-2023-ai-academy", "copyOf": "luh-2023", "institution": "luh",
                         "rules": {"md-credits-range": {"parameters": {"max": 30}}, "mc-credits-average": {"remove": true}}}"""))
                .andExpect(status().isCreated()).andExpect(header().string("Location", "/api/v1/profiles/luh-2023-ai-academy"))
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.basedOn").value("luh-2023@1"))
                .andExpect(jsonPath("$.rules[?(@.name == 'md-credits-range')].parameters.max").value(30))
                .andExpect(jsonPath("$.rules[?(@.name == 'mc-credits-average')]").isEmpty());
        mvc.perform(patch("/api/v1/profiles/luh-2023-ai-academy").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rules\": {\"md-credits-range\": {\"parameters\": {\"max\": 45}, \"severity\": \"warning\"}}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.rules[?(@.name == 'md-credits-range')].severity").value("warning"));
        mvc.perform(get("/api/v1/profiles/luh-2023-ai-academy").param("version", "1"))
                .andExpect(jsonPath("$.rules[?(@.name == 'md-credits-range')].parameters.max").value(30));
        mvc.perform(patch("/api/v1/profiles/luh-2023-ai-academy").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rules\": {\"md-credits-range\": {\"parameters\": {\"max\": 5}}}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].path").value("rules.md-credits-range.parameters.max"));
        mvc.perform(patch("/api/v1/profiles/luh-2023").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rules\": {}}")).andExpect(status().isConflict());
        // a title with U+0000 or of 600 characters is refused by its field, before the database
        mvc.perform(patch("/api/v1/profiles/luh-2023-ai-academy").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": {\"en\": \"Nul\\u0000Title\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("title"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("U+0000")));
        mvc.perform(patch("/api/v1/profiles/luh-2023-ai-academy").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": {\"en\": \"AI Academy\", \"de\": \"" + "T".repeat(600) + "\"}}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("title.de"));

        mvc.perform(put("/api/v1/institutions/luh/profiles").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"profiles\": [\"luh-2023-ai-academy\", \"eu-2022\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.profiles[0]").value("luh-2023-ai-academy"));
        mvc.perform(get("/api/v1/institutions/luh/profiles")).andExpect(jsonPath("$.profiles[1]").value("eu-2022"));
        mvc.perform(get("/api/v1/profiles/luh-2023-ai-academy/journal").with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(jsonPath("$[*].action", containsInAnyOrder("created", "changed")));
        // no one is admin of an institution that does not exist
        mvc.perform(put("/api/v1/institutions/nowhere/profiles").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"profiles\": [\"eu-2022\"]}")).andExpect(status().isForbidden());

        // a programme without profiles of its own is checked against its institution's: the joint Master exceeds 45 CP, a warning now
        jdbc.update(
                "update catalog_item set document = replace(document, '\"ruleProfiles\":[\"luh-2023\",\"eu-2022\"],', '') where id = 'luh:jm-sustainable-engineering'");
        mvc.perform(post("/api/v1/conformance").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\": [\"luh:jm-sustainable-engineering\"]}"))
                .andExpect(jsonPath("$.conforms").value(true))
                .andExpect(jsonPath("$.summary.warnings").value(1))
                .andExpect(jsonPath("$.findings[?(@.outcome == 'warning')].rule").value("luh-2023-ai-academy/md-credits-range"));
    }
}
