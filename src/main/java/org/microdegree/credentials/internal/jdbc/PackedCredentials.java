package org.microdegree.credentials.internal.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.microdegree.credentials.internal.Pool;

/**
 * A signed credential as the certificate table keeps it: its UTF-8 text deflated against a preset
 * dictionary of what every one of our credentials repeats (contexts, keys, vocabularies), about a
 * sixth of the text (ADR 0058). The first byte names the format, so that a later dictionary can be
 * added beside this one; the next four give the text's length in bytes. The stored form is never
 * what is shown or verified: {@link #unpack} gives back the very text that was signed.
 */
final class PackedCredentials {

    /** Raw deflate (RFC 1951) with {@code credentials/storage/dictionary-1.txt} as its preset dictionary. */
    static final byte DEFLATE_DICTIONARY_1 = 1;

    private static final byte[] DICTIONARY_1 = resource("/credentials/storage/dictionary-1.txt");
    // the fastest level: at level 6 a credential is a fifth smaller and takes half as long again
    private static final Pool<Deflater> DEFLATERS = new Pool<>(() -> new Deflater(Deflater.BEST_SPEED, true), 16);
    private static final Pool<Inflater> INFLATERS = new Pool<>(() -> new Inflater(true), 16);
    private static final int HEADER = 5;

    private PackedCredentials() {
    }

    static byte[] pack(String credential) {
        byte[] text = credential.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = DEFLATERS.take();
        try {
            deflater.reset();
            deflater.setDictionary(DICTIONARY_1);
            deflater.setInput(text);
            deflater.finish();
            byte[] out = new byte[HEADER + text.length / 3 + 64];
            int length = HEADER;
            while (!deflater.finished()) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                length += deflater.deflate(out, length, out.length - length);
            }
            ByteBuffer.wrap(out).put(DEFLATE_DICTIONARY_1).putInt(text.length);
            return Arrays.copyOf(out, length);
        } finally {
            DEFLATERS.give(deflater);
        }
    }

    static String unpack(byte[] packed) {
        if (packed.length < HEADER || packed[0] != DEFLATE_DICTIONARY_1) {
            throw new IllegalStateException("a stored credential in an unknown format (" + (packed.length == 0 ? "empty" : "format " + packed[0]) + ")");
        }
        int length = ByteBuffer.wrap(packed, 1, 4).getInt();
        Inflater inflater = INFLATERS.take();
        try {
            inflater.reset();
            inflater.setDictionary(DICTIONARY_1);
            inflater.setInput(packed, HEADER, packed.length - HEADER);
            byte[] text = new byte[length];
            byte[] beyond = new byte[1];
            int n = 0;
            // on to the end of the stream, which may come after the last byte of text
            while (!inflater.finished()) {
                int got = n < length ? inflater.inflate(text, n, length - n) : inflater.inflate(beyond);
                if (got == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("a stored credential is cut short");
                }
                if (n == length && got > 0) {
                    throw new IllegalStateException("a stored credential is longer than its header says");
                }
                n += got;
            }
            if (n != length) {
                throw new IllegalStateException("a stored credential is shorter than its header says");
            }
            return new String(text, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a stored credential is damaged: " + e.getMessage(), e);
        } finally {
            INFLATERS.give(inflater);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PackedCredentials.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
