package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** Supervision and identity verification during assessment (EU Annex I, optional element). */
public enum Supervision implements Coded {
    UNSUPERVISED("unsupervised-no-identity-verification"),
    SUPERVISED("supervised-no-identity-verification"),
    SUPERVISED_WITH_ID("supervised-with-identity-verification");

    private final String code;

    Supervision(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
