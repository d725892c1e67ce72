package org.microdegree.shared.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.TextRules;

/** The text can be stored: at most {@code max} characters, no control characters ({@link TextRules}). */
@Documented
@Constraint(validatedBy = StorableText.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface StorableText {

    int max();

    String message() default "cannot be stored";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<StorableText, String> {
        private int max;

        @Override
        public void initialize(StorableText annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || Inputs.report(context, TextRules.problem(value.strip(), max));
        }
    }
}
