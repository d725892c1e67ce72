package org.microdegree.catalog;

import java.util.List;
import org.microdegree.catalog.model.CatalogueBundle;
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

    /**
     * Why items of an imported bundle may not enter the catalogue in the status they carry (in
     * review, approved or published: what the steps to it would have checked); empty if they may.
     * Paths are the bundle's ({@code microCredentials[3]}). Asked once the bundle is well formed.
     */
    default List<Violation> importObjections(CatalogueBundle bundle) {
        return List.of();
    }
}
