package org.microdegree.policy.model;

import org.microdegree.shared.Coded;

/** What one rule says about one item. */
public enum Outcome implements Coded {
    PASS,
    /** The rule failed and is an error. */
    FAIL,
    /** The rule failed and is a warning. */
    WARNING,
    /** The rule does not concern this item (e.g. a quota rule for a programme without quotas). */
    NOT_APPLICABLE;
}
