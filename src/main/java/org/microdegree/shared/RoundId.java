package org.microdegree.shared;

/**
 * The id of an application round, scoped by the institution that runs it: {@code luh:ai-2025-ws}.
 * The part before the colon is that institution's id; the form is an item id's.
 */
public record RoundId(String value) implements TextId<RoundId> {

    public RoundId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a round id of the form institution:name");
        }
    }

    public static RoundId of(String value) {
        return new RoundId(value);
    }

    /** The id given in a request's field; a clear error naming the field if it cannot be one. */
    public static RoundId parse(String field, String value) {
        if (!isValid(value)) {
            throw InvalidInputException.of(field, "'" + value + "' is not an id of the form institution:name");
        }
        return new RoundId(value);
    }

    public static boolean isValid(String value) {
        return ItemId.isValid(value);
    }

    public InstitutionId institution() {
        return InstitutionId.of(value.substring(0, value.indexOf(':')));
    }

    @Override
    public String toString() {
        return value;
    }
}
