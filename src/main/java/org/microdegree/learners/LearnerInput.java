package org.microdegree.learners;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.learners.model.LearnerStatus;
import org.microdegree.shared.validation.Code;
import org.microdegree.shared.validation.Format;
import org.microdegree.shared.validation.Formatted;
import org.microdegree.shared.validation.StorableText;

/** A learner record as a registrar enters it (the API, the learner CSV's rows). */
public record LearnerInput(
        @NotBlank(message = "required") @StorableText(max = 200) @Nullable String name,
        @NotBlank(message = "required") @StorableText(max = 254) @Formatted(Format.EMAIL) @Nullable String email,
        @Formatted(Format.DATE) @Nullable String birthDate,
        @Code(value = LearnerStatus.class, required = true) @Nullable String status,
        @NotBlank(message = "required") @StorableText(max = 40) @Formatted(Format.INSTITUTION_ID) @Nullable String institution,
        @StorableText(max = 40) @Nullable String studentNumber,
        @Nullable List<String> consents) {}
