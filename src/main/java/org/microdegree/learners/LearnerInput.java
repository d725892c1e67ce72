package org.microdegree.learners;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A learner record as a registrar enters it. */
public record LearnerInput(@Nullable String name, @Nullable String email, @Nullable String birthDate, @Nullable String status,
        @Nullable String institution, @Nullable String studentNumber, @Nullable List<String> consents) {}
