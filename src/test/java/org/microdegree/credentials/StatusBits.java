package org.microdegree.credentials;

import com.apicatalog.multibase.Multibase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

/** Reads a Bitstring Status List the way the spec says a verifier must. */
final class StatusBits {

    private StatusBits() {
    }

    static boolean isSet(String encodedList, int index) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Multibase.BASE_64_URL.decode(encodedList)))) {
            byte[] bits = in.readAllBytes();
            return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
