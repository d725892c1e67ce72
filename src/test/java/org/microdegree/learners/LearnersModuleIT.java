package org.microdegree.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microdegree.ModuleIT;
import org.microdegree.accounts.Account;
import org.microdegree.accounts.Accounts;
import org.microdegree.accounts.LearnerRoleGranted;
import org.microdegree.learners.model.Learner;
import org.microdegree.shared.Grant;
import org.microdegree.shared.LearnerId;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The learners module on its own dependencies: when LUH grants Clara's account the learner role, the
 * record LUH keeps for her e-mail address becomes hers; a role at another institution links nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class LearnersModuleIT extends ModuleIT {

    @Autowired Accounts accounts;

    @Test
    void theLearnerRoleGrantedByHerUniversityLinksHerRecord(Scenario scenario) {
        LearnerId clara = clara();
        Account account = accounts.create("clara@luh.example", "Clara", "a-long-enough-password".toCharArray(), Set.of());
        accounts.grant("clara@luh.example", Grant.of(Role.LEARNER, "lut"));
        assertThat(learners.find(clara).map(Learner::accountId)).as("LUT holds no record of hers").isEmpty();

        scenario.stimulate(() -> accounts.grant("clara@luh.example", Grant.of(Role.LEARNER, "luh")))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForEventOfType(LearnerRoleGranted.class)
                .matching(granted -> granted.institution().value().equals("luh"))
                .toArriveAndVerify(granted -> assertThat(learners.find(clara).map(Learner::accountId)).contains(account.id()));
    }
}
