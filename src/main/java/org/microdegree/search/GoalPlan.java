package org.microdegree.search;

import java.util.List;
import org.microdegree.skills.EscoConcept;

/**
 * The way to an occupation: its essential skills the learner has (from her certificates; none for a
 * visitor) and lacks, and the published items that teach what she lacks, most essential skills added first.
 */
public record GoalPlan(EscoConcept occupation, List<String> essential, List<String> have, List<String> missing, List<GoalStep> steps) {

    /** The share of the essential skills she has, 0 to 100. */
    public int percent() {
        return essential.isEmpty() ? 0 : have.size() * 100 / essential.size();
    }
}
