package org.microdegree.learners.rules;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.Role;

/**
 * Who sees and changes learners' records: the learner themself (by their account), and the
 * registrars of the institutions the learner studies, applies, enrols or is assessed at. Nobody
 * else, not even other staff of those institutions.
 */
public final class LearnerAccess {

    private LearnerAccess() {
    }

    public static boolean self(Actor actor, @Nullable String learnerAccount) {
        return actor.account() != null && actor.account().equals(learnerAccount);
    }

    public static boolean registrarOfAny(Actor actor, Set<InstitutionId> affiliations) {
        return actor.operator() || affiliations.stream().anyMatch(i -> actor.has(Role.REGISTRAR, i));
    }

    public static boolean canRead(Actor actor, @Nullable String learnerAccount, Set<InstitutionId> affiliations) {
        return self(actor, learnerAccount) || registrarOfAny(actor, affiliations);
    }

    /** Results, rounds and recognition decisions of an institution are its registrars' to record. */
    public static boolean registrarAt(Actor actor, InstitutionId institution) {
        return actor.has(Role.REGISTRAR, institution);
    }
}
