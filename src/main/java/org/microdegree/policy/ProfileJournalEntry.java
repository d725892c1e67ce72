package org.microdegree.policy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step in the life of a profile or an institution's adoption: {@code created} (copied),
 * {@code changed} (a new version), {@code adopted}.
 */
public record ProfileJournalEntry(@Nullable String profile, @Nullable String institution, @Nullable Integer version,
        String action, String actor, Instant at, @Nullable String detail) {}
