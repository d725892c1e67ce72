package org.microdegree.audit;

import org.microdegree.shared.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Grant;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pattern 2 on the stored data: a Computer Science student enrolled in "AI Essentials" (two of its
 * three parts) has passed Machine Learning; the audit says what is missing, a what-if with Data
 * Engineering completes it, and once the result is recorded the programme is complete, with the
 * third part left free for other programmes.
 */
class AuditIT extends DatabaseIT {

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;
    @Autowired Learners learners;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Audits audits;

    @Test
    void theAuditSaysWhatIsMissingWhatIfAnswersAndTheLearnerSeesOnlyHerOwn() throws Exception {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));
        var account = accounts.create("clara@luh.example", "Clara", "a-long-password".toCharArray(), Set.of(Grant.of(Role.LEARNER, "luh")));
        learners.create(new LearnerInput("Clara Informatik", "clara@luh.example", null, "student", "luh", "CS-1", List.of()), registrar);
        LearnerId clara = learners.self(account.actor()).id();
        enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-essentials"), clara, registrar);
        achievements.record(new AchievementInput(clara.value(), null, null, "luh:mc-machine-learning", "2025-02-14", "de", "1.3", "5", "project",
                true, true, "CS-ML-1"), registrar, "api");

        var before = audits.audit(clara, null, List.of(), registrar).getFirst();
        assertThat(before.complete()).isFalse();
        assertThat(before.share()).isEqualTo(0.5);
        var report = audits.reports(clara, null, List.of(), registrar).getFirst();
        assertThat(report.missing()).as("the parts still open, soonest available first").extracting(AuditReport.Missing::unit)
                .containsExactlyInAnyOrder("luh:mc-data-engineering", "luh:mc-ai-ethics");
        assertThat(report.missing()).allSatisfy(m -> assertThat(m.from()).isNotNull());
        assertThat(report.missing().getFirst().from()).isLessThanOrEqualTo(report.missing().getLast().from());

        var asClara = authentication(UsernamePasswordAuthenticationToken.authenticated(account.actor(), null,
                AuthorityUtils.createAuthorityList("ROLE_USER")));
        String whatIf = mvc.perform(post("/api/v1/learners/{id}/audit/what-if", clara).with(csrf()).with(asClara)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"passed\": [{\"kind\": \"micro-credential\", \"item\": \"luh:mc-data-engineering\", \"creditPoints\": 5}]}"))
                .andReturn().getResponse().getContentAsString();
        assertThat(whatIf).contains("\"complete\":true").contains("what-if-1");
        assertThat(audits.audit(clara, null, List.of(), registrar).getFirst().complete()).as("a what-if stores nothing").isFalse();

        achievements.record(new AchievementInput(clara.value(), null, null, "luh:mc-data-engineering", "2025-07-01", "de", "2.0", "5", "project",
                true, true, "CS-DE-1"), registrar, "api");
        achievements.record(new AchievementInput(clara.value(), null, null, "luh:mc-ai-ethics", "2025-07-02", "de", "1.7", "5", "oral-exam",
                true, true, "CS-AE-1"), registrar, "api");
        String json = mvc.perform(get("/api/v1/learners/{id}/audit", clara).with(asClara)).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"programme\":\"luh:md-ai-essentials\"").contains("\"complete\":true").contains("\"percent\":100")
                .contains("\"reachedCreditPoints\":10");
        var after = audits.audit(clara, null, List.of(), registrar).getFirst();
        assertThat(after.used()).as("two of three parts are enough; the third stays free").hasSize(2);
        assertThat(after.completedMicroCredentials()).hasSize(3);

        var other = accounts.create("otto@luh.example", "Otto", "a-long-password".toCharArray(), Set.of(Grant.of(Role.LEARNER, "luh")));
        int status = mvc.perform(get("/api/v1/learners/{id}/audit", clara).with(authentication(UsernamePasswordAuthenticationToken
                .authenticated(other.actor(), null, AuthorityUtils.createAuthorityList("ROLE_USER"))))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(404);
    }
}
