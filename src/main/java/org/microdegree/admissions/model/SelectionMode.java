package org.microdegree.admissions.model;

import org.microdegree.shared.Coded;

/** Ranked: applications are collected until the round closes, then ranked and selected. First come: places go in order of enrolment. */
public enum SelectionMode implements Coded {
    RANKED,
    FIRST_COME;
}
