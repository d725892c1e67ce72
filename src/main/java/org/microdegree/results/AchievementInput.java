package org.microdegree.results;

import org.jspecify.annotations.Nullable;

/**
 * An assessment result as entered in the web form or sent to the API; the same fields as the CSV
 * columns of docs/achievements-csv.md. The learner is named by id, or by the institution's student
 * number.
 */
public record AchievementInput(@Nullable String learner, @Nullable String studentNumber, @Nullable String institution,
        @Nullable String item, @Nullable String date, @Nullable String scale, @Nullable String grade,
        @Nullable String creditPoints, @Nullable String assessment, @Nullable Boolean supervised,
        @Nullable Boolean identityVerified, @Nullable String reference) {}
