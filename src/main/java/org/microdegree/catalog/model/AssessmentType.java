package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** Type of assessment (EU Annex I element 9). */
public enum AssessmentType implements Coded {
    WRITTEN_EXAM("written-exam"),
    ORAL_EXAM("oral-exam"),
    PROJECT("project"),
    PORTFOLIO("portfolio"),
    PRESENTATION("presentation"),
    PRACTICAL("practical-work"),
    THESIS("thesis"),
    CONTINUOUS("continuous-assessment"),
    OTHER("other");

    private final String code;

    AssessmentType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
