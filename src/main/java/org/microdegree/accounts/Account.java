package org.microdegree.accounts;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Grant;

/**
 * A person who signs in: by password, by the university's single sign-on, or both.
 *
 * @param id a random id, stable for the account's life (learner records and tokens refer to it)
 * @param ssoIssuer the OpenID provider that vouches for this person, if linked
 */
public record Account(String id, String email, String name, boolean enabled, Set<Grant> grants,
        @Nullable String ssoIssuer, Instant createdAt, @Nullable Instant lastSignIn) {

    public Account {
        grants = Set.copyOf(grants);
    }

    /** As whom the account acts; the journal records the e-mail address. */
    public Actor actor() {
        return Actor.person(id, email, grants);
    }
}
