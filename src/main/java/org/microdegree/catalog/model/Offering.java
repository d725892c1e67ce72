package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** When a module or micro-credential is offered. */
public enum Offering implements Coded {
    WINTER("winter-semester"),
    SUMMER("summer-semester"),
    EVERY_SEMESTER("every-semester"),
    ON_DEMAND("on-demand");

    private final String code;

    Offering(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
