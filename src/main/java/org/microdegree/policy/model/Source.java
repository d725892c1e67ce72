package org.microdegree.policy.model;

import org.jspecify.annotations.Nullable;

/** Where a rule comes from: the document and the point in it. */
public record Source(String document, @Nullable String point) {

    public Source {
        if (point != null && point.isBlank()) {
            point = null;
        }
    }

    @Override
    public String toString() {
        return point == null ? document : document + ", " + point;
    }
}
