package org.microdegree.credentials.internal.proof;

import java.security.KeyPair;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH, one thread: signing and verifying the 64-byte hash data of a proof with the JDK's Ed25519 and
 * with Bouncy Castle's (ADRs 0010 and 0013), in the same run so that the ratio compares like with like.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class Ed25519Jmh {

    private final KeyPair key = Ed25519.generate();
    private final byte[] hashData = new byte[64];
    private final byte[] signature = Ed25519.sign(key.getPrivate(), hashData);

    @Benchmark
    public boolean verifyWithTheJdk() {
        return Ed25519.verifyWithJdk(key.getPublic(), hashData, signature);
    }

    @Benchmark
    public byte[] signWithTheJdk() {
        return Ed25519.signWithJdk(key.getPrivate(), hashData);
    }

    @Benchmark
    public byte[] signWithBouncyCastle() {
        return Ed25519.sign(key.getPrivate(), hashData);
    }

    @Benchmark
    public boolean verifyWithBouncyCastle() {
        return Ed25519.verify(key.getPublic(), hashData, signature);
    }
}
