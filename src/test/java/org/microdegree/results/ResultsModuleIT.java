package org.microdegree.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.microdegree.ModuleIT;
import org.microdegree.shared.LearnerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The results module on its own dependencies: a recorded exam tells whoever listens that Clara's
 * evidence changed, and the same result sent again says nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ResultsModuleIT extends ModuleIT {

    @Autowired Achievements achievements;
    @Autowired LearnerEvidence evidence;

    @Test
    void aRecordedExamAnnouncesThatHerEvidenceChanged(Scenario scenario) {
        LearnerId clara = clara();
        scenario.stimulate(() -> passes(achievements, clara, "luh:mc-machine-learning", "2025-02-14", "1.3", "CS-ML-1"))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForEventOfType(EvidenceRecorded.class)
                .matching(e -> e.learners().contains(clara))
                .toArriveAndVerify(e -> assertThat(evidence.of(clara)).singleElement()
                        .satisfies(passed -> assertThat(passed.item().value()).isEqualTo("luh:mc-machine-learning")));
    }
}
