package org.microdegree.skills;

import java.util.List;

/**
 * How far a set of skills (a micro-credential's, a programme's) covers an ESCO occupation: the
 * occupation's essential skills it has and lacks, and the optional ones it has.
 */
public record OccupationFit(EscoConcept occupation, List<String> matchedEssential, List<String> missingEssential, List<String> matchedOptional) {

    public OccupationFit {
        matchedEssential = List.copyOf(matchedEssential);
        missingEssential = List.copyOf(missingEssential);
        matchedOptional = List.copyOf(matchedOptional);
    }

    public int essentialTotal() {
        return matchedEssential.size() + missingEssential.size();
    }

    /** The share of the essential skills covered, 0 to 100 (rounded down). */
    public int percent() {
        return essentialTotal() == 0 ? 0 : matchedEssential.size() * 100 / essentialTotal();
    }
}
