package org.microdegree.catalog.model;

import org.microdegree.shared.Coded;

/** The kinds of versioned catalogue item, with the names they go by in bundles and URLs. */
public enum ItemKind implements Coded {
    STUDY_PROGRAMME("study-programme", "studyProgrammes", "study-programmes"),
    MODULE("module", "modules", "modules"),
    MICRO_CREDENTIAL("micro-credential", "microCredentials", "micro-credentials"),
    MICRO_DEGREE("micro-degree", "microDegrees", "micro-degrees");

    private final String code;
    private final String bundleField;
    private final String collection;

    ItemKind(String code, String bundleField, String collection) {
        this.code = code;
        this.bundleField = bundleField;
        this.collection = collection;
    }

    @Override
    public String code() {
        return code;
    }

    /** The bundle's list that holds items of this kind. */
    public String bundleField() {
        return bundleField;
    }

    /** The REST collection: {@code /api/v1/micro-credentials}. */
    public String collection() {
        return collection;
    }
}
