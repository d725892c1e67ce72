package org.microdegree.learners.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A consent for one purpose (e.g. {@code notifications-by-email}), given and perhaps withdrawn. */
public record Consent(String purpose, Instant givenAt, @Nullable Instant withdrawnAt) {

    public boolean active() {
        return withdrawnAt == null;
    }
}
