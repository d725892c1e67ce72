package org.microdegree.credentials.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microdegree.credentials.Verification;

/**
 * The W3C VC-API's names for the verifier's checks, and the checks a caller asks for with
 * {@code options.checks}: the proof (with the structure and the issuer's key it rests on) always,
 * the status and the validity period when asked, or all of them when the caller names none.
 */
final class VcApiChecks {

    private static final List<String> PROOF = List.of("structure", "signature", "issuer");
    private static final Map<String, List<String>> ASKED = Map.of(
            "proof", PROOF,
            "credentialStatus", List.of("status"), "status", List.of("status"), "revocation", List.of("status"),
            "expiration", List.of("validity"), "validity", List.of("validity"), "validFrom", List.of("validity"), "validUntil", List.of("validity"));

    private VcApiChecks() {
    }

    /** The VC-API's name of one of our checks. */
    static String name(String ours) {
        return switch (ours) {
            case "status" -> "credentialStatus";
            case "validity" -> "expiration";
            default -> "proof";
        };
    }

    static List<Verification.Check> asked(List<Verification.Check> all, JsonValue options) {
        if (!(options instanceof JsonObject o) || !(o.get("checks") instanceof JsonArray checks)) {
            return all;
        }
        Set<String> ours = new HashSet<>(PROOF);
        checks.stream().filter(JsonString.class::isInstance).map(c -> ((JsonString) c).getString())
                .forEach(c -> ours.addAll(ASKED.getOrDefault(c, List.of())));
        return all.stream().filter(c -> ours.contains(c.name())).toList();
    }
}
