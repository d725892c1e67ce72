package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** Kinds of study programme. */
public enum DegreeType implements Coded {
    BACHELOR,
    MASTER,
    DOCTORATE,
    OTHER;
}
