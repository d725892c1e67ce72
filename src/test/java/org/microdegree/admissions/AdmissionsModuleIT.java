package org.microdegree.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.microdegree.ModuleIT;
import org.microdegree.results.EvidenceRecorded;
import org.microdegree.shared.LearnerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The admissions module on its own dependencies: a registrar's enrolment makes the audit look at
 * the learner again (results she holds may now count for the new programme).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class AdmissionsModuleIT extends ModuleIT {

    @Autowired EnrollingLearners enrolling;

    @Test
    void anEnrolmentAsksForHerToBeAuditedAgain(Scenario scenario) {
        LearnerId clara = clara();
        scenario.stimulate(() -> enrolInAiEssentials(enrolling, clara))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForEventOfType(EvidenceRecorded.class)
                .matching(e -> e.learners().contains(clara))
                .toArriveAndVerify(e -> assertThat(enrolling.enrolments(clara)).singleElement()
                        .satisfies(en -> assertThat(en.item().value()).isEqualTo("luh:md-ai-essentials")));
    }
}
