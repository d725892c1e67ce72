package org.microdegree.credentials.internal.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.microdegree.credentials.KeyPasswordException;

/**
 * Seals private keys with AES-256-GCM under a key derived from the installation's password
 * (PBKDF2-HMAC-SHA256, a salt per sealed value). Format: {@code v1:salt:iv:ciphertext}, base64.
 */
final class Seal {

    private static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final char[] password;
    // deriving costs ~0.1 s by design; each salt is derived once per process
    private final Map<String, SecretKey> derived = new ConcurrentHashMap<>();

    Seal(String password) {
        this.password = password.toCharArray();
    }

    String seal(byte[] secret) {
        byte[] salt = random(16);
        byte[] iv = random(12);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(salt), new GCMParameterSpec(128, iv));
            cipher.updateAAD("microdegree signing key".getBytes(StandardCharsets.UTF_8));
            return "v1:" + b64(salt) + ":" + b64(iv) + ":" + b64(cipher.doFinal(secret));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    byte[] open(String sealed) {
        String[] parts = sealed.split(":");
        if (parts.length != 4 || !parts[0].equals("v1")) {
            throw new KeyPasswordException("a stored signing key is not in a known format");
        }
        Base64.Decoder d = Base64.getDecoder();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(d.decode(parts[1])), new GCMParameterSpec(128, d.decode(parts[2])));
            cipher.updateAAD("microdegree signing key".getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(d.decode(parts[3]));
        } catch (AEADBadTagException e) {
            throw new KeyPasswordException("MICRODEGREE_KEY_PASSWORD does not open the stored signing keys (a different password?)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("opening a signing key failed", e);
        }
    }

    private SecretKey key(byte[] salt) {
        return derived.computeIfAbsent(b64(salt), s -> {
            try {
                byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                        .generateSecret(new PBEKeySpec(password, salt, ITERATIONS, 256)).getEncoded();
                return new SecretKeySpec(raw, "AES");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("key derivation failed", e);
            }
        });
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
