package org.microdegree.catalog.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.CreditPoints;

/**
 * The size of a unit as its provider states it: a number or a range ("1-9", variable credit) in a
 * credit system ("15 UK credits"). ECTS credit points follow from it by the system's conversion;
 * a range has none (the learner's result says how many she earned).
 *
 * @param to the upper end of a range, or null for a single figure
 */
public record StatedCredits(BigDecimal from, @Nullable BigDecimal to, CreditSystem system) {

    private static final Pattern STATEMENT = Pattern.compile(
            "\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:(?:-|–|to|bis)\\s*(\\d+(?:[.,]\\d+)?))?\\s*(.*?)\\s*");

    public StatedCredits {
        if (from.signum() <= 0) {
            throw new IllegalArgumentException("credits are more than 0");
        }
        if (to != null && to.compareTo(from) <= 0) {
            throw new IllegalArgumentException("a range of credits runs from the smaller figure to the larger");
        }
    }

    /**
     * Reads a statement such as {@code 6}, {@code 6 ECTS}, {@code 15 UK credits}, {@code 4 US credit
     * hours} or {@code 1-9 ECTS}; a figure without a system is ECTS.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static StatedCredits parse(String text) {
        Matcher m = STATEMENT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a number of credits, such as 6, '15 UK credits' or '1-9 ECTS'");
        }
        CreditSystem system = m.group(3).isEmpty()
                ? CreditSystem.ECTS
                : CreditSystem.named(m.group(3)).orElseThrow(() -> new IllegalArgumentException(
                        "'" + m.group(3) + "' is not a credit system this catalogue converts; known: " + CreditSystem.knownNames()));
        return new StatedCredits(number(m.group(1)), m.group(2) == null ? null : number(m.group(2)), system);
    }

    private static BigDecimal number(String figure) {
        return new BigDecimal(figure.replace(',', '.'));
    }

    /** The ECTS credit points, to one decimal; none for a range. */
    public @Nullable CreditPoints ects() {
        if (to != null) {
            return null;
        }
        return CreditPoints.of(from.multiply(system.toEcts()).setScale(1, RoundingMode.HALF_UP));
    }

    public boolean isRange() {
        return to != null;
    }

    /** Whether it says no more than a plain number of ECTS credit points would. */
    public boolean isPlainEcts() {
        return system == CreditSystem.ECTS && to == null;
    }

    /** The statement as written back: "15 UK credits", "1-9 ECTS". */
    @Override
    public String toString() {
        return from.stripTrailingZeros().toPlainString() + (to == null ? "" : "-" + to.stripTrailingZeros().toPlainString()) + " " + system.label();
    }
}
