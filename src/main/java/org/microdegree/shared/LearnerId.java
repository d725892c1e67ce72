package org.microdegree.shared;

/**
 * The id of a learner's record: a time-ordered UUID given when the record is made (see {@link Ids}).
 * It names no person, so it may stand in logs, journals and certificates after erasure.
 */
public record LearnerId(String value) implements Comparable<LearnerId> {

    public LearnerId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a learner id");
        }
    }

    public static LearnerId of(String value) {
        return new LearnerId(value);
    }

    /** The id given in a request's field; a clear error naming the field if it cannot be one. */
    public static LearnerId parse(String field, String value) {
        if (!isValid(value)) {
            throw InvalidInputException.of(field, "'" + value + "' is not a learner id");
        }
        return new LearnerId(value);
    }

    /** A new id for a new record. */
    public static LearnerId next() {
        return new LearnerId(Ids.next());
    }

    /** Letters, digits, '.', '_', '-', at most 64, the first a letter or digit (checked by hand: a million are made per bulk audit). */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alnum && (i == 0 || c != '.' && c != '_' && c != '-')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(LearnerId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
