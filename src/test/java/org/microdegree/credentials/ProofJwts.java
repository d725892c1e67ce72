package org.microdegree.credentials;

import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import org.microdegree.credentials.internal.proof.Ed25519;

/** A wallet's proof of possession signed with Ed25519 under a did:key (Nimbus signs Ed25519 only with Tink). */
public final class ProofJwts {

    private ProofJwts() {
    }

    public static String eddsa(KeyPair key, String kid, String payloadJson) {
        String header = "{\"alg\":\"EdDSA\",\"typ\":\"openid4vci-proof+jwt\",\"kid\":\"" + kid + "\"}";
        String input = Base64URL.encode(header.getBytes(StandardCharsets.UTF_8)) + "." + Base64URL.encode(payloadJson.getBytes(StandardCharsets.UTF_8));
        return input + "." + Base64URL.encode(Ed25519.sign(key.getPrivate(), input.getBytes(StandardCharsets.US_ASCII)));
    }
}
