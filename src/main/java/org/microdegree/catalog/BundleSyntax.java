package org.microdegree.catalog;

import java.util.Locale;
import java.util.Optional;

/** The two syntaxes of the catalogue bundle format; the structure is the same. */
public enum BundleSyntax {
    YAML,
    JSON;

    /** By file name: {@code .json} is JSON, {@code .yaml} and {@code .yml} are YAML. */
    public static Optional<BundleSyntax> ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }
}
