package org.microdegree.shared.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.LearnerId;

/**
 * The text formats our inputs use, each with the reason a text does not have it. {@link Formatted}
 * checks them; the readers here turn a checked text into its value.
 */
public enum Format {

    ITEM_ID {
        @Override
        @Nullable
        String problem(String text) {
            return ItemId.isValid(text) ? null : "'" + text + "' is not an id of the form institution:name (lower-case letters, digits, '-', '.', '_')";
        }
    },
    INSTITUTION_ID {
        @Override
        @Nullable
        String problem(String text) {
            return InstitutionId.isValid(text) ? null : "'" + text + "' is not an institution id";
        }
    },
    LEARNER_ID {
        @Override
        @Nullable
        String problem(String text) {
            return LearnerId.isValid(text) ? null : "'" + text + "' is not a learner id";
        }
    },
    /** ISO dates (2025-07-14) and German ones (14.07.2025). */
    DATE {
        @Override
        @Nullable
        String problem(String text) {
            return parseDate(text) == null ? "'" + text + "' is not a date such as 2025-07-14 or 14.07.2025" : null;
        }
    },
    /** A number such as 2,5 or 2.5; no store column takes one of 10,000 or more, or with more than three decimals. */
    DECIMAL {
        @Override
        @Nullable
        String problem(String text) {
            BigDecimal d = parseDecimal(text);
            if (d == null) {
                return "'" + text + "' is not a number";
            }
            return d.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0 || d.stripTrailingZeros().scale() > 3
                    ? "'" + text + "' is not a number below 10,000 with at most three decimals"
                    : null;
        }
    },
    EMAIL {
        @Override
        @Nullable
        String problem(String text) {
            return EMAIL_ADDRESS.matcher(text).matches() ? null : "'" + text + "' is not an e-mail address";
        }
    },
    /** A key an institution gives a record of its own, e.g. an exam office's result reference. */
    KEY {
        @Override
        @Nullable
        String problem(String text) {
            return KEY_TEXT.matcher(text).matches() ? null : "'" + text + "' is not a key of letters, digits and . _ / -";
        }
    },
    /** Yes or no, in English or German, or as 1/0 or x. */
    YES_NO {
        @Override
        @Nullable
        String problem(String text) {
            return yesNo(text) == null ? "'" + text + "' is not yes or no" : null;
        }
    };

    // strict: 31.02.2025 is no date (the default would read it as 28 February)
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern KEY_TEXT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    /** Why the (stripped, non-empty) text does not have this format, or null when it has. */
    abstract @Nullable String problem(String text);

    public static @Nullable LocalDate parseDate(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            return s.contains(".") ? LocalDate.parse(s, GERMAN_DATE) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static @Nullable BigDecimal parseDecimal(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static @Nullable Boolean yesNo(@Nullable String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "true", "yes", "y", "1", "ja", "x" -> true;
            case "false", "no", "n", "0", "nein" -> false;
            default -> null;
        };
    }

    /** The text, stripped, or null when it is empty: what the readers of a checked input start from. */
    public static @Nullable String present(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A code as sent, stripped and in lower case, for {@link org.microdegree.shared.Coded#fromCode}; empty when none. */
    public static String lowerCase(@Nullable String code) {
        return code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    }
}
