package org.microdegree.credentials.internal.proof;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Our eddsa-rdfc-2022 reproduces the published test vectors of 1EdTech and the W3C. */
class KnownAnswerVectorsTest {

    private static final String OB3_KEY = "https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";

    @Test
    void theOpenBadgeCanonicalFormsAreByteForByteThePublishedOnes() throws Exception {
        JsonObject signed = json("ob3-1edtech-eddsa-rdfc-2022.json");
        JsonObject document = Json.createObjectBuilder(signed).remove("proof").build();
        JsonObject proofOptions = Json.createObjectBuilder(signed.getJsonObject("proof")).remove("proofValue")
                .add("@context", signed.get("@context")).build();

        String documentCanon = Rdfc.BUNDLED.canonicalize(document);
        String proofCanon = Rdfc.BUNDLED.canonicalize(proofOptions);

        assertThat(documentCanon).isEqualTo(text("ob3-1edtech-document-canon.nq"));
        assertThat(proofCanon).isEqualTo(text("ob3-1edtech-proof-canon.nq"));
        assertThat(hex(DataIntegrity.sha256(documentCanon))).isEqualTo("87f65a76d40146205e3b3e06cb0fbd153f97f9ce70372390f52566bb7f9e0773");
        assertThat(hex(DataIntegrity.sha256(proofCanon))).isEqualTo("d34009cea0dbc1ca941e09dc01c8c9d3e3ce3c5b853f67ee44698dcea10f5d19");
    }

    @Test
    void theShortcutForUsualProofOptionsGivesWhatRdfcGives() throws Exception {
        JsonObject signed = json("ob3-1edtech-eddsa-rdfc-2022.json");
        for (String method : new String[]{OB3_KEY, "did:web:credentials.uni-hannover.de:institutions:luh#key-1",
                "did:web:localhost%3A8080:institutions:but#key-12"}) {
            for (String created : new String[]{"2010-01-01T19:23:24Z", "2026-11-30T10:00:00.123Z", "2026-11-30T10:00:00+01:00"}) {
                for (var context : new JsonValue[]{signed.get("@context"), Json.createValue("https://www.w3.org/ns/credentials/v2")}) {
                    JsonObject options = Json.createObjectBuilder().add("type", "DataIntegrityProof").add("cryptosuite", "eddsa-rdfc-2022")
                            .add("created", created).add("verificationMethod", method).add("proofPurpose", "assertionMethod").build();
                    String general = Rdfc.BUNDLED.canonicalize(Json.createObjectBuilder(options).add("@context", context).build());
                    assertThat(DataIntegrity.knownShape(context, options)).as(method + " " + created).isEqualTo(general);
                }
            }
        }
        JsonObject other = Json.createObjectBuilder().add("type", "DataIntegrityProof").add("cryptosuite", "eddsa-rdfc-2022")
                .add("created", "yesterday").add("verificationMethod", OB3_KEY).add("proofPurpose", "assertionMethod").build();
        assertThat(DataIntegrity.knownShape(signed.get("@context"), other)).as("not a date-time: the general way").isNull();
    }

    @Test
    void theOpenBadgeSignatureVerifiesWithThePublishedKeyAndFailsOnOneChangedCharacter() throws Exception {
        JsonObject signed = json("ob3-1edtech-eddsa-rdfc-2022.json");
        PublicKey key = Ed25519.fromMultikey(json("ob3-1edtech-eddsa-rdfc-2022.key.json").getString("publicKeyMultibase")).orElseThrow();

        assertThat(DataIntegrity.BUNDLED.verify(signed, id -> id.equals(OB3_KEY) ? Optional.of(key) : Optional.empty()).valid()).isTrue();

        JsonObject renamed = Json.createObjectBuilder(signed).add("name", "Teamwork Badgf").build();
        DataIntegrity.Verdict verdict = DataIntegrity.BUNDLED.verify(renamed, id -> Optional.of(key));
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.where()).isEqualTo("proof.proofValue");
    }

    @Test
    void thePublishedPrivateKeyGivesThePublishedSignature() throws Exception {
        // Ed25519 is deterministic: re-signing with the page's private key must give its proof value.
        JsonObject signed = json("ob3-1edtech-eddsa-rdfc-2022.json");
        // The page's private key is seed || public key; the JDK takes the 32-byte seed.
        var privateKey = Ed25519.privateKey(HexFormat.of().parseHex("6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4"));
        JsonObject unsecured = Json.createObjectBuilder(signed).remove("proof").build();
        JsonObject resigned = DataIntegrity.BUNDLED.sign(unsecured, privateKey, OB3_KEY, Instant.parse("2010-01-01T19:23:24Z"));
        assertThat(resigned.getJsonObject("proof").getString("proofValue")).isEqualTo(signed.getJsonObject("proof").getString("proofValue"));
    }

    @Test
    void theW3cVectorHashesAndSignatureMatch() throws Exception {
        DataIntegrity suite = DataIntegrity.BUNDLED;
        JsonObject signed = json("w3c-vc-di-eddsa-B1-signed.json");
        JsonObject proof = signed.getJsonObject("proof");
        // the ordinary way, then as a document of our own: the shape's first time, and from its template
        for (boolean own : new boolean[]{false, true, true}) {
            byte[] hashData = suite.hashData(Json.createObjectBuilder(signed).remove("proof").build(),
                    Json.createObjectBuilder(proof).remove("proofValue").build(), own);
            String proofHash = hex(Arrays.copyOfRange(hashData, 0, 32));
            String documentHash = hex(Arrays.copyOfRange(hashData, 32, 64));
            assertThat(documentHash).startsWith("517744132ae1").endsWith("a36017");
            assertThat(proofHash).startsWith("bea7b7acfbad").endsWith("04c6b0");
        }

        String method = proof.getString("verificationMethod");
        PublicKey didKey = Ed25519.fromMultikey(method.substring(method.indexOf('#') + 1)).orElseThrow();
        assertThat(suite.verify(signed, id -> Optional.of(didKey)).valid()).isTrue();
    }

    @Test
    void aContextThatIsNotBundledIsRefusedNotFetched() throws Exception {
        JsonObject vector = json("w3c-vc-di-eddsa-B1-signed.json");
        JsonObject signed = Json.createObjectBuilder(vector).add("@context", Json.createArrayBuilder()
                .add("https://www.w3.org/ns/credentials/v2").add("https://example.org/contexts/unknown/v1")).build();
        DataIntegrity.Verdict verdict = DataIntegrity.BUNDLED.verify(signed, id -> Optional.of(Ed25519.generate().getPublic()));
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.reason()).contains("https://example.org/contexts/unknown/v1").contains("not bundled");
    }

    @Test
    void aTermNoContextDefinesIsRefusedRatherThanLeftUnsigned() throws Exception {
        JsonObject signed = json("ob3-1edtech-eddsa-rdfc-2022.json");
        JsonObject extra = Json.createObjectBuilder(signed).add("unsignedClaim", "admin").build();
        DataIntegrity.Verdict verdict = DataIntegrity.BUNDLED.verify(extra, id -> Optional.of(Ed25519.generate().getPublic()));
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.reason()).contains("unsignedClaim");
    }

    @Test
    void keysRoundTripThroughTheirRawAndMultikeyForms() {
        var pair = Ed25519.generate();
        String multikey = Ed25519.multikey(pair.getPublic());
        assertThat(multikey).startsWith("z6Mk");
        assertThat(Ed25519.fromMultikey(multikey).orElseThrow().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        byte[] message = "Zertifikat".getBytes(StandardCharsets.UTF_8);
        byte[] sig = Ed25519.sign(Ed25519.privateKey(Ed25519.rawPrivate(pair.getPrivate())), message);
        assertThat(Ed25519.verify(pair.getPublic(), message, sig)).isTrue();
    }

    private static JsonObject json(String name) throws IOException {
        return Json.createReader(new StringReader(text(name))).readObject();
    }

    private static String text(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String name) {
        return KnownAnswerVectorsTest.class.getResourceAsStream("/vc-test-vectors/" + name);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
