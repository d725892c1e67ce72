package org.microdegree.credentials;

import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.proof.DataIntegrity;
import org.microdegree.credentials.internal.proof.Ed25519;
import org.microdegree.credentials.internal.render.OpenBadge;
import org.microdegree.credentials.internal.render.Pdf;
import org.microdegree.credentials.model.CertificateContent;
import org.microdegree.shared.PublicUrl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH, on both cores: signing a programme certificate as an Open Badges VC (render, RDFC-1.0 of
 * document and proof options, Ed25519), checking such a proof, and rendering the PDF (with QR code
 * and the VC attached). Run as docs/benchmarks.md says; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 6, time = 3)
@Fork(1)
@Threads(2)
public class CertificateJmh {

    private final Urls urls = new Urls(new PublicUrl("https://credentials.uni-hannover.de", true));
    private final CertificateContent md = CertificateFixtures.aiProgrammeMd();
    private final KeyPair key = Ed25519.generate();
    private final Function<String, String> labels = k -> k;
    private String signed;
    private JsonObject signedJson;

    @Setup
    public void prepare() throws Exception {
        signedJson = sign();
        signed = signedJson.toString();
    }

    private JsonObject sign() throws Exception {
        return DataIntegrity.BUNDLED.sign(OpenBadge.credential(md, 4711, urls), key.getPrivate(),
                urls.did("luh") + "#key-1", Instant.parse("2026-11-30T10:00:00Z"));
    }

    @Benchmark
    public JsonObject signAnOpenBadgeCredential() throws Exception {
        return sign();
    }

    @Benchmark
    public boolean checkAProof() {
        return DataIntegrity.BUNDLED.verify(signedJson, m -> Optional.of(key.getPublic())).valid();
    }

    @Benchmark
    public byte[] renderThePdf() {
        return Pdf.render(md, "de", labels, urls.verifyPage(md.id()), signed);
    }
}
