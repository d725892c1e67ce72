package org.microdegree.admissions.model;

import org.microdegree.shared.Coded;

public enum EnrolmentStatus implements Coded {
    ENROLLED("enrolled"), WITHDRAWN("withdrawn");

    private final String code;

    EnrolmentStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
