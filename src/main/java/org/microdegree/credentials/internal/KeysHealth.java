package org.microdegree.credentials.internal;

import lombok.RequiredArgsConstructor;
import org.microdegree.credentials.SigningKeys;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component "keys": up when certificates can be signed (the key password is
 * set and opens the stored keys), down with the reason otherwise; issuing would fail.
 */
@Component("keys")
@RequiredArgsConstructor
class KeysHealth extends AbstractHealthIndicator {

    private final SigningKeys keys;

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String problem = keys.signingProblem();
        if (problem == null) {
            builder.up();
        } else {
            builder.down().withDetail("reason", problem);
        }
    }
}
