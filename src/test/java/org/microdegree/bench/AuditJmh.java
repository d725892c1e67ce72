package org.microdegree.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.microdegree.audit.engine.AuditEngine;
import org.microdegree.audit.engine.AuditPolicy;
import org.microdegree.audit.engine.AuditResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: one audit of a typical learner (30 results, a programme of 15 to 25 nodes). Each invocation
 * takes the next of the prepared cases, so the figure is the mean over all of them, met or not.
 * Run as docs/benchmarks.md says; not a test.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class AuditJmh {

    private List<AuditBench.Case> cases;
    private AuditBench.Typical typical;
    private final AuditPolicy policy = AuditPolicy.on(LocalDate.of(2026, 1, 1));
    private int next;

    @Setup
    public void prepare() {
        typical = AuditBench.typical();
        cases = typical.cases();
    }

    @Benchmark
    public AuditResult auditOfATypicalLearner() {
        AuditBench.Case c = cases.get(next++ % cases.size());
        return AuditEngine.audit(c.md().id(), c.md().requirements(), c.md().creditPoints().tenths(), c.evidence(), typical.units(), policy);
    }
}
