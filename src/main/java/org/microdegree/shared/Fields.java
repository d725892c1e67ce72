package org.microdegree.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one input (an API body, a form, a CSV row), collecting every problem with
 * the field's name so that the caller reports them all at once.
 */
public final class Fields {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");
    private final Function<String, @Nullable String> values;
    private final List<Violation> problems = new ArrayList<>();
    private final String prefix;

    public Fields(String prefix, Function<String, @Nullable String> values) {
        this.prefix = prefix;
        this.values = values;
    }

    public String raw(String field) {
        String v = values.apply(field);
        return v == null ? "" : v.strip();
    }

    public void fail(String field, String reason) {
        problems.add(Violation.at(prefix + field, reason));
    }

    public List<Violation> problems() {
        return problems;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public @Nullable String text(String field, boolean required, int maxLength) {
        String v = raw(field);
        if (v.isEmpty()) {
            if (required) {
                fail(field, "required");
            }
            return null;
        }
        String problem = TextRules.problem(v, maxLength);
        if (problem != null) {
            fail(field, problem);
            return null;
        }
        return v;
    }

    public <T> @Nullable T parse(String field, boolean required, Function<String, T> parser) {
        String v = raw(field);
        if (v.isEmpty()) {
            if (required) {
                fail(field, "required");
            }
            return null;
        }
        try {
            return parser.apply(v);
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            fail(field, e instanceof NumberFormatException ? "'" + v + "' is not a number" : e.getMessage());
            return null;
        }
    }

    public <E extends Enum<E> & Coded> @Nullable E coded(String field, boolean required, Class<E> type) {
        String v = raw(field);
        if (v.isEmpty()) {
            if (required) {
                fail(field, "required; one of " + Coded.codes(type));
            }
            return null;
        }
        return Coded.fromCode(type, v.toLowerCase(Locale.ROOT)).orElseGet(() -> {
            fail(field, "'" + v + "' is not one of " + Coded.codes(type));
            return null;
        });
    }

    /** A number such as 2,5 or 2.5; no store column takes one of 10,000 or more, or with more than three decimals. */
    public @Nullable BigDecimal decimal(String field, boolean required) {
        return parse(field, required, s -> {
            BigDecimal d = new BigDecimal(s.replace(',', '.'));
            if (d.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0 || d.stripTrailingZeros().scale() > 3) {
                throw new IllegalArgumentException("'" + s + "' is not a number below 10,000 with at most three decimals");
            }
            return d;
        });
    }

    public @Nullable Integer integer(String field, boolean required) {
        return parse(field, required, Integer::parseInt);
    }

    /** ISO dates (2025-07-14) and German ones (14.07.2025). */
    public @Nullable LocalDate date(String field, boolean required) {
        return parse(field, required, s -> {
            try {
                return s.contains(".") ? LocalDate.parse(s, GERMAN_DATE) : LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + s + "' is not a date such as 2025-07-14 or 14.07.2025");
            }
        });
    }

    public boolean bool(String field, boolean fallback) {
        String v = raw(field).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "" -> fallback;
            case "true", "yes", "y", "1", "ja", "x" -> true;
            case "false", "no", "n", "0", "nein" -> false;
            default -> {
                fail(field, "'" + raw(field) + "' is not yes or no");
                yield fallback;
            }
        };
    }
}
