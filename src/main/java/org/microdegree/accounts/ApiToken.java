package org.microdegree.accounts;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it later: never the secret, which is shown once. */
public record ApiToken(String id, String name, Set<TokenScope> scopes, Instant createdAt, Instant expiresAt,
        @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

    public ApiToken {
        scopes = Set.copyOf(scopes);
    }

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
