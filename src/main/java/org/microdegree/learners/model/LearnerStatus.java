package org.microdegree.learners.model;

import org.microdegree.shared.Coded;

/** What a learner is to the university; micro-credentials serve all of them (seed 001). */
public enum LearnerStatus implements Coded {
    STUDENT("student"), ALUMNUS("alumnus"), PROFESSIONAL("professional"), DOCTORAL_CANDIDATE("doctoral-candidate"), POSTDOC("postdoc"), EXTERNAL("external");

    private final String code;

    LearnerStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
