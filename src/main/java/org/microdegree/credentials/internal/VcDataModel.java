package org.microdegree.credentials.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.microdegree.credentials.internal.proof.LocalContexts;
import org.microdegree.shared.Violation;

/**
 * The normative MUSTs of the W3C Verifiable Credentials Data Model that a credential to be signed
 * must meet (2.0, and 1.1 for its older form): every violation, each at its place, so that the
 * VC-API issuer signs nothing malformed and says all that is wrong at once.
 */
public final class VcDataModel {

    private static final String V2 = LocalContexts.VC_V2;
    private static final String V1 = LocalContexts.VC_V1;

    // an absolute URL or URN: a scheme, a colon, and something after it
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+");
    // XML Schema dateTimeStamp: a date-time with its time zone
    private static final Pattern DATE_TIME_STAMP = Pattern.compile(
            "-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))");
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final List<String> TYPED = List.of("credentialStatus", "termsOfUse", "evidence", "refreshService", "credentialSchema");

    private VcDataModel() {
    }

    /** What the credential at {@code path} violates; empty when it meets the data model. */
    public static List<Violation> violations(JsonObject vc, String path) {
        List<Violation> out = new ArrayList<>();
        boolean v2 = context(vc, path, out);
        if (vc.containsKey("id") && !isUrl(vc.get("id"))) {
            out.add(Violation.at(path + ".id", "must be a URL"));
        }
        if (!types(vc.get("type")).contains("VerifiableCredential")) {
            out.add(Violation.at(path + ".type", "must include VerifiableCredential"));
        }
        JsonValue issuer = vc.get("issuer");
        if (!(isUrl(issuer) || issuer instanceof JsonObject o && isUrl(o.get("id")))) {
            out.add(Violation.at(path + ".issuer", "must be a URL or an object whose id is a URL"));
        }
        subjects(vc.get("credentialSubject"), path + ".credentialSubject", out);
        for (String key : v2 ? List.of("validFrom", "validUntil") : List.of("issuanceDate", "expirationDate")) {
            if (vc.containsKey(key) && !(vc.get(key) instanceof JsonString s && DATE_TIME_STAMP.matcher(s.getString()).matches())) {
                out.add(Violation.at(path + "." + key, "must be a date-time with its time zone (XML Schema dateTimeStamp)"));
            }
        }
        String from = vc.get(v2 ? "validFrom" : "issuanceDate") instanceof JsonString s ? s.getString() : null;
        String until = vc.get(v2 ? "validUntil" : "expirationDate") instanceof JsonString s ? s.getString() : null;
        if (from != null && until != null && DATE_TIME_STAMP.matcher(from).matches() && DATE_TIME_STAMP.matcher(until).matches()
                && OffsetDateTime.parse(until).isBefore(OffsetDateTime.parse(from))) {
            out.add(Violation.at(path + "." + (v2 ? "validUntil" : "expirationDate"), "must not be before " + (v2 ? "validFrom" : "issuanceDate")));
        }
        for (String key : TYPED) {
            if (vc.containsKey(key)) {
                each(vc.get(key), path + "." + key, out, (entry, at) -> {
                    if (types(entry.get("type")).isEmpty()) {
                        out.add(Violation.at(at + ".type", "is required"));
                    }
                    if (entry.containsKey("id") && !isUrl(entry.get("id"))) {
                        out.add(Violation.at(at + ".id", "must be a URL"));
                    }
                    if (key.equals("credentialSchema") && !entry.containsKey("id")) {
                        out.add(Violation.at(at + ".id", "is required"));
                    }
                });
            }
        }
        if (vc.containsKey("relatedResource")) {
            Set<JsonValue> ids = new HashSet<>();
            each(vc.get("relatedResource"), path + ".relatedResource", out, (entry, at) -> {
                if (!isUrl(entry.get("id"))) {
                    out.add(Violation.at(at + ".id", "must be a URL"));
                } else if (!ids.add(entry.get("id"))) {
                    out.add(Violation.at(at + ".id", "names a resource listed before: each related resource once"));
                }
                if (!(entry.get("digestSRI") instanceof JsonString) && !(entry.get("digestMultibase") instanceof JsonString)) {
                    out.add(Violation.at(at, "needs digestSRI or digestMultibase"));
                }
            });
        }
        return out;
    }

    /**
     * A VC 1.1 credential with the Data Integrity context added where it lacks it: its own context does
     * not define the proof's terms ({@code cryptosuite}), and Data Integrity says to add it.
     */
    public static JsonObject withProofContext(JsonObject vc) {
        if (!(vc.get("@context") instanceof JsonArray context) || context.isEmpty() || !V1.equals(context.getString(0, null))
                || context.contains(JSON.createValue(LocalContexts.DATA_INTEGRITY_V2))) {
            return vc;
        }
        return JSON.createObjectBuilder(vc).add("@context", JSON.createArrayBuilder(context).add(LocalContexts.DATA_INTEGRITY_V2)).build();
    }

    /** @return whether the credential is of the 2.0 data model */
    private static boolean context(JsonObject vc, String path, List<Violation> out) {
        JsonValue context = vc.get("@context");
        String first = context instanceof JsonArray a && !a.isEmpty() && a.get(0) instanceof JsonString s
                ? s.getString()
                : context instanceof JsonString s ? s.getString() : null;
        if (!V2.equals(first) && !V1.equals(first)) {
            out.add(Violation.at(path + ".@context", "must begin with " + V2 + " (or, for VC 1.1, " + V1 + ")"));
        }
        return !V1.equals(first);
    }

    private static void subjects(JsonValue subject, String path, List<Violation> out) {
        if (subject == null || subject instanceof JsonArray a && a.isEmpty()) {
            out.add(Violation.at(path, "is required"));
            return;
        }
        each(subject, path, out, (entry, at) -> {
            if (entry.isEmpty()) {
                out.add(Violation.at(at, "must state something about the subject"));
            }
            if (entry.containsKey("id") && !isUrl(entry.get("id"))) {
                out.add(Violation.at(at + ".id", "must be a URL"));
            }
        });
    }

    private interface Entry {
        void check(JsonObject entry, String path);
    }

    /** An object, or an array of objects: each checked; anything else is a violation. */
    private static void each(JsonValue value, String path, List<Violation> out, Entry check) {
        if (value instanceof JsonObject o) {
            check.check(o, path);
        } else if (value instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof JsonObject o) {
                    check.check(o, path + "[" + i + "]");
                } else {
                    out.add(Violation.at(path + "[" + i + "]", "must be an object"));
                }
            }
        } else {
            out.add(Violation.at(path, "must be an object or an array of objects"));
        }
    }

    /** A type value's terms: one string, or the strings of an array. */
    public static List<String> types(JsonValue type) {
        if (type instanceof JsonString s) {
            return List.of(s.getString());
        }
        if (type instanceof JsonArray a) {
            return a.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
        }
        return List.of();
    }

    /** An absolute URL or URN. */
    public static boolean isUrl(JsonValue value) {
        return value instanceof JsonString s && URL.matcher(s.getString()).matches();
    }
}
