package org.microdegree.results.model;

import org.microdegree.shared.Coded;

/** What prior learning is to be recognised for. */
public enum RecognitionTarget implements Coded {
    MICRO_CREDENTIAL,
    MICRO_DEGREE,
    STUDY_PROGRAMME,
    ADMISSION_REQUIREMENT;
}
