package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** Organisational units that develop and offer programmes. */
public enum UnitKind implements Coded {
    FACULTY,
    INSTITUTE,
    CENTRE,
    ACADEMY,
    OFFICE,
    OTHER;
}
