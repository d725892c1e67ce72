package org.microdegree.policy.model;

/** What a rule is about. */
public enum Subject {
    MICRO_CREDENTIAL("micro-credential"),
    MICRO_DEGREE("micro-degree");

    private final String code;

    Subject(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
