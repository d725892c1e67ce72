package org.microdegree.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.microdegree.shared.LearnerId;

class SqlValuesTest {

    @Test
    void aJobsChunkOfLearnersIsAskedForInSlicesOfAThousandEachLearnerOnce() {
        List<LearnerId> cohort = new ArrayList<>(IntStream.range(0, 2_500).mapToObj(n -> LearnerId.of("learner-%05d".formatted(n))).toList());
        cohort.add(LearnerId.of("learner-00007"));

        List<String[]> slices = SqlValues.learnerSlices(cohort);

        assertThat(slices).extracting(s -> s.length).containsExactly(1_000, 1_000, 500);
        assertThat(slices.getFirst()[0]).isEqualTo("learner-00000");
        assertThat(slices.getLast()[499]).isEqualTo("learner-02499");
        assertThat(slices.stream().flatMap(java.util.Arrays::stream).distinct().count()).isEqualTo(2_500);
    }

    @Test
    void noLearnersMeansNoQuery() {
        assertThat(SqlValues.learnerSlices(List.of())).isEmpty();
        assertThat(SqlValues.anyOf(List.of(LearnerId.of("a"), LearnerId.of("b")))).containsExactly("a", "b");
    }
}
