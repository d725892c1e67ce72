package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/**
 * Where a version of a catalogue item stands: draft, in review, approved, published, retired.
 * Only drafts are edited in place; a change to anything later makes a new version.
 */
public enum LifecycleStatus implements Coded {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    PUBLISHED,
    RETIRED;

    public boolean editableInPlace() {
        return this == DRAFT;
    }

    /** Published and retired versions are history: a change to them starts a new version. */
    public boolean frozen() {
        return this == PUBLISHED || this == RETIRED;
    }
}
