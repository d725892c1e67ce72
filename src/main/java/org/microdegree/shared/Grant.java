package org.microdegree.shared;

import java.io.Serializable;

/** A role held at one institution: {@code designer at luh}. */
public record Grant(Role role, InstitutionId institution) implements Serializable {

    public static Grant of(Role role, String institution) {
        return new Grant(role, InstitutionId.of(institution));
    }

    @Override
    public String toString() {
        return role.code() + "@" + institution;
    }
}
