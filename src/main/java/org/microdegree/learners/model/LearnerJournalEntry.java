package org.microdegree.learners.model;

import org.microdegree.shared.LearnerId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line to write to a learner's journal ({@code subject}: the record, e.g. {@code achievement:ID}). */
public record LearnerJournalEntry(LearnerId learnerId, String subject, Instant at, String actor, String action, @Nullable String detail) {}
