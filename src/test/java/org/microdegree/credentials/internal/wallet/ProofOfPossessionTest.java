package org.microdegree.credentials.internal.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.microdegree.credentials.ProofJwts;
import org.microdegree.credentials.internal.proof.Ed25519;

/**
 * A wallet proves it holds the key the credential will be bound to: a JWT of type
 * openid4vci-proof+jwt for this issuer, made just now over our nonce, signed with that key.
 */
class ProofOfPossessionTest {

    static final String ISSUER = "https://micro.uni-hannover.example";
    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    final ECKey phone = generate();

    static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JWTClaimsSet.Builder claims(String audience, Instant iat, String nonce) {
        return new JWTClaimsSet.Builder().audience(audience).issueTime(Date.from(iat)).claim("nonce", nonce);
    }

    String es256(JWSHeader header, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(new ECDSASigner(phone));
        return jwt.serialize();
    }

    JWSHeader.Builder header() {
        return new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType(ProofOfPossession.TYPE)).jwk(phone.toPublicJWK());
    }

    static String eddsa(KeyPair key, String kid, String payloadJson) {
        return ProofJwts.eddsa(key, kid, payloadJson);
    }

    @Test
    void aPhonesP256KeyInTheHeaderBecomesItsDidJwk() throws Exception {
        ProofOfPossession.Holder holder = ProofOfPossession.check(es256(header().build(), claims(ISSUER, NOW, "n-1").build()), ISSUER, NOW);
        assertThat(holder.nonce()).isEqualTo("n-1");
        assertThat(holder.did()).startsWith("did:jwk:");
        String json = new String(Base64URL.from(holder.did().substring("did:jwk:".length())).decode(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"crv\":\"P-256\"", phone.getX().toString()).doesNotContain("\"d\"");
    }

    @Test
    void aDidKeyWalletSignsWithEd25519() throws Exception {
        KeyPair key = Ed25519.generate();
        String did = "did:key:" + Ed25519.multikey(key.getPublic());
        String proof = eddsa(key, did + "#" + did.substring("did:key:".length()),
                "{\"aud\":\"" + ISSUER + "\",\"iat\":" + NOW.getEpochSecond() + ",\"nonce\":\"n-2\"}");
        assertThat(ProofOfPossession.check(proof, ISSUER, NOW.plusSeconds(30))).isEqualTo(new ProofOfPossession.Holder(did, "n-2"));
    }

    @Test
    void aProofForAnotherIssuerOrWithoutNonceOrStaleIsRefused() {
        assertThatThrownBy(() -> ProofOfPossession.check(es256(header().build(), claims("https://other.example", NOW, "n").build()), ISSUER, NOW))
                .hasMessageContaining("aud must be the credential issuer " + ISSUER);
        assertThatThrownBy(() -> ProofOfPossession.check(es256(header().build(),
                new JWTClaimsSet.Builder().audience(ISSUER).issueTime(Date.from(NOW)).build()), ISSUER, NOW))
                .hasMessageContaining("nonce");
        assertThatThrownBy(() -> ProofOfPossession.check(es256(header().build(), claims(ISSUER, NOW.minus(Duration.ofHours(1)), "n").build()),
                ISSUER, NOW)).hasMessageContaining("iat");
        assertThatThrownBy(() -> ProofOfPossession.check(es256(header().build(), claims(ISSUER, NOW.plus(Duration.ofHours(1)), "n").build()),
                ISSUER, NOW)).hasMessageContaining("iat");
    }

    @Test
    void theHeaderMustSayWhatItIsAndNameOnePublicKey() {
        assertThatThrownBy(() -> ProofOfPossession.check(es256(header().type(JOSEObjectType.JWT).build(), claims(ISSUER, NOW, "n").build()),
                ISSUER, NOW)).hasMessageContaining("typ must be openid4vci-proof+jwt");
        assertThatThrownBy(() -> ProofOfPossession.check(es256(header().keyID("did:key:z6Mk").build(), claims(ISSUER, NOW, "n").build()),
                ISSUER, NOW)).hasMessageContaining("exactly one of jwk and kid");
        // Nimbus will not build such a header: a careless wallet's, by hand
        String careless = Base64URL.encode("{\"alg\":\"ES256\",\"typ\":\"openid4vci-proof+jwt\",\"jwk\":" + phone.toJSONString() + "}")
                + "." + Base64URL.encode(claims(ISSUER, NOW, "n").build().toString()) + ".c2ln";
        assertThatThrownBy(() -> ProofOfPossession.check(careless, ISSUER, NOW)).hasMessageContaining("Non-public key in jwk");
        assertThatThrownBy(() -> ProofOfPossession.check(es256(header().jwk(null).keyID("did:web:wallet.example#k").build(),
                claims(ISSUER, NOW, "n").build()), ISSUER, NOW)).hasMessageContaining("did:key or did:jwk");
        assertThatThrownBy(() -> ProofOfPossession.check("not.a.jwt", ISSUER, NOW)).hasMessageContaining("not a signed JWT");
    }

    @Test
    void aSignatureByAnotherKeyOrAChangedClaimDoesNotVerify() throws Exception {
        ECKey thief = generate();
        String signedByThief;
        SignedJWT jwt = new SignedJWT(header().build(), claims(ISSUER, NOW, "n").build());
        jwt.sign(new ECDSASigner(thief));
        signedByThief = jwt.serialize();
        assertThatThrownBy(() -> ProofOfPossession.check(signedByThief, ISSUER, NOW)).hasMessageContaining("signature does not verify");

        String[] parts = es256(header().build(), claims(ISSUER, NOW, "n").build()).split("\\.");
        String changed = parts[0] + "." + Base64URL.encode(claims(ISSUER, NOW, "other").build().toString()) + "." + parts[2];
        assertThatThrownBy(() -> ProofOfPossession.check(changed, ISSUER, NOW)).hasMessageContaining("signature does not verify");
    }

    @Test
    void anEd25519KeyCannotSignAsEs256() {
        KeyPair key = Ed25519.generate();
        String did = "did:key:" + Ed25519.multikey(key.getPublic());
        String header = "{\"alg\":\"ES256\",\"typ\":\"openid4vci-proof+jwt\",\"kid\":\"" + did + "\"}";
        String input = Base64URL.encode(header) + "." + Base64URL.encode("{\"aud\":\"" + ISSUER + "\",\"iat\":" + NOW.getEpochSecond() + ",\"nonce\":\"n\"}");
        String proof = input + "." + Base64URL.encode(Ed25519.sign(key.getPrivate(), input.getBytes(StandardCharsets.US_ASCII)));
        assertThatThrownBy(() -> ProofOfPossession.check(proof, ISSUER, NOW)).hasMessageContaining("does not fit its alg ES256");
    }
}
