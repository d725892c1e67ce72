package org.microdegree.results;

import org.microdegree.shared.LearnerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * New or corrected evidence (results, granted recognitions) or a new enrolment for these learners, published in the
 * transaction that stored it. A large import is announced in chunks, so that each event stays small
 * in the event publication registry.
 */
public record EvidenceRecorded(List<LearnerId> learners) {

    /** Learner ids per event: 10,000 ids of 36 characters fit the registry's column with room to spare. */
    static final int CHUNK = 10_000;

    public EvidenceRecorded {
        learners = List.copyOf(learners);
    }

    public static List<EvidenceRecorded> of(Collection<LearnerId> learners) {
        List<LearnerId> all = new ArrayList<>(new TreeSet<>(learners));
        List<EvidenceRecorded> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(new EvidenceRecorded(all.subList(i, Math.min(all.size(), i + CHUNK))));
        }
        return out;
    }
}
