package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** Integration and stackability options (EU Annex I, optional element). */
public enum Stackability implements Coded {
    STAND_ALONE,
    INTEGRATED_STACKABLE;
}
