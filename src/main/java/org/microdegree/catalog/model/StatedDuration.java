package org.microdegree.catalog.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long an item takes, as the provider states it ({@code 6 weeks}, {@code 12 Wochen}, {@code 1 semester},
 * {@code 40 hours}) or as an ISO 8601 duration ({@code P6W}); written back as stated, and as ISO 8601 for
 * the Europass learning opportunity.
 */
public record StatedDuration(int amount, Unit unit) {

    /** The units providers use; a semester is six months in ISO 8601 (its length differs by country). */
    public enum Unit {
        HOURS("hour", "PT%dH", "hours", "hour", "h", "stunden", "stunde"),
        DAYS("day", "P%dD", "days", "day", "tage", "tag"),
        WEEKS("week", "P%dW", "weeks", "week", "wochen", "woche"),
        MONTHS("month", "P%dM", "months", "month", "monate", "monat"),
        SEMESTERS("semester", "P%dM", "semesters", "semester"),
        YEARS("year", "P%dY", "years", "year", "jahre", "jahr");

        private final String singular;
        private final String iso;
        private final String[] words;

        Unit(String singular, String iso, String... words) {
            this.singular = singular;
            this.iso = iso;
            this.words = words;
        }
    }

    private static final Pattern WORDS = Pattern.compile("(\\d{1,4})\\s*([\\p{L}]+)");
    private static final Pattern ISO = Pattern.compile("P(?:(\\d{1,4})([DWMY])|T(\\d{1,4})H)");

    public StatedDuration {
        if (amount < 1) {
            throw new IllegalArgumentException("a duration is at least 1 " + unit.singular);
        }
    }

    public static StatedDuration parse(String text) {
        String t = text.strip();
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            if (iso.group(3) != null) {
                return new StatedDuration(Integer.parseInt(iso.group(3)), Unit.HOURS);
            }
            Unit unit = switch (iso.group(2)) {
                case "D" -> Unit.DAYS;
                case "W" -> Unit.WEEKS;
                case "M" -> Unit.MONTHS;
                default -> Unit.YEARS;
            };
            return new StatedDuration(Integer.parseInt(iso.group(1)), unit);
        }
        Matcher m = WORDS.matcher(t);
        if (m.matches()) {
            String word = m.group(2).toLowerCase(Locale.ROOT);
            for (Unit unit : Unit.values()) {
                for (String w : unit.words) {
                    if (w.equals(word)) {
                        return new StatedDuration(Integer.parseInt(m.group(1)), unit);
                    }
                }
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a duration: write a number and hours, days, weeks, months, semesters"
                + " or years (6 weeks, 12 Wochen), or ISO 8601 (P6W)");
    }

    /** ISO 8601, e.g. {@code P6W}; a semester counts six months. */
    public String iso() {
        return String.format(Locale.ROOT, unit.iso, unit == Unit.SEMESTERS ? amount * 6 : amount);
    }

    @Override
    public String toString() {
        return amount + " " + unit.singular + (amount == 1 ? "" : "s");
    }
}
