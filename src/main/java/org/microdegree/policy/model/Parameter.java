package org.microdegree.policy.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.CreditPoints;

/**
 * A parameter a check takes, with its type; {@link #read} turns a value from a profile file
 * (a number, a string or a list) into the typed value the check uses, or says why it cannot.
 */
public record Parameter(String name, Type type, boolean required, List<String> choices) {

    public enum Type {
        /** ECTS credit points, e.g. {@code 7.5}. */
        CREDITS,
        /** A whole number of at least 0. */
        COUNT,
        /** A positive decimal number, e.g. a factor. */
        NUMBER,
        /** A list of EQF levels 1 to 8. */
        LEVELS,
        /** One of {@link Parameter#choices()}. */
        CHOICE
    }

    public Parameter {
        choices = List.copyOf(choices);
    }

    public static Parameter required(String name, Type type) {
        return new Parameter(name, type, true, List.of());
    }

    public static Parameter optional(String name, Type type) {
        return new Parameter(name, type, false, List.of());
    }

    public static Parameter choice(String name, String... choices) {
        return new Parameter(name, Type.CHOICE, true, List.of(choices));
    }

    /** The typed value of {@code raw}; throws {@link IllegalArgumentException} with a reason a user understands. */
    public Object read(@Nullable Object raw) {
        if (raw == null) {
            throw new IllegalArgumentException("a value is required");
        }
        return switch (type) {
            case CREDITS -> CreditPoints.of(decimal(raw));
            case COUNT -> {
                BigDecimal d = decimal(raw);
                if (d.stripTrailingZeros().scale() > 0 || d.signum() < 0) {
                    throw new IllegalArgumentException("expected a whole number of at least 0, got " + raw);
                }
                yield d.intValueExact();
            }
            case NUMBER -> {
                BigDecimal d = decimal(raw);
                if (d.signum() <= 0) {
                    throw new IllegalArgumentException("expected a number above 0, got " + raw);
                }
                yield d;
            }
            case LEVELS -> {
                if (!(raw instanceof List<?> list) || list.isEmpty()) {
                    throw new IllegalArgumentException("expected a list of EQF levels such as [6, 7]");
                }
                List<Integer> levels = new ArrayList<>();
                for (Object o : list) {
                    BigDecimal d = decimal(o);
                    if (d.stripTrailingZeros().scale() > 0 || d.intValue() < 1 || d.intValue() > 8) {
                        throw new IllegalArgumentException("EQF levels run from 1 to 8, got " + o);
                    }
                    if (!levels.contains(d.intValue())) {
                        levels.add(d.intValue());
                    }
                }
                levels.sort(null);
                yield List.copyOf(levels);
            }
            case CHOICE -> {
                String s = raw.toString();
                if (!choices.contains(s)) {
                    throw new IllegalArgumentException("expected one of " + String.join(", ", choices) + ", got '" + s + "'");
                }
                yield s;
            }
        };
    }

    /** The value as it is written in a profile file. */
    public Object write(Object value) {
        return switch (value) {
            case CreditPoints cp -> cp.toBigDecimal();
            default -> value;
        };
    }

    private static BigDecimal decimal(Object raw) {
        try {
            return switch (raw) {
                case BigDecimal d -> d;
                case Integer i -> BigDecimal.valueOf(i);
                case Long l -> BigDecimal.valueOf(l);
                case Number n -> new BigDecimal(n.toString());
                case CreditPoints cp -> cp.toBigDecimal();
                default -> new BigDecimal(raw.toString().trim());
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number, got '" + raw + "'");
        }
    }
}
