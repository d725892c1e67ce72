package org.microdegree.admissions.model;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.microdegree.shared.InstitutionId;

/** One condition an applicant must meet to be considered; each says why it is not met. */
public sealed interface EligibilityCriterion {

    /** Empty when met, else the reason in plain words. */
    Optional<String> unmet(ApplicantProfile profile);

    /** Enrolled in a Master's programme (EQF 7) at one of the institutions. */
    record EnrolledInMasterAt(Set<InstitutionId> institutions) implements EligibilityCriterion {
        public EnrolledInMasterAt {
            institutions = Set.copyOf(institutions);
        }

        @Override
        public Optional<String> unmet(ApplicantProfile p) {
            boolean ok = p.enrolledEqf() != null && p.enrolledEqf() == 7 && p.homeInstitution() != null
                    && institutions.contains(p.homeInstitution());
            return ok
                    ? Optional.empty()
                    : Optional.of("not enrolled in a Master's programme at "
                            + institutions.stream().map(InstitutionId::value).sorted().collect(Collectors.joining(", ")));
        }
    }

    /** A prior degree at this EQF level or higher. */
    record PriorDegreeAtLeast(int eqf) implements EligibilityCriterion {
        @Override
        public Optional<String> unmet(ApplicantProfile p) {
            return p.priorDegreeEqf() != null && p.priorDegreeEqf() >= eqf
                    ? Optional.empty()
                    : Optional.of("no prior degree at EQF " + eqf + " or higher");
        }
    }

    /** A command of a language at this CEFR level or higher. */
    record LanguageAtLeast(String language, Cefr level) implements EligibilityCriterion {
        @Override
        public Optional<String> unmet(ApplicantProfile p) {
            Cefr has = p.languages().get(language);
            return has != null && has.atLeast(level)
                    ? Optional.empty()
                    : Optional.of("language " + language + " below " + level);
        }
    }
}
