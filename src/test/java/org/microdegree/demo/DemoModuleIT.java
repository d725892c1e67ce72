package org.microdegree.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.microdegree.conformance.Conformance;
import org.microdegree.TestDatabase;
import org.microdegree.accounts.Accounts;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.model.ApplicationStatus;
import org.microdegree.shared.Actor;
import org.microdegree.shared.RoundId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo module with what it loads into (and nothing that depends on it, for nothing does): in demo
 * mode the installation starts with an account per role and the power programme's round decided.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "microdegree.demo=true")
class DemoModuleIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties("demo-module").forEach((k, v) -> registry.add(k, () -> v));
    }

    @Autowired Accounts accounts;
    @Autowired ApplicationRounds rounds;
    @Autowired Conformance conformance;

    @Test
    void theDemoStartsWithAnAccountPerRoleAndThePowerProgrammeDecided() {
        assertThat(DemoData.ACCOUNTS).allSatisfy(a -> assertThat(accounts.byEmail(a.email())).as(a.email()).isPresent());
        RoundId power = DemoLearners.POWER_ROUND;
        assertThat(rounds.round(power).selectedAt()).isNotNull();
        assertThat(rounds.applications(power, Actor.operator("test"))).extracting(a -> a.status())
                .contains(ApplicationStatus.ENROLLED, ApplicationStatus.WITHDRAWN);
    }

    @Test
    void luhChecksItsDesignsAgainstItsOwnModelAndTheEuRecommendation() {
        assertThat(conformance.adoptedBy("luh")).containsExactlyInAnyOrder("luh-2023", "eu-2022");
    }
}
