package org.microdegree.credentials;

import lombok.RequiredArgsConstructor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.credentials.internal.VcDataModel;
import org.microdegree.credentials.internal.proof.DataIntegrity;
import org.microdegree.credentials.internal.proof.LocalContexts;
import org.springframework.stereotype.Service;

/**
 * Verifies a verifiable presentation (W3C VC-API {@code POST /presentations/verify}): its structure,
 * the holder's eddsa-rdfc-2022 proof for authentication with the challenge and domain the verifier
 * asked for, and each credential it presents as {@link Verification#verifyAnyIssuer} does.
 */
@Service
@RequiredArgsConstructor
public class PresentationVerification {

    /** What was checked, what passed, what is only noted, and what failed. */
    public record Outcome(List<String> checks, List<String> warnings, List<String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final Verification verification;

    public Outcome verify(JsonObject vp, @Nullable String challenge, @Nullable String domain) {
        List<String> checks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        structure(vp, errors);
        if (vp.containsKey("proof")) {
            DataIntegrity.Verdict proof = DataIntegrity.BUNDLED.verify(vp, verification::resolve, "authentication");
            if (!proof.valid()) {
                errors.add("proof: " + proof.where() + ": " + proof.reason());
            } else {
                JsonObject first = DataIntegrity.proofsOf(vp).getFirst();
                if (challenge != null && !challenge.equals(first.getString("challenge", null))) {
                    errors.add("proof.challenge: does not match the challenge asked for");
                }
                if (domain != null && !domain.equals(first.getString("domain", null))) {
                    errors.add("proof.domain: does not match the domain asked for");
                }
                checks.add("proof");
            }
        } else {
            warnings.add("proof: the presentation is not signed by its holder");
        }
        JsonValue presented = vp.get("verifiableCredential");
        List<JsonValue> credentials = presented == null ? List.of() : presented instanceof JsonArray a ? a : List.of(presented);
        for (int i = 0; i < credentials.size(); i++) {
            String at = "verifiableCredential[" + i + "]";
            if (!(credentials.get(i) instanceof JsonObject vc)) {
                errors.add(at + ": must be a credential object");
            } else if (VcDataModel.types(vc.get("type")).contains("EnvelopedVerifiableCredential")) {
                if (!(vc.get("id") instanceof JsonString id) || !id.getString().startsWith("data:")) {
                    errors.add(at + ".id: an enveloped credential is a data: URL");
                } else {
                    warnings.add(at + ": an enveloped credential (JOSE/COSE) is not verified here");
                }
            } else {
                Verification.Outcome outcome = verification.verifyAnyIssuer(vc);
                outcome.errors().forEach(e -> errors.add(at + "." + e));
            }
        }
        if (errors.isEmpty() && !credentials.isEmpty()) {
            checks.add("credentials");
        }
        return new Outcome(checks, warnings, errors);
    }

    private static void structure(JsonObject vp, List<String> errors) {
        JsonValue context = vp.get("@context");
        if (!(context instanceof JsonArray a) || a.isEmpty() || !(a.get(0) instanceof JsonString first)
                || !first.getString().equals(LocalContexts.VC_V2) && !first.getString().equals(LocalContexts.VC_V1)) {
            errors.add("@context: must begin with " + LocalContexts.VC_V2);
        } else {
            for (int i = 1; i < a.size(); i++) {
                if (!(a.get(i) instanceof JsonObject) && !VcDataModel.isUrl(a.get(i))) {
                    errors.add("@context[" + i + "]: must be a URL or a context object");
                }
            }
        }
        if (!VcDataModel.types(vp.get("type")).contains("VerifiablePresentation")) {
            errors.add("type: must include VerifiablePresentation");
        }
        if (vp.containsKey("holder") && !(VcDataModel.isUrl(vp.get("holder"))
                || vp.get("holder") instanceof JsonObject o && o.get("id") instanceof JsonString)) {
            errors.add("holder: must be a URL or an object with an id");
        }
    }
}
