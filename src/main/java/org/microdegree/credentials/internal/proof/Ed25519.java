package org.microdegree.credentials.internal.proof;

import com.apicatalog.multibase.Multibase;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * Ed25519 with the JDK's own provider for keys, and the raw and Multikey forms the Data Integrity
 * specs use: a public key is {@code z} + base58btc(0xed 0x01 + 32 bytes). Signing and verification use
 * Bouncy Castle's RFC 8032 code: the JDK's takes about 1 ms a signature, which alone would hold
 * {@code POST /api/v1/verify} below 1,000 requests/s on two cores (ADR 0010) and an award run of
 * 20,000 certificates at 20 s of signing.
 */
public final class Ed25519 {

    // DER prefixes of the JDK's encodings; the raw 32 bytes follow them.
    private static final byte[] SPKI_PREFIX = hex("302a300506032b6570032100");
    private static final byte[] PKCS8_PREFIX = hex("302e020100300506032b657004220420");
    private static final byte[] MULTICODEC_PUBLIC = {(byte) 0xed, 0x01};

    private Ed25519() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    public static byte[] rawPublic(PublicKey key) {
        byte[] der = key.getEncoded();
        return Arrays.copyOfRange(der, der.length - 32, der.length);
    }

    public static byte[] rawPrivate(PrivateKey key) {
        byte[] der = key.getEncoded();
        return Arrays.copyOfRange(der, der.length - 32, der.length);
    }

    public static PublicKey publicKey(byte[] raw) {
        return decode(raw, SPKI_PREFIX, true);
    }

    public static PrivateKey privateKey(byte[] raw) {
        return decode(raw, PKCS8_PREFIX, false);
    }

    public static String multikey(PublicKey key) {
        byte[] raw = rawPublic(key);
        byte[] prefixed = new byte[34];
        System.arraycopy(MULTICODEC_PUBLIC, 0, prefixed, 0, 2);
        System.arraycopy(raw, 0, prefixed, 2, 32);
        return Multibase.BASE_58_BTC.encode(prefixed);
    }

    /** The public key of a {@code z6Mk...} Multikey value; empty for anything else. */
    public static Optional<PublicKey> fromMultikey(String multibase) {
        if (!Multibase.BASE_58_BTC.isEncoded(multibase)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Multibase.BASE_58_BTC.decode(multibase);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (bytes.length != 34 || bytes[0] != MULTICODEC_PUBLIC[0] || bytes[1] != MULTICODEC_PUBLIC[1]) {
            return Optional.empty();
        }
        return Optional.of(publicKey(Arrays.copyOfRange(bytes, 2, 34)));
    }

    /**
     * Signs with Bouncy Castle's RFC 8032 code (about ten times the JDK's speed, which matters when an
     * import awards thousands of certificates); the key's parameters, with the public key derived
     * once, are kept per key. Ed25519 is deterministic: the JDK gives the same bytes ({@link #signWithJdk}).
     */
    public static byte[] sign(PrivateKey key, byte[] data) {
        byte[] raw = rawPrivate(key);
        Ed25519PrivateKeyParameters params = SIGNERS.computeIfAbsent(HexFormat.of().formatHex(raw),
                k -> new Ed25519PrivateKeyParameters(raw, 0));
        byte[] signature = new byte[org.bouncycastle.math.ec.rfc8032.Ed25519.SIGNATURE_SIZE];
        params.sign(org.bouncycastle.math.ec.rfc8032.Ed25519.Algorithm.Ed25519, null, data, 0, data.length, signature, 0);
        return signature;
    }

    // a handful of institutions' keys: a bounded map is enough
    private static final Map<String, Ed25519PrivateKeyParameters> SIGNERS = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Ed25519PrivateKeyParameters> e) {
            return size() > 256;
        }
    });

    /** The JDK's signing, kept so that tests and the benchmark can show both agree, and compare them. */
    public static byte[] signWithJdk(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public static boolean verify(PublicKey key, byte[] data, byte[] sig) {
        if (sig.length != org.bouncycastle.math.ec.rfc8032.Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(sig, 0, rawPublic(key), 0, data, 0, data.length);
    }

    /** The JDK's verification, kept so that tests can show both implementations agree. */
    static boolean verifyWithJdk(PublicKey key, byte[] data, byte[] sig) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(sig);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static <K> K decode(byte[] raw, byte[] prefix, boolean isPublic) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("an Ed25519 key has 32 bytes, not " + raw.length);
        }
        byte[] der = new byte[prefix.length + 32];
        System.arraycopy(prefix, 0, der, 0, prefix.length);
        System.arraycopy(raw, 0, der, prefix.length, 32);
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            @SuppressWarnings("unchecked")
            K key = (K) (isPublic ? factory.generatePublic(new X509EncodedKeySpec(der)) : factory.generatePrivate(new PKCS8EncodedKeySpec(der)));
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 key", e);
        }
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
