package org.microdegree.admissions;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new application round as sent to the API (docs/application-rounds.md). {@code opens} and
 * {@code closes} are local date-times in {@code zone}, or instants with an offset.
 */
public record RoundInput(@Nullable String id, @Nullable String kind, @Nullable String item, @Nullable String opens,
        @Nullable String closes, @Nullable String zone, @Nullable String selection, @Nullable Integer capacity,
        @Nullable Integer perInstitution, @Nullable List<Map<String, Object>> eligibility,
        @Nullable List<String> documents, @Nullable Map<String, Object> ranking) {}
