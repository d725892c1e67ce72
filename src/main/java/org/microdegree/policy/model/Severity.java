package org.microdegree.policy.model;

import java.util.Arrays;
import java.util.Optional;

/** An error stops submission and publication; a warning is shown and allowed. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Severity> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
