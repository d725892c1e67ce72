package org.microdegree.admissions.model;

/** Language levels of the Common European Framework of Reference, in order. */
public enum Cefr {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2;

    public boolean atLeast(Cefr other) {
        return compareTo(other) >= 0;
    }
}
