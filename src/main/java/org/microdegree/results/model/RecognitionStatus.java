package org.microdegree.results.model;

import org.microdegree.shared.Coded;

/** requested, then under review, then one decision. */
public enum RecognitionStatus implements Coded {
    REQUESTED,
    UNDER_REVIEW,
    GRANTED,
    PARTIALLY_GRANTED,
    DENIED;

    public boolean decided() {
        return this == GRANTED || this == PARTIALLY_GRANTED || this == DENIED;
    }

    /** Counts as evidence for the audit. */
    public boolean credits() {
        return this == GRANTED || this == PARTIALLY_GRANTED;
    }
}
