package org.microdegree.admissions.model;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.InstitutionId;

/**
 * What an applicant states about themself in an application: where they study now and at which
 * EQF level, their prior degree's level and grade (German scale), and their language levels.
 *
 * @param homeInstitution the institution the applicant comes from, which per-institution quotas count
 */
public record ApplicantProfile(@Nullable InstitutionId homeInstitution, @Nullable Integer enrolledEqf,
        @Nullable Integer priorDegreeEqf, @Nullable BigDecimal priorGrade, Map<String, Cefr> languages) {

    public ApplicantProfile {
        languages = Map.copyOf(languages);
    }
}
