package org.microdegree.results;

import org.jspecify.annotations.Nullable;

/**
 * A request for recognition: of one of the learner's achievements ({@code achievement}), or of an
 * external micro-credential (the {@code external*} fields), for a target: a micro-credential, a
 * micro-degree or a study programme by catalogue id, or an admission requirement in words with the
 * institution that sets it.
 */
public record RecognitionInput(@Nullable String learner, @Nullable String achievement, @Nullable String externalInstitution,
        @Nullable String externalTitle, @Nullable String externalCreditPoints, @Nullable String externalGrade,
        @Nullable String target, @Nullable String targetRef, @Nullable String targetInstitution,
        @Nullable String requestedCreditPoints) {}
