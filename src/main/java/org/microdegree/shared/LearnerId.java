package org.microdegree.shared;

/**
 * The id of a learner's record: a time-ordered UUID given when the record is made (see {@link Ids}).
 * It names no person, so it may stand in logs, journals and certificates after erasure.
 */
public record LearnerId(String value) implements TextId<LearnerId> {

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

    public static boolean isValid(String value) {
        return Ids.isToken(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
