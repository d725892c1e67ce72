package org.microdegree.policy.model;

import org.microdegree.shared.Coded;

import java.util.Arrays;
import java.util.Optional;

/** An error stops submission and publication; a warning is shown and allowed. */
public enum Severity implements Coded {
    ERROR,
    WARNING;

    public static Optional<Severity> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
