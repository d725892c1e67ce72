package org.microdegree.credentials.internal.wallet;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.microdegree.credentials.internal.proof.Ed25519;

/**
 * The wallet's proof of possession (OpenID4VCI 1.0, appendix F.1): a JWT of type
 * {@code openid4vci-proof+jwt}, signed with the holder's key, for this issuer and over a nonce we
 * gave. The key comes in the header, as a {@code jwk} or as a {@code kid} naming a did:key or did:jwk;
 * the holder's DID is what the credential will be bound to. ES256 (P-256) through Nimbus JOSE,
 * EdDSA (Ed25519) through our own verifier.
 */
public final class ProofOfPossession {

    public static final String TYPE = "openid4vci-proof+jwt";
    public static final Set<String> ALGORITHMS = Set.of("ES256", "EdDSA");
    // a wallet's clock may run somewhat ahead; a proof older than this is not fresh
    private static final Duration SKEW = Duration.ofMinutes(2);
    private static final Duration MAX_AGE = Duration.ofMinutes(10);

    /** The holder the proof names, and the nonce it was made over (to be taken once by the caller). */
    public record Holder(String did, String nonce) {}

    /** A proof that does not hold; the message says why, for the wallet's developer. */
    public static final class InvalidProof extends Exception {
        public InvalidProof(String message) {
            super(message);
        }
    }

    private ProofOfPossession() {
    }

    public static Holder check(String compact, String issuer, Instant now) throws InvalidProof {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(compact);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            // Nimbus says what is wrong in words, e.g. "Non-public key in jwk header parameter"
            throw new InvalidProof("the proof is not a signed JWT: " + e.getMessage());
        }
        JWSHeader header = jwt.getHeader();
        if (header.getType() == null || !TYPE.equals(header.getType().getType())) {
            throw new InvalidProof("the proof's typ must be " + TYPE);
        }
        String alg = header.getAlgorithm().getName();
        if (!ALGORITHMS.contains(alg) && !"Ed25519".equals(alg)) {
            throw new InvalidProof("the proof's alg must be one of " + ALGORITHMS);
        }
        Key key = key(header);
        if (!verified(jwt, key.jwk(), alg)) {
            throw new InvalidProof("the proof's signature does not verify with the key it names");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(issuer)) {
            throw new InvalidProof("the proof's aud must be the credential issuer " + issuer);
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(now.plus(SKEW)) || iat.toInstant().isBefore(now.minus(MAX_AGE))) {
            throw new InvalidProof("the proof's iat must be the time it was made (within " + MAX_AGE.toMinutes() + " minutes)");
        }
        Object nonce = claims.getClaim("nonce");
        if (!(nonce instanceof String n) || n.isBlank()) {
            throw new InvalidProof("the proof must carry the nonce from the nonce endpoint");
        }
        return new Holder(key.did(), n);
    }

    private record Key(JWK jwk, String did) {}

    private static Key key(JWSHeader header) throws InvalidProof {
        JWK jwk = header.getJWK();
        String kid = header.getKeyID();
        if ((jwk == null) == (kid == null)) {
            throw new InvalidProof("the proof's header must name its key by exactly one of jwk and kid");
        }
        if (jwk != null) {
            return new Key(jwk, didJwk(jwk));
        }
        String did = kid.contains("#") ? kid.substring(0, kid.indexOf('#')) : kid;
        if (did.startsWith("did:jwk:")) {
            try {
                return new Key(JWK.parse(new String(Base64URL.from(did.substring("did:jwk:".length())).decode(), StandardCharsets.UTF_8)), did);
            } catch (ParseException e) {
                throw new InvalidProof("the did:jwk of the proof's kid holds no JWK");
            }
        }
        if (did.startsWith("did:key:")) {
            Optional<PublicKey> ed = Ed25519.fromMultikey(did.substring("did:key:".length()));
            if (ed.isPresent()) {
                return new Key(new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(Ed25519.rawPublic(ed.get()))).build(), did);
            }
            throw new InvalidProof("the did:key of the proof's kid is not an Ed25519 key");
        }
        throw new InvalidProof("the proof's kid must be a did:key or did:jwk (other DIDs are not resolved)");
    }

    private static boolean verified(SignedJWT jwt, JWK jwk, String alg) throws InvalidProof {
        try {
            if (jwk instanceof ECKey ec && "ES256".equals(alg) && Curve.P_256.equals(ec.getCurve())) {
                return jwt.verify(new ECDSAVerifier(ec));
            }
            if (jwk instanceof OctetKeyPair okp && !"ES256".equals(alg) && Curve.Ed25519.equals(okp.getCurve())) {
                PublicKey key = Ed25519.publicKey(okp.getDecodedX());
                return Ed25519.verify(key, jwt.getSigningInput(), jwt.getSignature().decode());
            }
        } catch (JOSEException | RuntimeException e) {
            return false;
        }
        throw new InvalidProof("the proof's key does not fit its alg " + alg + " (ES256 with a P-256 key, EdDSA with an Ed25519 key)");
    }

    /** did:jwk of the public key: the key's JSON, base64url-encoded. */
    static String didJwk(JWK jwk) {
        return "did:jwk:" + Base64URL.encode(jwk.toPublicJWK().toJSONString());
    }
}
