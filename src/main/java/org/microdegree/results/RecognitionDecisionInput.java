package org.microdegree.results;

import org.jspecify.annotations.Nullable;
import org.microdegree.results.model.RecognitionStatus;
import org.microdegree.shared.validation.Code;
import org.microdegree.shared.validation.Format;
import org.microdegree.shared.validation.Formatted;
import org.microdegree.shared.validation.StorableText;

/** A registrar's decision on a recognition case: recognised (in full or in part) or refused, and why. */
public record RecognitionDecisionInput(
        @Code(value = RecognitionStatus.class, required = true) @Nullable String decision,
        @Formatted(Format.DECIMAL) @Nullable String creditedCreditPoints,
        @StorableText(max = 2_000) @Nullable String justification) {}
