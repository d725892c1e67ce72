package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/**
 * Where a version of a catalogue item stands: draft, in review, approved, announced, published,
 * retired. Only drafts are edited in place; a change to anything later makes a new version.
 * Announced items are approved and public but not yet open: learners see them coming, nobody
 * enrols in them or earns them until they are published.
 */
public enum LifecycleStatus implements Coded {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    ANNOUNCED,
    PUBLISHED,
    RETIRED;

    public boolean editableInPlace() {
        return this == DRAFT;
    }

    /** What the public has seen is history: a change to an announced, published or retired version starts a new one. */
    public boolean frozen() {
        return this == ANNOUNCED || this == PUBLISHED || this == RETIRED;
    }

    /** Everyone may read announced, published and retired versions. */
    public boolean isPublic() {
        return frozen();
    }
}
