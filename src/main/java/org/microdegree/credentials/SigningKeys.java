package org.microdegree.credentials;

import lombok.RequiredArgsConstructor;
import org.microdegree.catalog.Catalogue;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.keys.KeyRing;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.springframework.stereotype.Service;

/** Key rotation: an institution's administrator retires its key; the DID document keeps the old one. */
@Service
@RequiredArgsConstructor
public class SigningKeys {

    private final KeyRing keys;
    private final Catalogue catalogue;
    private final Urls urls;

    /** Why certificates cannot be signed now (no key password, or a wrong one), or null when they can. */
    public @org.jspecify.annotations.Nullable String signingProblem() {
        return keys.signingProblem();
    }

    /** Returns the new key's verification method id. */
    public String rotate(String institution, Actor actor) {
        catalogue.institution(institution).orElseThrow(() -> new NotFoundException("no institution " + institution));
        if (!actor.operator() && !actor.has(Role.ADMIN, institution)) {
            throw new ForbiddenException("only an administrator of " + institution + " rotates its key");
        }
        keys.current(institution); // the first key exists before it is rotated
        KeyRing.PublicEntry entry = keys.rotate(institution);
        return urls.did(institution) + "#" + entry.fragment();
    }
}
