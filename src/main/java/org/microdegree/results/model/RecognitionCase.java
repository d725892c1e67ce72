package org.microdegree.results.model;

import org.microdegree.shared.LearnerId;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.InstitutionId;

/**
 * A learner's request that prior learning count for something: either one of their achievements
 * here, or an external micro-credential (institution, title, CP, grade).
 *
 * @param targetRef the catalogue id of the target, or for an admission requirement its wording
 */
public record RecognitionCase(String id, LearnerId learnerId, @Nullable String achievementId,
        @Nullable String externalInstitution, @Nullable String externalTitle,
        @Nullable BigDecimal externalCreditPoints, @Nullable String externalGrade,
        RecognitionTarget target, String targetRef, InstitutionId targetInstitution,
        BigDecimal requestedCreditPoints, RecognitionStatus status,
        @Nullable BigDecimal creditedCreditPoints, @Nullable String justification,
        @Nullable String decidedBy, @Nullable Instant decidedAt, Instant requestedAt) {}
