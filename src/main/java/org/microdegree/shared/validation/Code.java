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
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Coded;

/**
 * The text is one of the codes of a vocabulary ({@link Coded}), in any case; {@code required} makes
 * an empty one a violation that lists the codes, so a client learns them at once.
 */
@Documented
@Constraint(validatedBy = Code.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Code {

    Class<? extends Coded> value();

    boolean required() default false;

    String message() default "is not a known code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Code, String> {
        private @Nullable Class<? extends Coded> type;
        private boolean required;

        @Override
        public void initialize(Code annotation) {
            type = annotation.value();
            required = annotation.required();
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            Class codes = type;
            if (value == null || value.isBlank()) {
                return !required || Inputs.report(context, "required; one of " + Coded.codes(codes));
            }
            String v = value.strip();
            return Coded.fromCode(codes, v.toLowerCase(Locale.ROOT)).isPresent()
                    || Inputs.report(context, "'" + v + "' is not one of " + Coded.codes(codes));
        }
    }
}
