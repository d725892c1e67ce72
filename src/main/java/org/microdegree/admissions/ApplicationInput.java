package org.microdegree.admissions;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An application: what the applicant states. {@code learner} is given only by a registrar applying
 * on someone's behalf; a learner applies as themself.
 */
public record ApplicationInput(@Nullable String learner, @Nullable String homeInstitution, @Nullable Integer enrolledEqf,
        @Nullable Integer priorDegreeEqf, @Nullable String priorGrade, @Nullable Map<String, String> languages) {}
