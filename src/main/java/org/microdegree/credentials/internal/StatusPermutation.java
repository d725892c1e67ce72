package org.microdegree.credentials.internal;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An institution's status list positions in an order only it knows: a keyed permutation of the
 * 2^20 positions, so that certificates take the positions of counters 0, 1, 2, ... and still stand
 * at random places in the list (ADR 0058). Nobody without the key can tell from a position when,
 * or next to whom, a certificate was issued; and distinct counters give distinct positions, since
 * a permutation repeats none.
 *
 * <p>A balanced Feistel network of four rounds on two halves of ten bits; each round function is a
 * table of 1,024 values drawn from HMAC-SHA256 under the key (four rounds with independent random
 * functions make a pseudorandom permutation: Luby and Rackoff, 1988).
 */
public final class StatusPermutation {

    /** The positions of a status list: 2^20, the list of {@code StatusLists}. */
    public static final int SIZE = 1 << 20;

    private static final int HALF = 10;
    private static final int MASK = (1 << HALF) - 1;
    private static final int ROUNDS = 4;

    private final int[][] rounds = new int[ROUNDS][1 << HALF];
    private final byte[] key;

    public StatusPermutation(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a status list key has at least 16 bytes");
        }
        this.key = key.clone();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (int r = 0; r < ROUNDS; r++) {
                for (int x = 0; x <= MASK; x++) {
                    byte[] h = mac.doFinal(new byte[]{(byte) r, (byte) (x >>> 8), (byte) x});
                    rounds[r][x] = ((h[0] & 0xff) << 8 | h[1] & 0xff) & MASK;
                }
            }
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The list position of the certificate with this counter. */
    /** Whether this is the permutation of that key. */
    public boolean hasKey(byte[] other) {
        return MessageDigest.isEqual(key, other);
    }

    public int position(int counter) {
        check(counter, "counter");
        int left = counter >>> HALF;
        int right = counter & MASK;
        for (int[] f : rounds) {
            int next = left ^ f[right];
            left = right;
            right = next;
        }
        return left << HALF | right;
    }

    /** The counter whose certificate stands at this position: the inverse of {@link #position}. */
    public int counter(int position) {
        check(position, "position");
        int left = position >>> HALF;
        int right = position & MASK;
        for (int r = ROUNDS - 1; r >= 0; r--) {
            int previous = right ^ rounds[r][left];
            right = left;
            left = previous;
        }
        return left << HALF | right;
    }

    private static void check(int value, String what) {
        if (value < 0 || value >= SIZE) {
            throw new IllegalArgumentException("a status list " + what + " lies in 0.." + (SIZE - 1) + ", not " + value);
        }
    }
}
