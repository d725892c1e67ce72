package org.microdegree.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A day as a reader writes it: "3 December 2026", "3. Dezember 2026". */
public final class Days {

    private Days() {
    }

    public static DateTimeFormatter formatter(Locale locale) {
        return DateTimeFormatter.ofPattern(locale.getLanguage().equals("de") ? "d. MMMM uuuu" : "d MMMM uuuu", locale);
    }

    public static String of(LocalDate day, Locale locale) {
        return formatter(locale).format(day);
    }
}
