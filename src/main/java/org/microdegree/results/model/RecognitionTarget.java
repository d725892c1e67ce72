package org.microdegree.results.model;

import org.microdegree.shared.Coded;

/** What prior learning is to be recognised for. */
public enum RecognitionTarget implements Coded {
    MICRO_CREDENTIAL("micro-credential"), MICRO_DEGREE("micro-degree"), STUDY_PROGRAMME("study-programme"), ADMISSION_REQUIREMENT("admission-requirement");

    private final String code;

    RecognitionTarget(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
