package org.microdegree.shared;

/** The id of a learner's application to a round: a time-ordered UUID given when it is submitted (see {@link Ids}). */
public record ApplicationId(String value) implements TextId<ApplicationId> {

    public ApplicationId {
        if (!Ids.isToken(value)) {
            throw new IllegalArgumentException("'" + value + "' is not an application id");
        }
    }

    public static ApplicationId of(String value) {
        return new ApplicationId(value);
    }

    /** A new id for a new application. */
    public static ApplicationId next() {
        return new ApplicationId(Ids.next());
    }

    @Override
    public String toString() {
        return value;
    }
}
