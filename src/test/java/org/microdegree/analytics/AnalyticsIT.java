package org.microdegree.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.TestClock;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Grant;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.LearnerId;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cohort of "AI in Production" (three micro-credentials) enrolled on 15 October 2025, in the
 * winter term 2025/26: Anna passes all three, her last exam on 1 March; the results arrive on 2 March
 * and she completes that day (138 days after enrolling); Ben passes Machine Learning in
 * Manufacturing in May, in the summer term, and goes no further; Cem passes nothing. Quinn (quality
 * assurance) reads the figures per term, where each learner stands, the skills gained, and the
 * CSV; a learner reads none of it; a term that is no term is named as the wrong input.
 */
class AnalyticsIT extends DatabaseIT {

    static final String AI_IN_PRODUCTION = "luh:md-ai-in-production";
    static final String QUINN = "quinn@luh.example";
    static final String LEA = "lea@luh.example";

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;
    @Autowired Learners learners;
    @Autowired EnrollingLearners enrolling;
    @Autowired Achievements achievements;
    @Autowired TestClock clock;
    Actor quinn;

    @BeforeEach
    void aCohortOfAiInProduction() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        quinn = accounts.create(QUINN, "Quinn Quality", PASSWORD.toCharArray(), Set.of(Grant.of(Role.QUALITY, "luh"))).actor();
        accounts.create(LEA, "Lea Learner", PASSWORD.toCharArray(), Set.of(Grant.of(Role.LEARNER, "luh")));
        Actor registrar = accounts.create("robin@luh.example", "Robin", PASSWORD.toCharArray(), Set.of(Grant.of(Role.REGISTRAR, "luh"))).actor();

        clock.set(Instant.parse("2025-10-15T09:00:00Z"));
        LearnerId anna = learner("Anna", "A-1", registrar);
        LearnerId ben = learner("Ben", "B-1", registrar);
        LearnerId cem = learner("Cem", "C-1", registrar);
        for (LearnerId l : List.of(anna, ben, cem)) {
            enrolling.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of(AI_IN_PRODUCTION), l, registrar);
        }
        // the exam office sends results the day after each exam; the audit finds what they complete that day
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        pass(anna, "luh:mc-ml-manufacturing", "2026-02-10", registrar);
        pass(anna, "luh:mc-predictive-maintenance", "2026-02-20", registrar);
        pass(anna, "luh:mc-vision-quality", "2026-03-01", registrar);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> eventsHandled() && count("certificate") >= 4);
        clock.set(Instant.parse("2026-05-06T09:00:00Z"));
        pass(ben, "luh:mc-ml-manufacturing", "2026-05-05", registrar);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> eventsHandled() && count("certificate") >= 5);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private LearnerId learner(String name, String number, Actor registrar) {
        return learners.create(new LearnerInput(name, name.toLowerCase() + "@example.org", null, "student", "luh", number, List.of()), registrar).id();
    }

    private void pass(LearnerId learner, String mc, String on, Actor registrar) {
        achievements.record(new AchievementInput(learner.value(), null, null, mc, on, "de", "1.7", "5", "project", true, true, mc.substring(4) + "-"
                + learner.value().substring(learner.value().length() - 8)), registrar, "api");
    }

    private String get(String path, String user, int expected) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(httpBasic(user, PASSWORD)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    private static JsonNode row(JsonNode overview, String id) {
        return overview.get("programmes").valueStream().filter(p -> p.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachEventCountsInItsTermAndTheMedianTimeToCompletionIsInDays() throws Exception {
        JsonNode winter = json(get("/api/v1/analytics?term=2025-WS", QUINN, 200));
        JsonNode md = row(winter, AI_IN_PRODUCTION);
        assertThat(md.get("enrolled").asLong()).isEqualTo(3);
        assertThat(md.get("completed").asLong()).isEqualTo(1);
        assertThat(md.get("certificates").asLong()).isEqualTo(1);
        assertThat(md.get("medianDaysToCompletion").asLong()).isEqualTo(138);
        assertThat(row(winter, "luh:mc-ml-manufacturing").get("completed").asLong()).isEqualTo(1);
        assertThat(winter.get("terms").valueStream().map(JsonNode::asString).toList()).containsExactly("2026-SS", "2025-WS");

        JsonNode summer = json(get("/api/v1/analytics?term=2026-SS", QUINN, 200));
        assertThat(row(summer, AI_IN_PRODUCTION).get("enrolled").asLong()).isZero();
        assertThat(row(summer, "luh:mc-ml-manufacturing").get("completed").asLong()).as("Ben, in May").isEqualTo(1);

        JsonNode all = json(get("/api/v1/analytics", QUINN, 200));
        assertThat(row(all, "luh:mc-ml-manufacturing").get("completed").asLong()).isEqualTo(2);
        assertThat(row(all, AI_IN_PRODUCTION).get("medianDaysToCompletion").asLong()).isEqualTo(138);
    }

    @Test
    void whereTheCohortStandsComponentByComponentAndTheSkillsGained() throws Exception {
        JsonNode p = json(get("/api/v1/analytics/programmes/" + AI_IN_PRODUCTION, QUINN, 200));
        assertThat(p.get("enrolledNow").asLong()).isEqualTo(3);
        assertThat(p.get("completedNow").asLong()).isEqualTo(1);
        assertThat(p.get("passed").valueStream().map(c -> c.get("id").asString() + "=" + c.get("learners").asLong()).toList())
                .containsExactly("luh:mc-ml-manufacturing=2", "luh:mc-predictive-maintenance=1", "luh:mc-vision-quality=1");
        assertThat(p.get("stoppedAfter").valueStream().map(c -> c.get("id").asString() + "=" + c.get("learners").asLong()).toList())
                .containsExactly("luh:mc-ml-manufacturing=1", "luh:mc-predictive-maintenance=0", "luh:mc-vision-quality=0", "none=1");
        assertThat(p.get("skills").size()).isPositive();
        assertThat(p.get("skills").get(0).get("learners").asLong()).isEqualTo(2);

        // the page's download, as Quinn signed in to the browser
        String csv = mvc.perform(MockMvcRequestBuilders.get("/analytics/programmes/" + AI_IN_PRODUCTION + "/export?table=stopped")
                .with(authentication(UsernamePasswordAuthenticationToken.authenticated(quinn, null, AuthorityUtils.createAuthorityList("ROLE_USER")))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly("programme,component,title,learners_stopped_after",
                "luh:md-ai-in-production,luh:mc-ml-manufacturing,Machine Learning in Manufacturing,1",
                "luh:md-ai-in-production,luh:mc-predictive-maintenance,Predictive Maintenance,0",
                "luh:md-ai-in-production,luh:mc-vision-quality,Computer Vision for Quality Inspection,0", "luh:md-ai-in-production,none,,1");
    }

    @Test
    void aLearnerSeesNoneOfItAndAWrongTermIsNamed() throws Exception {
        get("/api/v1/analytics", LEA, 403);
        String wrong = get("/api/v1/analytics?term=winter", QUINN, 422);
        assertThat(wrong).contains("term").contains("'winter' is not a term");
        get("/api/v1/analytics?institution=lut", QUINN, 422);
        get("/api/v1/analytics/programmes/lut:mc-se-solar-economy", QUINN, 404);
    }
}
