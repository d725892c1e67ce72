package org.microdegree.catalog;

import java.util.List;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.LifecycleAction;
import org.microdegree.shared.Violation;

/**
 * What a micro-credential or programme must pass before it is submitted for review or published.
 * The catalogue asks every gate (the conformance module's rule profiles are one) and refuses the
 * step with all their reasons; it knows no gate itself, so that it does not depend on its checkers.
 */
public interface SubmissionGate {

    /** Why this item may not take this step; empty if it may. Paths are relative to the item. */
    List<Violation> objections(CatalogueItem item, LifecycleAction action);
}
