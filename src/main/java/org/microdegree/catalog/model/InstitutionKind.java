package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** What kind of body an institution is. */
public enum InstitutionKind implements Coded {
    UNIVERSITY("university"), UNIVERSITY_OF_APPLIED_SCIENCES("university-of-applied-sciences"), RESEARCH_CENTRE("research-centre"), COMPANY("company"), OTHER(
            "other");

    private final String code;

    InstitutionKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
