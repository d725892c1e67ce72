package org.microdegree.results.model;

import org.microdegree.shared.Coded;

/**
 * The grading scales institutions record in. Every grade converts to the German scale and to the
 * ECTS grade by the table in docs/grades.md, so grades from different scales can be compared.
 */
public enum GradeScale implements Coded {
    /** 1.0 (best) to 4.0 pass, 5.0 fail, in the steps of German examination regulations. */
    GERMAN("de"),
    /** pass or fail only. */
    PASS_FAIL("pass-fail"),
    /** the ECTS grading scale A to E pass, FX and F fail. */
    ECTS("ects");

    private final String code;

    GradeScale(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
