package org.microdegree.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do at an institution. Staff roles are granted per institution; a learner
 * sees only their own records.
 */
public enum Role {
    /** Runs the institution's part of the installation: accounts, profiles, and every staff task. */
    ADMIN,
    /** Designs modules, micro-credentials and programmes, and submits them for review. */
    DESIGNER,
    /** Quality assurance: reviews, approves or rejects, publishes and retires. */
    QUALITY,
    /** Runs admissions, records achievements, awards certificates. */
    REGISTRAR,
    /** Takes part in micro-credentials; sees only their own records. */
    LEARNER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean staff() {
        return this != LEARNER;
    }

    public static Optional<Role> fromCode(String code) {
        for (Role r : values()) {
            if (r.code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Role::code).toList());
    }
}
