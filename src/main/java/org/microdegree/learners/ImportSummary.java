package org.microdegree.learners;

import org.microdegree.shared.LearnerId;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Set;

/**
 * What an import did: rows new, rows changed (a corrected result), rows already there as they are.
 *
 * @param learners for results: the learners whose results were new or changed (a bulk job audits them)
 */
public record ImportSummary(int rows, int inserted, int updated, int unchanged,
        @JsonIgnore Set<LearnerId> learners) {

    public ImportSummary {
        learners = Set.copyOf(learners);
    }

    public ImportSummary(int rows, int inserted, int updated, int unchanged) {
        this(rows, inserted, updated, unchanged, Set.of());
    }
}
