package org.microdegree.credentials;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.did.DidWebResolver;
import org.microdegree.credentials.internal.jdbc.CertificateStore;
import org.microdegree.credentials.internal.keys.KeyRing;
import org.microdegree.credentials.internal.proof.Ed25519;
import org.microdegree.credentials.internal.proof.DataIntegrity;
import org.microdegree.credentials.internal.proof.LocalContexts;
import org.microdegree.credentials.internal.render.PdfAttachment;
import org.springframework.stereotype.Service;

/**
 * Verifies a credential as any verifier would, but without the network: the proof against the
 * issuer's key in this installation's DID documents, the issuer, the validity dates, the status
 * list bit and the structure. Public: anyone may ask.
 */
@Service
public class Verification {

    // one provider: Json.createXxx() looks it up through the ServiceLoader on every call
    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * One check and how it came out. {@code detail} is English (API, CLI); the page shows
     * {@code verify.detail.<code>} with {@code args} in the reader's language.
     */
    public record Check(String name, boolean passed, String detail, String code, List<String> args) {
        public Check {
            args = List.copyOf(args);
        }

        static Check of(String name, boolean passed, String code, String detail, String... args) {
            return new Check(name, passed, detail, code, List.of(args));
        }
    }

    /**
     * The outcome: valid only when every check passed. {@code credential} is the document checked,
     * for showing its elements; null when it could not be read at all.
     */
    public record Outcome(boolean valid, List<Check> checks, @Nullable JsonObject credential, @Nullable String certificateId) {
        public List<String> errors() {
            return checks.stream().filter(c -> !c.passed()).map(c -> c.name() + ": " + c.detail()).toList();
        }
    }

    /** The upload is neither JSON nor a PDF with an attached credential. */
    public static class Unreadable extends RuntimeException {
        private final String code;

        /** @param code what is wrong, for a message in the reader's language: pdf-without-credential, not-json, not-object, too-deep */
        public Unreadable(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final KeyRing keys;
    private final ProofCache proofs = new ProofCache(20_000);
    private final CertificateStore store;
    private final Urls urls;
    private final Clock clock;
    private final DidWebResolver web;

    public Verification(KeyRing keys, CertificateStore store, Urls urls, Clock clock, DidWebResolver web) {
        this.web = web;
        this.clock = clock;
        this.keys = keys;
        this.store = store;
        this.urls = urls;
    }

    /** A JSON credential, or a PDF certificate with the credential attached. */
    public Outcome verifyUpload(byte[] content) {
        if (content.length > 4 && new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return verify(
                    PdfAttachment.credentialOf(content).orElseThrow(() -> new Unreadable("pdf-without-credential", "the PDF carries no attached credential")));
        }
        // the bytes as sent identify the document for the proof cache: cheaper than writing the parsed JSON again
        return verify(parse(new String(content, StandardCharsets.UTF_8)), content, false);
    }

    /** A credential is a few levels deep; a document nested deeper than this is refused before it is read further. */
    static final int MAX_DEPTH = 64;
    private static final JsonReaderFactory READERS = JSON.createReaderFactory(Map.of("org.eclipse.parsson.maxDepth", MAX_DEPTH));

    public static JsonObject parse(String json) {
        try {
            JsonValue value = READERS.createReader(new StringReader(json)).readValue();
            if (!(value instanceof JsonObject object)) {
                throw new Unreadable("not-object", "a credential is a JSON object");
            }
            return object;
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new Unreadable("not-json",
                    "not JSON: " + e.getMessage() + (at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")"));
        } catch (JsonException e) {
            throw new Unreadable("not-json", "not JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // Parsson's depth limit is a bare RuntimeException ("Input is too deeply nested")
            throw new Unreadable("too-deep", "not a credential: the JSON is nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    /** A certificate of this installation: signed by one of its institutions. */
    public Outcome verify(JsonObject vc) {
        return verify(vc, vc.toString().getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * Any credential whose issuer can be resolved without the network (the W3C VC-API verifier): an
     * institution of this installation, or a {@code did:key}, whose key is its own name.
     */
    public Outcome verifyAnyIssuer(JsonObject vc) {
        return verify(vc, vc.toString().getBytes(StandardCharsets.UTF_8), true);
    }

    private Outcome verify(JsonObject vc, byte[] asSent, boolean anyIssuer) {
        List<Check> checks = new ArrayList<>();
        String issuer = issuerId(vc);
        boolean didKey = anyIssuer && issuer != null && issuer.startsWith("did:key:");
        // another installation's or organisation's did:web: its document fetched over HTTPS
        boolean otherWeb = anyIssuer && issuer != null && issuer.startsWith("did:web:") && urls.institutionOf(issuer) == null;
        checks.add(structure(vc, issuer));
        DataIntegrity.Verdict proof = proofs.verdict(vc, asSent, method -> didKey
                ? didKey(method)
                : otherWeb ? otherKey(method, issuer).map(DidWebResolver.ResolvedKey::key) : key(method, issuer));
        Instant retired = !proof.valid() ? null : otherWeb ? otherSignedAfterExpiry(vc, issuer) : signedAfterRetirement(vc, issuer);
        if (retired != null) {
            proof = DataIntegrity.Verdict.fail("proof.created", "signed after its key was retired on " + retired);
        }
        checks.add(proof.valid()
                ? Check.of("signature", true, "signature.ok", "eddsa-rdfc-2022 proof by " + proof.verificationMethod(), proof.verificationMethod())
                : Check.of("signature", false, "signature.bad", proof.where() + ": " + proof.reason(), proof.where() + ": " + proof.reason()));
        String institution = issuer == null ? null : urls.institutionOf(issuer);
        // an institution's signature proves it has a key; only without one are its keys looked up
        // a did:key issuer is known by a proof of its own key (a proof set may hold others' too)
        boolean known = institution != null && (proof.valid() || !keys.entries(institution).isEmpty()) || otherWeb && proof.valid()
                || didKey && proof.valid() && DataIntegrity.proofsOf(vc).stream().anyMatch(p -> p.get("verificationMethod") instanceof JsonString m
                        && m.getString().equals(issuer + "#" + issuer.substring("did:key:".length())));
        checks.add(known
                ? Check.of("issuer", true, "issuer.ok", "issued by " + issuer, String.valueOf(issuer))
                : Check.of("issuer", false, "issuer.unknown", "the issuer " + issuer + " is not an institution of this installation", String.valueOf(issuer)));
        checks.add(dates(vc));
        checks.add(status(vc, institution));
        String certificateId = vc.get("id") instanceof JsonString s && s.getString().startsWith("urn:uuid:") ? s.getString().substring(9) : null;
        return new Outcome(checks.stream().allMatch(Check::passed), List.copyOf(checks), vc, certificateId);
    }

    /** A key of another did:web issuer: only its own (the method's DID is the issuer). */
    private Optional<DidWebResolver.ResolvedKey> otherKey(String method, String issuer) {
        return method.startsWith(issuer + "#") ? web.key(method) : Optional.empty();
    }

    /** As {@link #signedAfterRetirement}, for another issuer whose document gives its key an end ({@code expires}). */
    private @Nullable Instant otherSignedAfterExpiry(JsonObject vc, String issuer) {
        for (JsonObject proof : DataIntegrity.proofsOf(vc)) {
            Instant expires = otherKey(proof.getString("verificationMethod", ""), issuer).map(DidWebResolver.ResolvedKey::expires).orElse(null);
            if (expires != null && !created(proof).isBefore(expires)) {
                return expires;
            }
        }
        return null;
    }

    private static Instant created(JsonObject proof) {
        try {
            return OffsetDateTime.parse(proof.getString("created", "")).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.MAX;
        }
    }

    private Optional<PublicKey> key(String method, @Nullable String issuer) {
        int hash = method.indexOf('#');
        if (hash < 0 || issuer == null || !method.substring(0, hash).equals(issuer)) {
            return Optional.empty(); // a key must be the issuer's own
        }
        String institution = urls.institutionOf(issuer);
        String fragment = method.substring(hash + 1);
        if (institution == null || !fragment.matches("key-[0-9]{1,6}")) {
            return Optional.empty();
        }
        return keys.publicKey(institution, Integer.parseInt(fragment.substring(4)));
    }

    /**
     * When the proof's key, one of an institution's, was retired before the proof was made: a rotated
     * key signs nothing new, so a proof dated after its retirement is not the institution's (ADR 0024).
     */
    private @Nullable Instant signedAfterRetirement(JsonObject vc, @Nullable String issuer) {
        String institution = issuer == null ? null : urls.institutionOf(issuer);
        if (institution == null) {
            return null;
        }
        for (JsonObject proof : DataIntegrity.proofsOf(vc)) {
            String method = proof.getString("verificationMethod", "");
            String created = proof.getString("created", null);
            for (KeyRing.PublicEntry key : keys.entries(institution)) {
                if (key.retired() != null && method.equals(issuer + "#" + key.fragment()) && created != null) {
                    try {
                        if (OffsetDateTime.parse(created).toInstant().isAfter(key.retired())) {
                            return key.retired();
                        }
                    } catch (DateTimeParseException e) {
                        return key.retired();
                    }
                }
            }
        }
        return null;
    }

    /** The key behind a verification method: a did:key's own, or one of this installation's institutions'. */
    Optional<PublicKey> resolve(String method) {
        int hash = method.indexOf('#');
        return method.startsWith("did:key:") ? didKey(method) : hash < 0 ? Optional.empty() : key(method, method.substring(0, hash));
    }

    /** A did:key names its Ed25519 key: {@code did:key:z6Mk...#z6Mk...}, the fragment the same key. */
    private static Optional<PublicKey> didKey(String method) {
        int hash = method.indexOf('#');
        if (!method.startsWith("did:key:") || hash < 0) {
            return Optional.empty();
        }
        String key = method.substring("did:key:".length(), hash);
        return method.substring(hash + 1).equals(key) ? Ed25519.fromMultikey(key) : Optional.empty();
    }

    private static Check structure(JsonObject vc, @Nullable String issuer) {
        List<String> problems = new ArrayList<>();
        JsonValue context = vc.get("@context");
        if (!(context instanceof JsonArray a) || a.isEmpty() || !(a.get(0) instanceof JsonString first)
                || !first.getString().equals(LocalContexts.VC_V2) && !first.getString().equals(LocalContexts.VC_V1)) {
            problems.add("@context must begin with " + LocalContexts.VC_V2 + " (or " + LocalContexts.VC_V1 + ")");
        }
        if (!(vc.get("type") instanceof JsonArray types) || !types.contains(JSON.createValue("VerifiableCredential"))) {
            problems.add("type must include VerifiableCredential");
        }
        if (issuer == null) {
            problems.add("issuer is missing");
        }
        if (!(vc.get("credentialSubject") instanceof JsonObject)) {
            problems.add("credentialSubject is missing");
        }
        return problems.isEmpty()
                ? Check.of("structure", true, "structure.ok", "a W3C VC 2.0 credential")
                : Check.of("structure", false, "structure.bad", String.join("; ", problems), String.join("; ", problems));
    }

    private Check dates(JsonObject vc) {
        Instant now = clock.instant();
        try {
            // VC 1.1 names the period issuanceDate and expirationDate
            Instant from = instant(vc, "validFrom", "issuanceDate");
            Instant until = instant(vc, "validUntil", "expirationDate");
            if (from != null && until != null && until.isBefore(from)) {
                return Check.of("validity", false, "validity.reversed", "valid until " + until + ", before it is valid from " + from,
                        until.toString(), from.toString());
            }
            if (from != null && from.isAfter(now)) {
                return Check.of("validity", false, "validity.future", "valid only from " + from, from.toString());
            }
            if (until != null && until.isBefore(now)) {
                return Check.of("validity", false, "validity.expired", "expired on " + until, until.toString());
            }
            if (from == null) {
                return Check.of("validity", true, "validity.none", "no validity period");
            }
            return until == null
                    ? Check.of("validity", true, "validity.since", "valid since " + from, from.toString())
                    : Check.of("validity", true, "validity.between", "valid since " + from + " until " + until, from.toString(), until.toString());
        } catch (DateTimeParseException e) {
            return Check.of("validity", false, "validity.bad", "validFrom or validUntil is not a date-time");
        }
    }

    private static @Nullable Instant instant(JsonObject vc, String v2, String v1) {
        JsonValue value = vc.containsKey(v2) ? vc.get(v2) : vc.get(v1);
        return value instanceof JsonString s ? OffsetDateTime.parse(s.getString()).toInstant() : null;
    }

    private Check status(JsonObject vc, @Nullable String institution) {
        if (!vc.containsKey("credentialStatus")) {
            // optional in the data model: nothing says it was revoked (this installation's certificates all carry one)
            return Check.of("status", true, "status.none", "no credentialStatus: revocation cannot be checked");
        }
        if (!(vc.get("credentialStatus") instanceof JsonObject status)) {
            return Check.of("status", false, "status.bad", "credentialStatus is not a single status entry");
        }
        String list = status.get("statusListCredential") instanceof JsonString s ? s.getString() : "";
        String index = status.get("statusListIndex") instanceof JsonString s ? s.getString() : "";
        if (institution == null || !list.equals(urls.statusList(institution)) || !index.matches("[0-9]{1,9}")) {
            return Check.of("status", false, "status.foreign", "the status list " + list + " is not this issuer's", list);
        }
        Optional<Boolean> revoked = store.revokedAt(institution, Integer.parseInt(index));
        if (revoked.isEmpty()) {
            return Check.of("status", false, "status.unknown", "no certificate holds index " + index + " of " + list, index, list);
        }
        return revoked.get() ? Check.of("status", false, "status.revoked", "revoked") : Check.of("status", true, "status.ok", "not revoked");
    }

    private static @Nullable String issuerId(JsonObject vc) {
        JsonValue issuer = vc.get("issuer");
        if (issuer instanceof JsonString s) {
            return s.getString();
        }
        if (issuer instanceof JsonObject o && o.get("id") instanceof JsonString s) {
            return s.getString();
        }
        return null;
    }

    /**
     * Whether a proof holds depends only on the document and the key: a credential checked before
     * (a QR link followed again, an employer re-checking) is not canonicalised again. The key is
     * part of the entry, so a different key is a different question. Status, dates and issuer are
     * checked on every request.
     */
    static final class ProofCache {
        private final int capacity;
        private final Map<String, DataIntegrity.Verdict> entries;

        ProofCache(int capacity) {
            this.capacity = capacity;
            this.entries = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, DataIntegrity.Verdict> eldest) {
                    return size() > ProofCache.this.capacity;
                }
            });
        }

        /** {@code asSent}: the document's JSON as received, which the entry is keyed by. */
        DataIntegrity.Verdict verdict(JsonObject vc, byte[] asSent, Function<String, Optional<PublicKey>> keys) {
            Map<String, Optional<PublicKey>> used = new HashMap<>();
            Function<String, Optional<PublicKey>> recording = m -> used.computeIfAbsent(m, keys);
            String method = DataIntegrity.proofOf(vc).map(p -> p.get("verificationMethod") instanceof JsonString s ? s.getString() : "").orElse("");
            Optional<PublicKey> key = recording.apply(method);
            String id = digest(asSent, key.map(PublicKey::getEncoded).orElse(new byte[0]));
            DataIntegrity.Verdict known = entries.get(id);
            if (known != null) {
                return known;
            }
            DataIntegrity.Verdict verdict = DataIntegrity.BUNDLED.verify(vc, recording);
            entries.put(id, verdict);
            return verdict;
        }

        private static String digest(byte[] document, byte[] key) {
            try {
                var sha = MessageDigest.getInstance("SHA-256");
                // the key's length first: no other document and key give the same input
                sha.update(ByteBuffer.allocate(4).putInt(key.length).array());
                sha.update(key);
                sha.update(document);
                return HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
