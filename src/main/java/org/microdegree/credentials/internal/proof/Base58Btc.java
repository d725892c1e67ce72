package org.microdegree.credentials.internal.proof;

/**
 * The multibase base58btc text of a byte string ({@code z} and Bitcoin's base58), the same as
 * copper-multibase writes, in word-sized steps: its encoder divides the whole number by 58 once
 * per digit, byte by byte, which was 3.7 % of a bulk award's CPU for a 64-byte signature. Here the
 * number is divided by 58<sup>5</sup> a 32-bit word at a time, five digits per pass.
 * {@code Base58BtcProperties} holds both to the same text.
 */
final class Base58Btc {

    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    /** 58^5 = 656,356,768: below 2^32, so a remainder shifted by a word still fits in a long. */
    private static final long FIVE_DIGITS = 58L * 58 * 58 * 58 * 58;

    private Base58Btc() {
    }

    static String encode(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        // the number without its leading zero bytes, as big-endian 32-bit words
        int words = (bytes.length - zeros + 3) / 4;
        long[] number = new long[words];
        for (int i = bytes.length - 1, k = 0; i >= zeros; i--, k++) {
            number[words - 1 - k / 4] |= (bytes[i] & 0xFFL) << (8 * (k % 4));
        }
        char[] out = new char[bytes.length * 2 + 8];
        int at = out.length;
        for (int first = 0; first < words;) {
            long remainder = 0;
            for (int i = first; i < words; i++) {
                long current = remainder << 32 | number[i];
                number[i] = current / FIVE_DIGITS;
                remainder = current % FIVE_DIGITS;
            }
            while (first < words && number[first] == 0) {
                first++;
            }
            for (int d = 0; d < 5; d++) {
                out[--at] = ALPHABET[(int) (remainder % 58)];
                remainder /= 58;
            }
        }
        // the last pass may write zero digits above the number's highest; each leading zero byte is a '1'
        while (at < out.length && out[at] == ALPHABET[0]) {
            at++;
        }
        for (int i = 0; i < zeros; i++) {
            out[--at] = ALPHABET[0];
        }
        out[--at] = 'z';
        return new String(out, at, out.length - at);
    }
}
