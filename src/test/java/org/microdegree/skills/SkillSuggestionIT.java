package org.microdegree.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A designer asks which ESCO skills her learning outcomes teach: over the API, in the studio's
 * form (accepting one into the skills field, rejecting another so it is not suggested again).
 */
class SkillSuggestionIT extends DatabaseIT {

    static final String MACHINE_LEARNING = "http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43";
    static final String PYTHON = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";

    @Autowired MockMvc mvc;

    @Test
    void theApiSuggestsMachineLearningAndPythonWithTheWordsThatMatched() throws Exception {
        String body = mvc.perform(post("/api/v1/skills/suggest").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"outcomes": ["Build machine learning models in Python using popular libraries."], "limit": 5}"""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode s = JsonMapper.builder().build().readTree(body);
        assertThat(s.get("language").asString()).isEqualTo("en");
        assertThat(s.get("skills").valueStream().map(k -> k.get("uri").asString())).contains(MACHINE_LEARNING, PYTHON);
        JsonNode first = s.get("skills").get(0);
        assertThat(first.get("score").asDouble()).isPositive();
        assertThat(first.get("matchedWords").valueStream().map(JsonNode::asString)).isNotEmpty();
        assertThat(s.get("skills").size()).isLessThanOrEqualTo(5);
    }

    @Test
    void germanOutcomesAreMatchedAgainstTheEnglishLabelsAndTheAnswerSaysSo() throws Exception {
        String body = mvc.perform(post("/api/v1/skills/suggest").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"outcomes": ["Modelle für Machine Learning in Python entwickeln"], "language": "de"}"""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode s = JsonMapper.builder().build().readTree(body);
        assertThat(s.get("labelsInLanguage").asBoolean()).isFalse();
        assertThat(s.get("note").asString()).contains("English labels only");
    }

    @Test
    void aBadRequestIsRefusedWithEveryProblemAndSignedOutCallersAreAskedToSignIn() throws Exception {
        String refused = mvc.perform(post("/api/v1/skills/suggest").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"outcomes": [], "language": "fr", "limit": 0}"""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("outcomes").contains("language").contains("limit").doesNotContain("Exception");
        mvc.perform(post("/api/v1/skills/suggest").contentType(MediaType.APPLICATION_JSON).content("{\"outcomes\": [\"x\"]}"))
                .andExpect(status().isUnauthorized());
        accounts.create("lena@luh.example", "Lena Learner", PASSWORD.toCharArray(), Set.of(Grant.of(Role.LEARNER, "luh")));
        mvc.perform(post("/api/v1/skills/suggest").with(httpBasic("lena@luh.example", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcomes\": [\"x\"]}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void inTheStudioAnAcceptedSkillJoinsTheFieldAndARejectedOneIsNotSuggestedAgain() throws Exception {
        var admin = authentication(UsernamePasswordAuthenticationToken.authenticated(accounts.byEmail(ADMIN).orElseThrow().actor(), null,
                AuthorityUtils.createAuthorityList("ROLE_USER")));
        String list = mvc.perform(post("/design/skill-suggestions").with(admin).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("learningOutcomes=Build+machine+learning+models+in+Python.&skills="))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("machine learning").contains("Python (computer programming)").contains(MACHINE_LEARNING);

        String accepted = mvc.perform(post("/design/skill-suggestions/accept").with(admin).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("skills=" + PYTHON + "&uri=" + MACHINE_LEARNING))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(accepted).contains("Added to the skills: machine learning").contains("id=\"f-skills\"").contains(PYTHON + "\n" + MACHINE_LEARNING);

        String rejected = mvc.perform(post("/design/skill-suggestions/reject").with(admin).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("uri=" + PYTHON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(rejected).contains("Left out: Python (computer programming)").contains("name=\"rejectedSkills\"");

        String again = mvc.perform(post("/design/skill-suggestions").with(admin).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("learningOutcomes=Build+machine+learning+models+in+Python.&skills=" + MACHINE_LEARNING + "&rejectedSkills=" + PYTHON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).doesNotContain(PYTHON).doesNotContain("\"uri\":\"" + MACHINE_LEARNING);
    }
}
