package org.microdegree.credentials.internal.proof;

import com.apicatalog.multibase.Multibase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * W3C Data Integrity proofs with the {@code eddsa-rdfc-2022} cryptosuite (VC DI EdDSA 1.0, section
 * 3.2): the signature covers SHA-256(canonical proof options) followed by SHA-256(canonical
 * document), both canonicalised with RDFC-1.0.
 */
public final class DataIntegrity {

    // Json.createXxx() looks the provider up through the ServiceLoader on every call: once is enough
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";

    /** Over the bundled contexts only. */
    public static final DataIntegrity BUNDLED = new DataIntegrity(Rdfc.BUNDLED);

    private final Rdfc rdfc;
    private final QuadTemplates templates;

    public DataIntegrity(Rdfc rdfc) {
        this.rdfc = rdfc;
        this.templates = new QuadTemplates(rdfc);
    }

    /** The document with a proof added, made with the key behind {@code verificationMethod}. */
    public JsonObject sign(JsonObject unsecured, PrivateKey key, String verificationMethod, Instant created)
            throws InvalidCredentialException {
        JsonObject options = JSON.createObjectBuilder()
                .add("type", "DataIntegrityProof")
                .add("cryptosuite", CRYPTOSUITE)
                .add("created", created.truncatedTo(ChronoUnit.SECONDS).toString())
                .add("verificationMethod", verificationMethod)
                .add("proofPurpose", "assertionMethod")
                .build();
        byte[] signature = Ed25519.sign(key, hashData(unsecured, options, true));
        JsonObject proof = JSON.createObjectBuilder(options).add("proofValue", Base58Btc.encode(signature)).build();
        return JSON.createObjectBuilder(unsecured).add("proof", proof).build();
    }

    /**
     * Checks the proof of a secured document. {@code keys} resolves a verification method id to the
     * public key its controller lists for assertions; empty when there is no such key.
     */
    public Verdict verify(JsonObject secured, Function<String, Optional<PublicKey>> keys) {
        return verify(secured, keys, "assertionMethod");
    }

    /** The same for a proof made for this purpose ({@code authentication}: a presentation's holder). */
    public Verdict verify(JsonObject secured, Function<String, Optional<PublicKey>> keys, String purpose) {
        List<JsonObject> all = proofsOf(secured);
        if (all.isEmpty()) {
            return Verdict.fail("proof", "the credential has no Data Integrity proof");
        }
        JsonObject bare = JSON.createObjectBuilder(secured).remove("proof").build();
        Verdict first = null;
        // a proof set: every proof must hold; a proof naming previousProof signs the document with those proofs (a chain)
        for (JsonObject proof : all) {
            JsonObject document = bare;
            if (proof.containsKey("previousProof")) {
                List<String> ids = proof.get("previousProof") instanceof JsonString s
                        ? List.of(s.getString())
                        : proof.get("previousProof") instanceof JsonArray a ? a.getValuesAs(JsonString::getString) : List.of();
                List<JsonObject> previous = all.stream().filter(p -> string(p, "id") != null && ids.contains(string(p, "id"))).toList();
                if (ids.isEmpty() || previous.size() != ids.size()) {
                    return Verdict.fail("proof.previousProof", "a previous proof it names is not in the proof set");
                }
                document = JSON.createObjectBuilder(bare)
                        .add("proof", previous.size() == 1 ? previous.getFirst() : JSON.createArrayBuilder(previous).build()).build();
            }
            Verdict v = verifyOne(document, proof, keys, purpose);
            if (!v.valid()) {
                return v;
            }
            first = first == null ? v : first;
        }
        return first;
    }

    private Verdict verifyOne(JsonObject document, JsonObject proof, Function<String, Optional<PublicKey>> keys, String purpose) {
        if (!"DataIntegrityProof".equals(string(proof, "type")) || !CRYPTOSUITE.equals(string(proof, "cryptosuite"))) {
            return Verdict.fail("proof.cryptosuite", "only DataIntegrityProof with eddsa-rdfc-2022 is supported");
        }
        if (!purpose.equals(string(proof, "proofPurpose"))) {
            return Verdict.fail("proof.proofPurpose", "the proof purpose must be " + purpose);
        }
        String method = string(proof, "verificationMethod");
        String value = string(proof, "proofValue");
        if (method == null || value == null || !Multibase.BASE_58_BTC.isEncoded(value)) {
            return Verdict.fail("proof.proofValue", "the proof lacks a verification method or a base58btc proof value");
        }
        Optional<PublicKey> key = keys.apply(method);
        if (key.isEmpty()) {
            return Verdict.fail("proof.verificationMethod", "the key " + method + " is not an assertion key of the issuer");
        }
        byte[] signature;
        try {
            signature = Multibase.BASE_58_BTC.decode(value);
        } catch (RuntimeException e) {
            return Verdict.fail("proof.proofValue", "the proof value is not base58btc");
        }
        JsonObjectBuilder options = JSON.createObjectBuilder(proof).remove("proofValue");
        try {
            boolean valid = signature.length == 64 && Ed25519.verify(key.get(), hashData(document, options.build(), false), signature);
            return valid ? Verdict.ok(method) : Verdict.fail("proof.proofValue", "the signature does not match the credential");
        } catch (InvalidCredentialException e) {
            return Verdict.fail("@context", e.getMessage());
        }
    }

    /** Every proof of the document: one object, or each object of a set; empty when there is none or one is not an object. */
    public static List<JsonObject> proofsOf(JsonObject secured) {
        JsonValue proof = secured.get("proof");
        if (proof instanceof JsonObject single) {
            return List.of(single);
        }
        if (proof instanceof JsonArray set && !set.isEmpty() && set.stream().allMatch(JsonObject.class::isInstance)) {
            return set.getValuesAs(JsonObject.class);
        }
        return List.of();
    }

    /**
     * The document's one proof, given as an object or as a set of one (Open Badges 3.0 asks for the
     * set); empty when there is none or several.
     */
    public static Optional<JsonObject> proofOf(JsonObject secured) {
        List<JsonObject> all = proofsOf(secured);
        return all.size() == 1 ? Optional.of(all.getFirst()) : Optional.empty();
    }

    /** The same document with its proof as a set of one, as the Open Badges 3.0 schema requires; the proof itself is unchanged. */
    public static JsonObject asProofSet(JsonObject signed) {
        return JSON.createObjectBuilder(signed).add("proof", JSON.createArrayBuilder().add(signed.get("proof"))).build();
    }

    /**
     * proofConfigHash || transformedDocumentHash. {@code own}: a document we made and sign, which may
     * be canonicalised through its shape's template; what others present takes the ordinary way.
     */
    byte[] hashData(JsonObject unsecured, JsonObject proofOptions, boolean own) throws InvalidCredentialException {
        JsonValue context = unsecured.get("@context");
        if (context == null) {
            throw new InvalidCredentialException("the document has no @context");
        }
        String canonicalOptions = knownShape(context, proofOptions);
        if (canonicalOptions == null) {
            JsonObject config = JSON.createObjectBuilder(proofOptions).add("@context", context).build();
            canonicalOptions = rdfc.canonicalize(config);
        }
        byte[] configHash = sha256(canonicalOptions);
        byte[] documentHash = sha256(own ? templates.canonicalize(unsecured) : rdfc.canonicalize(unsecured));
        byte[] both = new byte[64];
        System.arraycopy(configHash, 0, both, 0, 32);
        System.arraycopy(documentHash, 0, both, 32, 32);
        return both;
    }

    private static final Set<JsonValue> PLAIN_CONTEXTS = Set.of(
            JSON.createValue(LocalContexts.VC_V2),
            JSON.createArrayBuilder().add(LocalContexts.VC_V2).build(),
            JSON.createArrayBuilder().add(LocalContexts.VC_V2).add(LocalContexts.OB_V3).build());
    private static final Pattern DATE_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})");
    private static final Pattern PLAIN_IRI = Pattern.compile("[a-z][a-z0-9+.-]*:[^\\s<>\"{}|^`\\\\]+");

    /**
     * The canonical form of the usual proof options, written directly: under the VC 2.0 context
     * (with or without Open Badges, which redefines none of these terms) they always give the same
     * five quads, and JSON-LD processing of them costs a third of a signature. Null for anything
     * else, which goes through RDFC-1.0. KnownAnswerVectorsTest checks both agree.
     */
    static @Nullable String knownShape(JsonValue context, JsonObject options) {
        if (!PLAIN_CONTEXTS.contains(context) || options.size() != 5) {
            return null;
        }
        String created = string(options, "created");
        String method = string(options, "verificationMethod");
        if (!"DataIntegrityProof".equals(string(options, "type")) || !CRYPTOSUITE.equals(string(options, "cryptosuite"))
                || !"assertionMethod".equals(string(options, "proofPurpose")) || created == null || method == null
                || !DATE_TIME.matcher(created).matches() || !PLAIN_IRI.matcher(method).matches()) {
            return null;
        }
        return "_:c14n0 <http://purl.org/dc/terms/created> \"" + created + "\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n"
                + "_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#DataIntegrityProof> .\n"
                + "_:c14n0 <https://w3id.org/security#cryptosuite> \"eddsa-rdfc-2022\"^^<https://w3id.org/security#cryptosuiteString> .\n"
                + "_:c14n0 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> .\n"
                + "_:c14n0 <https://w3id.org/security#verificationMethod> <" + method + "> .\n";
    }

    static byte[] sha256(String canonical) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable String string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? s.getString() : null;
    }

    /** Whether the proof holds, and if not, where and why. */
    public record Verdict(boolean valid, String verificationMethod, String where, String reason) {
        static Verdict ok(String method) {
            return new Verdict(true, method, "", "");
        }

        public static Verdict fail(String where, String reason) {
            return new Verdict(false, "", where, reason);
        }
    }
}
