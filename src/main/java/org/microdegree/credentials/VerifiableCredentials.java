package org.microdegree.credentials;

import lombok.RequiredArgsConstructor;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.VcDataModel;
import org.microdegree.credentials.internal.keys.KeyRing;
import org.microdegree.credentials.internal.proof.DataIntegrity;
import org.microdegree.credentials.internal.proof.InvalidCredentialException;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Role;
import org.microdegree.shared.Violation;
import org.springframework.stereotype.Service;

/**
 * Signs a credential handed in through the W3C VC-API: for conformance test suites. The issuer must
 * be one of this installation's institutions, and the caller its administrator.
 */
@Service
@RequiredArgsConstructor
public class VerifiableCredentials {

    private final KeyRing keys;
    private final Urls urls;

    /** The institution the actor administers whose current key this multikey is; null when none. */
    private @Nullable String institutionByKey(String multikey, Actor actor) {
        return actor.grants().stream().filter(g -> g.role() == Role.ADMIN).map(g -> g.institution().value()).distinct()
                .filter(i -> keys.current(i).publicMultikey().equals(multikey)).findFirst().orElse(null);
    }

    /** The did:key of an institution's current signing key. */
    public String didKey(String institution) {
        return "did:key:" + keys.current(institution).publicMultikey();
    }

    public JsonObject issue(JsonObject credential, Actor actor, Instant now) {
        if (credential.containsKey("proof")) {
            throw InvalidInputException.of("credential.proof", "the credential is signed already");
        }
        List<Violation> malformed = VcDataModel.violations(credential, "credential");
        if (!malformed.isEmpty()) {
            throw new InvalidInputException(malformed);
        }
        String issuer = credential.get("issuer") instanceof JsonString s
                ? s.getString()
                : credential.get("issuer") instanceof JsonObject o && o.get("id") instanceof JsonString s ? s.getString() : null;
        // an institution's did:web, or the did:key of its current key (for verifiers that resolve did:key only)
        boolean didKey = issuer != null && issuer.startsWith("did:key:");
        String institution = issuer == null ? null : didKey ? institutionByKey(issuer.substring("did:key:".length()), actor) : urls.institutionOf(issuer);
        if (institution == null) {
            throw new InvalidInputException(List.of(Violation.at("credential.issuer", "must be the DID of an institution here, e.g. "
                    + urls.did("luh") + ", or the did:key of its current key")));
        }
        if (!actor.has(Role.ADMIN, institution)) {
            throw new ForbiddenException("only an administrator of " + institution + " issues in its name");
        }
        KeyRing.SigningKey key = keys.current(institution);
        String method = didKey ? issuer + "#" + key.publicMultikey() : urls.did(institution) + "#" + key.fragment();
        try {
            return DataIntegrity.BUNDLED.sign(VcDataModel.withProofContext(credential), key.privateKey(), method, now);
        } catch (InvalidCredentialException e) {
            throw InvalidInputException.of("credential", e.getMessage());
        }
    }
}
