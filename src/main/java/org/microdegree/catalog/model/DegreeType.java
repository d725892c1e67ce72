package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** Kinds of study programme. */
public enum DegreeType implements Coded {
    BACHELOR("bachelor"), MASTER("master"), DOCTORATE("doctorate"), OTHER("other");

    private final String code;

    DegreeType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
