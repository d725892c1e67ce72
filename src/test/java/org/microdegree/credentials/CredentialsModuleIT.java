package org.microdegree.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.ModuleIT;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.results.Achievements;
import org.microdegree.shared.LearnerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The credentials module with everything it builds on: the audit's announcement that Clara met a
 * micro-credential becomes her signed certificate, without anyone asking for it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class CredentialsModuleIT extends ModuleIT {

    @Autowired EnrollingLearners enrolling;
    @Autowired Achievements achievements;
    @Autowired Certificates certificates;
    @Autowired Verification verification;

    private LearnerId clara;

    @BeforeEach
    void claraIsEnrolledInAiEssentials() {
        clara = clara();
        enrolInAiEssentials(enrolling, clara);
    }

    private Optional<Certificate> hers(String item) {
        return certificates.ofLearner(clara, registrar).stream().filter(c -> c.item().equals(item)).findFirst();
    }

    @Test
    void whatSheMetIsIssuedAsASignedCertificateThatVerifies(Scenario scenario) {
        scenario.stimulate(() -> passes(achievements, clara, "luh:mc-machine-learning", "2025-02-14", "1.3", "CS-ML-1"))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> hers("luh:mc-machine-learning"), Optional::isPresent)
                .andVerify(issued -> {
                    Certificate c = issued.orElseThrow();
                    assertThat(c.learner()).isEqualTo(clara);
                    assertThat(c.revoked()).isFalse();
                    assertThat(verification.verify(Verification.parse(c.credential())).valid()).as("its own verifier accepts it").isTrue();
                });
    }
}
