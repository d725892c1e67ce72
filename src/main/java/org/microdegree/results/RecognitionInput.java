package org.microdegree.results;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.microdegree.results.model.RecognitionTarget;
import org.microdegree.shared.validation.Code;
import org.microdegree.shared.validation.Format;
import org.microdegree.shared.validation.Formatted;
import org.microdegree.shared.validation.StorableText;

/**
 * A request for recognition: of one of the learner's achievements ({@code achievement}), or of an
 * external micro-credential (the {@code external*} fields), for a target: a micro-credential, a
 * micro-degree or a study programme by catalogue id, or an admission requirement in words with the
 * institution that sets it.
 */
public record RecognitionInput(
        @Formatted(Format.LEARNER_ID) @Nullable String learner,
        @StorableText(max = 36) @Nullable String achievement,
        @StorableText(max = 200) @Nullable String externalInstitution,
        @StorableText(max = 300) @Nullable String externalTitle,
        @Formatted(Format.DECIMAL) @Nullable String externalCreditPoints,
        @StorableText(max = 10) @Nullable String externalGrade,
        @Code(value = RecognitionTarget.class, required = true) @Nullable String target,
        @NotBlank(message = "required") @StorableText(max = 200) @Nullable String targetRef,
        @StorableText(max = 40) @Nullable String targetInstitution,
        @Formatted(Format.DECIMAL) @Nullable String requestedCreditPoints) {}
