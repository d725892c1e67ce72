package org.microdegree.results.model;

import org.microdegree.shared.LearnerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.microdegree.catalog.model.AssessmentType;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;

/**
 * An assessment result of a learner for a module or a micro-credential.
 *
 * @param reference the exam office's own key for this result; re-sending it changes nothing
 * @param source    {@code web}, {@code api} or {@code csv}
 */
public record Achievement(String id, LearnerId learnerId, InstitutionId institution, ItemKind itemKind, ItemId item,
        LocalDate achievedOn, Grade grade, BigDecimal creditPoints, AssessmentType assessment,
        boolean supervised, boolean identityVerified, String source, String reference, Instant recordedAt) {}
