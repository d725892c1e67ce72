package org.microdegree.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.TestDatabase;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The audit module with what it needs (catalogue, learners, admissions, results) and nothing that
 * listens to it: a result recorded by the exam office announces what its learner has now met.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class AuditModuleIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties("spring").forEach((k, v) -> registry.add(k, () -> v));
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired Catalogue catalogue;
    @Autowired Learners learners;
    @Autowired EnrollingLearners enrolling;
    @Autowired Achievements achievements;

    private final Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));
    private LearnerId clara;

    @BeforeEach
    void claraIsEnrolledInAiEssentials() {
        EmptyDatabase.clear(jdbc);
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        clara = learners.create(new LearnerInput("Clara Informatik", "clara@luh.example", null, "student", "luh", "CS-1", List.of()), registrar).id();
        enrolling.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-essentials"), clara, registrar);
    }

    @Test
    void aPassedExamAnnouncesTheMicroCredentialSheHasMet(Scenario scenario) {
        scenario.stimulate(() -> achievements.record(new AchievementInput(clara.value(), null, null, "luh:mc-machine-learning", "2025-02-14", "de",
                "1.3", "5", "project", true, true, "CS-ML-1"), registrar, "api"))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForEventOfType(RequirementsMet.class)
                .matching(met -> met.learnerId().equals(clara))
                .toArriveAndVerify(met -> {
                    assertThat(met.kind()).isEqualTo(ItemKind.MICRO_CREDENTIAL);
                    assertThat(met.credential()).isEqualTo(ItemId.of("luh:mc-machine-learning"));
                });
    }

    @Test
    void theSecondPartPassedCompletesTheProgramme(Scenario scenario) {
        achievements.record(new AchievementInput(clara.value(), null, null, "luh:mc-machine-learning", "2025-02-14", "de", "1.3", "5", "project",
                true, true, "CS-ML-1"), registrar, "api");
        scenario.stimulate(() -> achievements.record(new AchievementInput(clara.value(), null, null, "luh:mc-data-engineering", "2025-03-01", "de",
                "2.0", "5", "project", true, true, "CS-DE-1"), registrar, "api"))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForEventOfType(RequirementsMet.class)
                .matching(met -> met.learnerId().equals(clara) && met.kind() == ItemKind.MICRO_DEGREE)
                .toArriveAndVerify(met -> assertThat(met.credential()).isEqualTo(ItemId.of("luh:md-ai-essentials")));
    }
}
