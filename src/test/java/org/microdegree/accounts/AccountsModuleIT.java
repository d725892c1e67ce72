package org.microdegree.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microdegree.ModuleWithoutCatalogueIT;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Accounts on their own: Robin, LUH's registrar, signs in and makes a read-only token that reads as
 * Robin but changes nothing; LUH granting Clara the learner role is announced to the other modules.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class AccountsModuleIT extends ModuleWithoutCatalogueIT {

    static final String PASSWORD = "a-long-enough-password";

    @Autowired Accounts accounts;

    @Test
    void robinsReadOnlyTokenReadsAsRobinAndChangesNothing() {
        Account robin = accounts.create("robin@luh.example", "Robin Registrar", PASSWORD.toCharArray(), Set.of(Grant.of(Role.REGISTRAR, "luh")));
        assertThat(accounts.signIn("robin@luh.example", PASSWORD)).isInstanceOf(SignIn.Accepted.class);
        assertThat(accounts.signIn("robin@luh.example", "not-her-password")).isInstanceOf(SignIn.Refused.class);

        NewToken reports = accounts.createToken(robin.id(), "reports", Set.of(TokenScope.READ), Duration.ofDays(30));
        Actor asToken = accounts.authenticateToken(reports.secret()).orElseThrow().actor();

        assertThat(asToken.account()).isEqualTo(robin.id());
        assertThat(asToken.has(Role.REGISTRAR, "luh")).isTrue();
        assertThatThrownBy(asToken::requireWrite).isInstanceOf(ForbiddenException.class);
        accounts.revokeToken(robin.id(), reports.token().id());
        assertThat(accounts.authenticateToken(reports.secret())).isEmpty();
    }

    @Test
    void grantingTheLearnerRoleIsAnnouncedWithTheInstitution(Scenario scenario) {
        accounts.create("clara@luh.example", "Clara Informatik", PASSWORD.toCharArray(), Set.of());

        scenario.stimulate(() -> accounts.grant("clara@luh.example", Grant.of(Role.LEARNER, "luh")))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForEventOfType(LearnerRoleGranted.class)
                .toArriveAndVerify(granted -> assertThat(granted.institution().value()).isEqualTo("luh"));
    }
}
