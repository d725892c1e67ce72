package org.microdegree.design;

import java.util.UUID;
import org.microdegree.shared.InvalidInputException;

/** The id of a joint-Master proposal: a random UUID, so that ids reveal nothing about other proposals. */
public record ProposalId(String value) {

    public ProposalId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a proposal id");
        }
    }

    public static ProposalId random() {
        return new ProposalId(UUID.randomUUID().toString());
    }

    /** The id given in a request; a clear error naming the field if it cannot be one. */
    public static ProposalId parse(String field, String value) {
        if (!isValid(value)) {
            throw InvalidInputException.of(field, "'" + value + "' is not a proposal id");
        }
        return new ProposalId(value);
    }

    public static boolean isValid(String value) {
        return value != null && value.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Override
    public String toString() {
        return value;
    }
}
