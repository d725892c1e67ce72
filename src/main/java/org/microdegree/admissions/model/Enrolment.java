package org.microdegree.admissions.model;

import org.microdegree.shared.RoundId;
import org.microdegree.shared.LearnerId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.ItemId;

/** A learner's enrolment in a micro-credential or programme, through a round (which holds the places) or directly. */
public record Enrolment(String id, LearnerId learnerId, ItemKind itemKind, ItemId item, @Nullable RoundId roundId,
        EnrolmentStatus status, Instant enrolledAt, @Nullable Instant withdrawnAt) {}
