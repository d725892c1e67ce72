package org.microdegree.credentials;

import com.apicatalog.multibase.Multibase;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.microdegree.credentials.internal.StatusPermutation;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.jdbc.CertificateStore;
import org.microdegree.credentials.internal.keys.KeyRing;
import org.microdegree.credentials.internal.proof.DataIntegrity;
import org.microdegree.credentials.internal.proof.InvalidCredentialException;
import org.microdegree.credentials.internal.proof.LocalContexts;
import org.springframework.stereotype.Service;

/**
 * Each institution's revocation list as a signed {@code BitstringStatusListCredential} (W3C
 * Bitstring Status List 1.0): bit i is set when the certificate with status index i is revoked.
 * Re-signed only when a revocation changed it.
 */
@Service
public class StatusLists {

    /**
     * Size of each institution's status list in bits (128 KiB); certificates stand at positions in
     * an order only the institution knows, so that a bit says nothing about whose it is.
     */
    public static final int STATUS_LIST_BITS = StatusPermutation.SIZE;

    // Json.createXxx() looks the provider up through the ServiceLoader on every call: once is enough
    private static final JsonProvider JSON = JsonProvider.provider();

    private record Signed(String stamp, String json) {}

    private final CertificateStore store;
    private final KeyRing keys;
    private final Urls urls;
    private final Map<String, Signed> cache = new ConcurrentHashMap<>();
    private final Clock clock;

    public StatusLists(CertificateStore store, KeyRing keys, Urls urls, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.keys = keys;
        this.urls = urls;
    }

    /** The signed list credential, as JSON. */
    public String list(String institution) {
        String stamp = store.revokedStamp(institution) + ":" + keys.current(institution).seq();
        Signed signed = cache.get(institution);
        if (signed != null && signed.stamp().equals(stamp)) {
            return signed.json();
        }
        CertificateStore.RevokedBits revoked = store.revoked(institution);
        String url = urls.statusList(institution);
        JsonObject unsigned = JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(LocalContexts.VC_V2))
                .add("id", url)
                .add("type", JSON.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", urls.did(institution))
                .add("validFrom", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("credentialSubject", JSON.createObjectBuilder()
                        .add("id", url + "#list")
                        .add("type", "BitstringStatusList")
                        .add("statusPurpose", "revocation")
                        .add("encodedList", encode(revoked.bits(), STATUS_LIST_BITS)))
                .build();
        KeyRing.SigningKey key = keys.current(institution);
        try {
            String json = DataIntegrity.BUNDLED.sign(unsigned, key.privateKey(), urls.did(institution) + "#" + key.fragment(), clock.instant()).toString();
            cache.put(institution, new Signed(stamp, json));
            return json;
        } catch (InvalidCredentialException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GZIP of the bitstring (index 0 is the most significant bit of the first byte), multibase base64url. */
    static String encode(BitSet bits, int size) {
        byte[] raw = new byte[size / 8];
        for (int i = bits.nextSetBit(0); i >= 0 && i < size; i = bits.nextSetBit(i + 1)) {
            raw[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Multibase.BASE_64_URL.encode(out.toByteArray());
    }
}
