package org.microdegree.learners.model;

import org.microdegree.catalog.model.Coded;

public enum EnrolmentStatus implements Coded {
    ENROLLED("enrolled"),
    WITHDRAWN("withdrawn");

    private final String code;

    EnrolmentStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
