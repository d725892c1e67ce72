package org.microdegree.policy.model;

/** What one rule says about one item. */
public enum Outcome {
    PASS("pass"),
    /** The rule failed and is an error. */
    FAIL("fail"),
    /** The rule failed and is a warning. */
    WARNING("warning"),
    /** The rule does not concern this item (e.g. a quota rule for a programme without quotas). */
    NOT_APPLICABLE("not-applicable");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
