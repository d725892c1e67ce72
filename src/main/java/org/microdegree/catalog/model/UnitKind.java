package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** Organisational units that develop and offer programmes. */
public enum UnitKind implements Coded {
    FACULTY("faculty"), INSTITUTE("institute"), CENTRE("centre"), ACADEMY("academy"), OFFICE("office"), OTHER("other");

    private final String code;

    UnitKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
