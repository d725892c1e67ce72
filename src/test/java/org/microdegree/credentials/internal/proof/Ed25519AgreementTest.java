package org.microdegree.credentials.internal.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bouncy Castle signs and verifies; the JDK must give the same signatures and accept and refuse exactly the same. */
class Ed25519AgreementTest {

    @Test
    void rfc8032TestVectorTwoVerifiesWithBoth() {
        // RFC 8032, section 7.1, TEST 2: a one-byte message
        var key = Ed25519.publicKey(hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"));
        byte[] message = hex("72");
        byte[] signature = hex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        assertThat(Ed25519.verify(key, message, signature)).isTrue();
        assertThat(Ed25519.verifyWithJdk(key, message, signature)).isTrue();
        var secret = Ed25519.privateKey(hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"));
        assertThat(Ed25519.sign(secret, message)).isEqualTo(signature);
        assertThat(Ed25519.signWithJdk(secret, message)).isEqualTo(signature);
    }

    @Test
    void bothAgreeOnGenuineAndAlteredSignatures() {
        Random random = new Random(2022);
        for (int i = 0; i < 200; i++) {
            var pair = Ed25519.generate();
            byte[] message = new byte[64];
            random.nextBytes(message);
            byte[] signature = Ed25519.sign(pair.getPrivate(), message);
            assertThat(signature).as("Ed25519 is deterministic: both sign alike").isEqualTo(Ed25519.signWithJdk(pair.getPrivate(), message));
            assertThat(Ed25519.verify(pair.getPublic(), message, signature)).isTrue();
            assertThat(Ed25519.verifyWithJdk(pair.getPublic(), message, signature)).isTrue();

            byte[] altered = signature.clone();
            altered[random.nextInt(64)] ^= (byte) (1 << random.nextInt(8));
            assertThat(Ed25519.verify(pair.getPublic(), message, altered))
                    .isEqualTo(Ed25519.verifyWithJdk(pair.getPublic(), message, altered)).isFalse();

            byte[] otherMessage = message.clone();
            otherMessage[random.nextInt(64)] ^= 1;
            assertThat(Ed25519.verify(pair.getPublic(), otherMessage, signature)).isFalse();
            assertThat(Ed25519.verifyWithJdk(pair.getPublic(), otherMessage, signature)).isFalse();
        }
    }

    @Test
    void aSignatureOfTheWrongLengthIsRefused() {
        var pair = Ed25519.generate();
        assertThat(Ed25519.verify(pair.getPublic(), new byte[]{1}, new byte[63])).isFalse();
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
