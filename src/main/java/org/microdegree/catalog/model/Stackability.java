package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** Integration and stackability options (EU Annex I, optional element). */
public enum Stackability implements Coded {
    STAND_ALONE("stand-alone"),
    STACKABLE("integrated-stackable");

    private final String code;

    Stackability(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
