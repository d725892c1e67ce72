package org.microdegree.shared;

/** A level of the European Qualifications Framework, 1 to 8 (Bachelor 6, Master 7, Doctorate 8). */
public record EqfLevel(int level) implements Comparable<EqfLevel> {

    public EqfLevel {
        if (level < 1 || level > 8) {
            throw new IllegalArgumentException("EQF levels run from 1 to 8, got " + level);
        }
    }

    public static EqfLevel of(int level) {
        return new EqfLevel(level);
    }

    /** The Europass URI of the level, as used in ELM credentials. */
    public String uri() {
        return "http://data.europa.eu/snb/eqf/" + level;
    }

    @Override
    public int compareTo(EqfLevel o) {
        return Integer.compare(level, o.level);
    }

    @Override
    public String toString() {
        return Integer.toString(level);
    }
}
