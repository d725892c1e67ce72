package org.microdegree.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.ModuleIT;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.results.Achievements;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.LearnerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The audit module with what it needs (catalogue, learners, admissions, results) and nothing that
 * listens to it: a result recorded by the exam office announces what its learner has now met.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class AuditModuleIT extends ModuleIT {

    @Autowired EnrollingLearners enrolling;
    @Autowired Achievements achievements;

    private LearnerId clara;

    @BeforeEach
    void claraIsEnrolledInAiEssentials() {
        clara = clara();
        enrolInAiEssentials(enrolling, clara);
    }

    @Test
    void aPassedExamAnnouncesTheMicroCredentialSheHasMet(Scenario scenario) {
        scenario.stimulate(() -> passes(achievements, clara, "luh:mc-machine-learning", "2025-02-14", "1.3", "CS-ML-1"))
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
        passes(achievements, clara, "luh:mc-machine-learning", "2025-02-14", "1.3", "CS-ML-1");
        scenario.stimulate(() -> passes(achievements, clara, "luh:mc-data-engineering", "2025-03-01", "2.0", "CS-DE-1"))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForEventOfType(RequirementsMet.class)
                .matching(met -> met.learnerId().equals(clara) && met.kind() == ItemKind.MICRO_DEGREE)
                .toArriveAndVerify(met -> assertThat(met.credential()).isEqualTo(ItemId.of("luh:md-ai-essentials")));
    }
}
