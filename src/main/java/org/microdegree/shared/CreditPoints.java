package org.microdegree.shared;

import java.math.BigDecimal;

/**
 * ECTS credit points, exact to one decimal (2.5 CP is common, 2.55 is not).
 * Stored as tenths so that sums are exact and comparisons cheap.
 */
public record CreditPoints(int tenths) implements Comparable<CreditPoints> {

    public static final CreditPoints ZERO = new CreditPoints(0);

    public CreditPoints {
        if (tenths < 0) {
            throw new IllegalArgumentException("credit points cannot be negative");
        }
    }

    public static CreditPoints of(int points) {
        return new CreditPoints(Math.multiplyExact(points, 10));
    }

    /** More than any study programme has (a doctorate after a Bachelor's and a Master's is far below). */
    private static final BigDecimal MAX = BigDecimal.valueOf(100_000);

    /** Accepts at most one decimal place; rejects 2.55 instead of silently rounding it. */
    public static CreditPoints of(BigDecimal points) {
        if (points.signum() < 0) {
            throw new IllegalArgumentException("credit points cannot be negative");
        }
        BigDecimal scaled = points.movePointRight(1);
        if (scaled.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("credit points have at most one decimal place, got " + points.toPlainString());
        }
        if (points.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("credit points are at most " + MAX.toPlainString() + ", got " + points.toPlainString());
        }
        return new CreditPoints(scaled.intValueExact());
    }

    public static CreditPoints parse(String text) {
        try {
            return of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of credit points: '" + text + "'");
        }
    }

    public CreditPoints plus(CreditPoints other) {
        return new CreditPoints(Math.addExact(tenths, other.tenths));
    }

    public boolean isZero() {
        return tenths == 0;
    }

    public BigDecimal toBigDecimal() {
        return tenths % 10 == 0 ? BigDecimal.valueOf(tenths / 10) : BigDecimal.valueOf(tenths, 1);
    }

    @Override
    public int compareTo(CreditPoints o) {
        return Integer.compare(tenths, o.tenths);
    }

    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
