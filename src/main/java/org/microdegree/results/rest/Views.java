package org.microdegree.results.rest;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.microdegree.results.model.Achievement;
import org.microdegree.results.model.RecognitionCase;
import org.microdegree.results.rules.GradeConversion;

/** What the results API shows: plain strings and numbers, stable field names. */
final class Views {

    private Views() {
    }

    record AchievementView(String id, String learner, String institution, String kind, String item, String date, String scale,
            String grade, @Nullable BigDecimal germanGrade, @Nullable String ectsGrade, boolean passed, BigDecimal creditPoints,
            String assessment, boolean supervised, boolean identityVerified, String source, String reference, Instant recordedAt) {
        static AchievementView of(Achievement a) {
            return new AchievementView(a.id(), a.learnerId().value(), a.institution().value(), a.itemKind().code(), a.item().value(),
                    a.achievedOn().toString(), a.grade().scale().code(), a.grade().value(), a.grade().german(), GradeConversion.ectsOf(a.grade()),
                    a.grade().passed(), a.creditPoints(), a.assessment().code(), a.supervised(), a.identityVerified(), a.source(), a.reference(),
                    a.recordedAt());
        }
    }

    record RecognitionView(String id, String learner, @Nullable String achievement, @Nullable String externalInstitution,
            @Nullable String externalTitle, @Nullable BigDecimal externalCreditPoints, @Nullable String externalGrade,
            String target, String targetRef, String targetInstitution, BigDecimal requestedCreditPoints, String status,
            @Nullable BigDecimal creditedCreditPoints, @Nullable String justification, @Nullable String decidedBy,
            @Nullable Instant decidedAt, Instant requestedAt) {
        static RecognitionView of(RecognitionCase c) {
            return new RecognitionView(c.id(), c.learnerId().value(), c.achievementId(), c.externalInstitution(), c.externalTitle(),
                    c.externalCreditPoints(), c.externalGrade(), c.target().code(), c.targetRef(), c.targetInstitution().value(),
                    c.requestedCreditPoints(), c.status().code(), c.creditedCreditPoints(), c.justification(), c.decidedBy(), c.decidedAt(),
                    c.requestedAt());
        }
    }
}
