package org.microdegree.learners;

import org.microdegree.shared.LearnerId;
import java.util.List;
import java.util.Map;

/**
 * A module that keeps records about learners (admissions: applications and enrolments; results:
 * achievements and recognition cases). The learner's page and API list them, her data export
 * contains them, and her erasure deletes their personal parts: the learner records know no keeper,
 * the keepers register themselves as beans (ordered with {@code @Order}).
 */
public interface LearnerRecordKeeper {

    /** Her records as the API shows them: section name (e.g. {@code applications}) to its entries. */
    Map<String, List<?>> records(LearnerId learnerId);

    /** The same for her data export (GDPR art. 15 and 20): plain strings, numbers, lists and maps. */
    Map<String, List<Map<String, Object>>> export(LearnerId learnerId);

    /** GDPR art. 17: deletes the personal parts; what examination law keeps stays. Runs in the erasure's transaction. */
    void erase(LearnerId learnerId);
}
