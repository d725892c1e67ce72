package org.microdegree.bench;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.microdegree.skills.SkillSuggestions;
import org.microdegree.skills.Skills;
import org.microdegree.skills.internal.ShippedEscoSkillsAccess;
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
 * JMH: skill suggestions for one learning outcome of the labelled set (each invocation the next of
 * the 66), and for a micro-credential's five outcomes at once. Run as docs/benchmarks.md says; not a test.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SkillSuggestionJmh {

    private final Skills skills = ShippedEscoSkillsAccess.create();
    private List<String> outcomes;
    private int next;

    @Setup
    public void prepare() throws IOException {
        outcomes = LabelledOutcomes.outcomes();
        skills.suggest(List.of(outcomes.getFirst()), "en", Set.of(), 10); // the index built before timing
    }

    @Benchmark
    public SkillSuggestions oneOutcome() {
        return skills.suggest(List.of(outcomes.get(next++ % outcomes.size())), "en", Set.of(), 10);
    }

    @Benchmark
    public SkillSuggestions fiveOutcomesOfAMicroCredential() {
        int from = (next++ * 5) % (outcomes.size() - 5);
        return skills.suggest(outcomes.subList(from, from + 5), "en", Set.of(), 10);
    }
}
