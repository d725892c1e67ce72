package org.microdegree.admissions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.validation.Format;
import org.microdegree.shared.validation.Formatted;
import org.microdegree.shared.validation.StorableText;

/**
 * An application: what the applicant states. {@code learner} is given only by a registrar applying
 * on someone's behalf; a learner applies as themself. {@code languages} maps a two-letter language
 * code to a CEFR level (en: B2).
 */
public record ApplicationInput(
        @Formatted(Format.LEARNER_ID) @Nullable String learner,
        @StorableText(max = 40) @Formatted(Format.INSTITUTION_ID) @Nullable String homeInstitution,
        @Min(value = 1, message = EQF) @Max(value = 8, message = EQF) @Nullable Integer enrolledEqf,
        @Min(value = 1, message = EQF) @Max(value = 8, message = EQF) @Nullable Integer priorDegreeEqf,
        @Formatted(Format.DECIMAL) @Nullable String priorGrade,
        @Nullable Map<String, String> languages) {

    static final String EQF = "an EQF level 1 to 8";
}
