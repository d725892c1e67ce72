package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** Form of participation (EU Annex I element 10). */
public enum Mode implements Coded {
    ON_SITE("on-site"), ONLINE("online"), BLENDED("blended");

    private final String code;

    Mode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
