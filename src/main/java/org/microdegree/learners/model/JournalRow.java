package org.microdegree.learners.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a learner's journal: what happened to which of her records, when, by whom. */
public record JournalRow(String subject, Instant at, String actor, String action, @Nullable String detail) {}
