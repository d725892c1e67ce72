package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** Type of assessment (EU Annex I element 9). */
public enum AssessmentType implements Coded {
    WRITTEN_EXAM,
    ORAL_EXAM,
    PROJECT,
    PORTFOLIO,
    PRESENTATION,
    PRACTICAL_WORK,
    THESIS,
    CONTINUOUS_ASSESSMENT,
    OTHER;
}
