package org.microdegree.audit;

import org.microdegree.shared.LearnerId;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.ItemId;

/**
 * A learner has met every requirement of this version of a micro-credential or programme.
 * Published once per learner and credential version, in the transaction that records it: the
 * certificates module awards on it. For a programme it carries what its certificate lists: the
 * micro-credentials completed and, beside a degree, which lie within it and which are additional.
 *
 * @param degree the study programme the learner was audited beside, if any
 */
public record RequirementsMet(LearnerId learnerId, ItemKind kind, ItemId credential, int version, LocalDate metOn,
        @Nullable String degree, List<String> completedMicroCredentials, List<String> withinDegree,
        List<String> additional) {

    public RequirementsMet {
        // events stored before these fields existed come back with nulls
        completedMicroCredentials = completedMicroCredentials == null ? List.of() : List.copyOf(completedMicroCredentials);
        withinDegree = withinDegree == null ? List.of() : List.copyOf(withinDegree);
        additional = additional == null ? List.of() : List.copyOf(additional);
    }

    /** A micro-credential, or a programme without the details. */
    public RequirementsMet(LearnerId learnerId, ItemKind kind, ItemId credential, int version, LocalDate metOn) {
        this(learnerId, kind, credential, version, metOn, null, List.of(), List.of(), List.of());
    }
}
