package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** What kind of body an institution is. */
public enum InstitutionKind implements Coded {
    UNIVERSITY,
    UNIVERSITY_OF_APPLIED_SCIENCES,
    RESEARCH_CENTRE,
    COMPANY,
    OTHER;
}
