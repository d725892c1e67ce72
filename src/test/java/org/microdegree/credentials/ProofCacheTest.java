package org.microdegree.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.proof.DataIntegrity;
import org.microdegree.credentials.internal.proof.Ed25519;
import org.microdegree.credentials.internal.render.OpenBadge;
import org.microdegree.shared.PublicUrl;

/**
 * The proof verdict is remembered per credential as sent and per issuer key: the same bytes again
 * are answered from memory, while a changed character or another key is checked afresh.
 */
class ProofCacheTest {

    private final Urls urls = new Urls(new PublicUrl("https://credentials.uni-hannover.de", true));
    private final KeyPair luhKey = Ed25519.generate();
    private final String method = urls.did("luh") + "#key-1";
    private final Verification.ProofCache cache = new Verification.ProofCache(100);

    @Test
    void theSameCertificateSentAgainIsAnsweredFromMemory() throws Exception {
        String sent = leasProgrammeCertificate().toString();
        byte[] bytes = sent.getBytes(StandardCharsets.UTF_8);
        Function<String, Optional<PublicKey>> keys = m -> Optional.of(luhKey.getPublic());
        assertThat(cache.verdict(Verification.parse(sent), bytes, keys).valid()).isTrue();
        // Shown by handing the same bytes with a forged document: only a verdict from memory can be valid.
        // Verification always parses the document from exactly these bytes.
        JsonObject forged = Verification.parse(sent.replace("Lea Schütz", "Lea Schutz"));
        assertThat(cache.verdict(forged, bytes, keys).valid()).isTrue();
        assertThat(new Verification.ProofCache(100).verdict(forged, bytes, keys).valid()).isFalse();
    }

    @Test
    void oneChangedCharacterIsCheckedAfreshAndRefused() throws Exception {
        String sent = leasProgrammeCertificate().toString();
        assertThat(verdict(sent, m -> Optional.of(luhKey.getPublic())).valid()).isTrue();
        String forged = sent.replace("Lea Schütz", "Lea Schutz");
        assertThat(forged).isNotEqualTo(sent);
        assertThat(verdict(forged, m -> Optional.of(luhKey.getPublic())).valid()).isFalse();
    }

    @Test
    void aVerdictUnderOneKeyIsNotReusedUnderAnother() throws Exception {
        String sent = leasProgrammeCertificate().toString();
        assertThat(verdict(sent, m -> Optional.of(luhKey.getPublic())).valid()).isTrue();
        PublicKey otherKey = Ed25519.generate().getPublic();
        assertThat(verdict(sent, m -> Optional.of(otherKey)).valid()).isFalse();
        assertThat(verdict(sent, m -> Optional.empty()).valid()).isFalse();
    }

    private DataIntegrity.Verdict verdict(String sent, Function<String, Optional<PublicKey>> keys) {
        return cache.verdict(Verification.parse(sent), sent.getBytes(StandardCharsets.UTF_8), keys);
    }

    private JsonObject leasProgrammeCertificate() throws Exception {
        return DataIntegrity.BUNDLED.sign(OpenBadge.credential(CertificateFixtures.aiProgrammeMd(), 4711, urls), luhKey.getPrivate(), method,
                Instant.parse("2026-11-30T10:00:00Z"));
    }
}
