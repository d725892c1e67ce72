package org.microdegree.analytics;

import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * A German university term: the summer term (April to September, {@code 2026-SS}) or the winter term
 * (October to March, {@code 2026-WS} for 2026/27). Codes sort in time order.
 */
public record Term(int year, boolean winter) implements Comparable<Term> {

    public static Term of(int year, int month) {
        if (month >= 4 && month <= 9) {
            return new Term(year, false);
        }
        return new Term(month >= 10 ? year : year - 1, true);
    }

    public static Term of(LocalDate date) {
        return of(date.getYear(), date.getMonthValue());
    }

    /** The term a code names, or null when it names none (e.g. {@code 2026-SS}, {@code 2026-WS}). */
    public static @Nullable Term parse(@Nullable String code) {
        if (code == null || !code.matches("\\d{4}-(SS|WS)")) {
            return null;
        }
        return new Term(Integer.parseInt(code.substring(0, 4)), code.endsWith("WS"));
    }

    public String code() {
        return year + (winter ? "-WS" : "-SS");
    }

    /** How people write it: "SS 2026", "WS 2026/27". */
    public String label() {
        return winter ? "WS " + year + "/" + String.format("%02d", (year + 1) % 100) : "SS " + year;
    }

    @Override
    public int compareTo(Term o) {
        return Comparator.comparingInt(Term::year).thenComparing(Term::winter).compare(this, o);
    }

    @Override
    public String toString() {
        return code();
    }
}
