package org.microdegree.labour;

import java.util.Arrays;
import java.util.Optional;

/** What a figure counts: both are openings, so a programme's demand adds them up per occupation, never both for one. */
public enum Measure {
    /** Vacancies registered with a public employment service (e.g. the Bundesagentur für Arbeit). */
    VACANCIES("vacancies"),
    /** Online job advertisements (e.g. Cedefop's Skills-OVATE). */
    JOB_ADS("job-ads");

    private final String code;

    Measure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Measure> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
