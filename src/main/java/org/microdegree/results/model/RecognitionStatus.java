package org.microdegree.results.model;

import org.microdegree.shared.Coded;

/** requested, then under review, then one decision. */
public enum RecognitionStatus implements Coded {
    REQUESTED("requested"), UNDER_REVIEW("under-review"), GRANTED("granted"), PARTIALLY_GRANTED("partially-granted"), DENIED("denied");

    private final String code;

    RecognitionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean decided() {
        return this == GRANTED || this == PARTIALLY_GRANTED || this == DENIED;
    }

    /** Counts as evidence for the audit. */
    public boolean credits() {
        return this == GRANTED || this == PARTIALLY_GRANTED;
    }
}
