package org.microdegree.admissions.model;

import org.microdegree.shared.Coded;

/** Where an application stands. Selected applicants enrol; the waitlist moves up when one withdraws. */
public enum ApplicationStatus implements Coded {
    SUBMITTED,
    INELIGIBLE,
    SELECTED,
    WAITLISTED,
    ENROLLED,
    WITHDRAWN;

    /** Holds a place of the round. */
    public boolean holdsPlace() {
        return this == SELECTED || this == ENROLLED;
    }
}
