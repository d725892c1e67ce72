package org.microdegree.results;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.AssessmentType;
import org.microdegree.results.model.GradeScale;
import org.microdegree.shared.validation.Code;
import org.microdegree.shared.validation.Format;
import org.microdegree.shared.validation.Formatted;
import org.microdegree.shared.validation.StorableText;

/**
 * An assessment result as entered in the web form, sent to the API or written in a row of an exam
 * office's CSV file (docs/achievements-csv.md; a column is the field's name with underscores:
 * {@code credit_points}). The learner is named by id, or by the institution's student number.
 */
public record AchievementInput(
        @Nullable String learner,
        @StorableText(max = 40) @Nullable String studentNumber,
        @Formatted(Format.INSTITUTION_ID) @Nullable String institution,
        @NotBlank(message = "required") @Formatted(Format.ITEM_ID) @Nullable String item,
        @NotBlank(message = "required") @Formatted(Format.DATE) @Nullable String date,
        @Code(value = GradeScale.class, required = true) @Nullable String scale,
        @NotBlank(message = "required") @StorableText(max = 20) @Nullable String grade,
        @NotBlank(message = "required") @Formatted(Format.DECIMAL) @Nullable String creditPoints,
        @Code(value = AssessmentType.class, required = true) @Nullable String assessment,
        @Nullable Boolean supervised,
        @Nullable Boolean identityVerified,
        @StorableText(max = 100) @Formatted(Format.KEY) @Nullable String reference) {}
