package org.microdegree.shared.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;

/**
 * Checks an input record with Bean Validation and names every problem by its field, in the order the
 * record declares its fields, so that a client sees them all at once and in a stable order.
 */
public final class Inputs {

    // one validator for the process: made once, thread-safe; no expression language in messages
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
    private static final Map<Class<?>, Map<String, Integer>> ORDERS = new ConcurrentHashMap<>();

    private Inputs() {
    }

    /** Every problem of the input, ordered by field; empty when there is none. */
    public static List<Violation> violations(Object input) {
        Set<ConstraintViolation<Object>> found = VALIDATOR.validate(input);
        if (found.isEmpty()) {
            return new ArrayList<>();
        }
        Map<String, Integer> order = order(input.getClass());
        List<ConstraintViolation<Object>> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.<ConstraintViolation<Object>>comparingInt(v -> order.getOrDefault(first(v.getPropertyPath()), order.size()))
                .thenComparing(v -> v.getPropertyPath().toString()).thenComparing(ConstraintViolation::getMessage));
        List<Violation> out = new ArrayList<>(sorted.size());
        for (ConstraintViolation<Object> v : sorted) {
            out.add(Violation.at(v.getPropertyPath().toString(), v.getMessage()));
        }
        return out;
    }

    /** Throws every problem of the input at once, or returns it when it has none. */
    public static <T> T checked(T input) {
        List<Violation> problems = violations(input);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }

    /**
     * For a constraint's check: true when there is no problem, else the problem as the violation's
     * message (escaped: a message template would read braces and dollars in the client's text).
     */
    static boolean report(ConstraintValidatorContext context, @Nullable String problem) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$"))
                .addConstraintViolation();
        return false;
    }

    private static String first(Path path) {
        for (Path.Node n : path) {
            return n.getName() == null ? "" : n.getName();
        }
        return "";
    }

    private static Map<String, Integer> order(Class<?> type) {
        return ORDERS.computeIfAbsent(type, t -> {
            Map<String, Integer> m = new HashMap<>();
            RecordComponent[] components = t.getRecordComponents();
            if (components != null) {
                for (int i = 0; i < components.length; i++) {
                    m.put(components[i].getName(), i);
                }
            }
            return m;
        });
    }
}
