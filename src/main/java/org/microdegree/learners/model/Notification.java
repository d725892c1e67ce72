package org.microdegree.learners.model;

import org.microdegree.shared.LearnerId;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A message to a learner about a decision, stored first and sent by the configured sender. */
public record Notification(String id, LearnerId learnerId, String kind, Map<String, String> args, Instant createdAt,
        @Nullable Instant sentAt) {

    public Notification {
        args = Map.copyOf(args);
    }
}
