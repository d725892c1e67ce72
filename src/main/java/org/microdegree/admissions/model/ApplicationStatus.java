package org.microdegree.admissions.model;

import org.microdegree.shared.Coded;

/** Where an application stands. Selected applicants enrol; the waitlist moves up when one withdraws. */
public enum ApplicationStatus implements Coded {
    SUBMITTED("submitted"), INELIGIBLE("ineligible"), SELECTED("selected"), WAITLISTED("waitlisted"), ENROLLED("enrolled"), WITHDRAWN("withdrawn");

    private final String code;

    ApplicationStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Holds a place of the round. */
    public boolean holdsPlace() {
        return this == SELECTED || this == ENROLLED;
    }
}
