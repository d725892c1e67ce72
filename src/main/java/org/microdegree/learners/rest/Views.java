package org.microdegree.learners.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.microdegree.learners.ApplicationRounds;
import org.microdegree.learners.internal.RoundCodec;
import org.microdegree.learners.model.Achievement;
import org.microdegree.learners.model.Application;
import org.microdegree.learners.model.ApplicationRound;
import org.microdegree.learners.model.Enrolment;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.Notification;
import org.microdegree.learners.model.RecognitionCase;
import org.microdegree.learners.rules.GradeConversion;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;

/** What the learners API shows: plain strings and numbers, stable field names. */
final class Views {

    private Views() {
    }

    static void requireWrite(Actor actor) {
        if (actor.readOnly()) {
            throw new ForbiddenException(actor.anonymous() ? "sign in to change anything" : "a read-only API token cannot change anything");
        }
    }

    /** An instant with the same moment shown in the round's zone and, if asked, the viewer's. */
    record Zoned(Instant instant, String local, String shown, @Nullable String viewer) {
        static Zoned of(Instant at, ZoneId zone, @Nullable ZoneId viewerZone) {
            return new Zoned(at, at.atZone(zone).toOffsetDateTime() + "[" + zone.getId() + "]", ApplicationRounds.shown(at, zone),
                    viewerZone == null ? null : ApplicationRounds.shown(at, viewerZone));
        }
    }

    record RoundView(String id, String institution, String kind, String item, Zoned opens, Zoned closes, String zone, String selection,
                     int capacity, @Nullable Integer perInstitution, List<Map<String, Object>> eligibility, List<String> documents,
                     Map<String, Double> ranking, boolean open, @Nullable Instant selectedAt) {
        static RoundView of(ApplicationRound r, @Nullable ZoneId viewer, Instant now) {
            return new RoundView(r.id(), r.institution().value(), r.itemKind().code(), r.item().value(), Zoned.of(r.opensAt(), r.zone(), viewer),
                    Zoned.of(r.closesAt(), r.zone(), viewer), r.zone().getId(), r.selection().code(), r.capacity(), r.perInstitution(),
                    r.eligibility().stream().map(RoundCodec::criterion).toList(), r.documents(),
                    Map.of("priorGrade", r.ranking().priorGradeWeight(), "reviews", r.ranking().reviewWeight()),
                    !now.isBefore(r.opensAt()) && !now.isAfter(r.closesAt()), r.selectedAt());
        }
    }

    record ApplicationView(String id, String round, String learner, String institution, Instant submittedAt, String status,
                           Map<String, Object> profile, List<String> documents, int reviews, @Nullable BigDecimal score,
                           @Nullable Integer rank, @Nullable String reason, @Nullable Instant decidedAt) {
        static ApplicationView of(Application a) {
            return new ApplicationView(a.id(), a.roundId(), a.learnerId(), a.institution().value(), a.submittedAt(), a.status().code(),
                    RoundCodec.profile(a.profile()), a.documents().stream().sorted().toList(), a.reviews().size(), a.score(), a.rank(),
                    a.reason(), a.decidedAt());
        }
    }

    record LearnerView(String id, @Nullable String name, @Nullable String email, @Nullable String birthDate, String status,
                       Map<String, String> studentNumbers, List<Map<String, Object>> consents, Instant createdAt, @Nullable Instant erasedAt) {
        static LearnerView of(Learner l) {
            Map<String, String> numbers = new TreeMap<>();
            l.studentNumbers().forEach((k, v) -> numbers.put(k.value(), v));
            return new LearnerView(l.id(), l.name(), l.email(), l.birthDate() == null ? null : l.birthDate().toString(), l.status().code(),
                    numbers, l.consents().stream().map(c -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("purpose", c.purpose());
                        m.put("givenAt", c.givenAt());
                        m.put("withdrawnAt", c.withdrawnAt());
                        return m;
                    }).toList(), l.createdAt(), l.erasedAt());
        }
    }

    record AchievementView(String id, String learner, String institution, String kind, String item, String date, String scale,
                           String grade, @Nullable BigDecimal germanGrade, @Nullable String ectsGrade, boolean passed, BigDecimal creditPoints,
                           String assessment, boolean supervised, boolean identityVerified, String source, String reference, Instant recordedAt) {
        static AchievementView of(Achievement a) {
            return new AchievementView(a.id(), a.learnerId(), a.institution().value(), a.itemKind().code(), a.item().value(),
                    a.achievedOn().toString(), a.grade().scale().code(), a.grade().value(), a.grade().german(), GradeConversion.ectsOf(a.grade()),
                    a.grade().passed(), a.creditPoints(), a.assessment().code(), a.supervised(), a.identityVerified(), a.source(), a.reference(),
                    a.recordedAt());
        }
    }

    record EnrolmentView(String id, String learner, String kind, String item, @Nullable String round, String status, Instant enrolledAt,
                         @Nullable Instant withdrawnAt) {
        static EnrolmentView of(Enrolment e) {
            return new EnrolmentView(e.id(), e.learnerId(), e.itemKind().code(), e.item().value(), e.roundId(), e.status().code(),
                    e.enrolledAt(), e.withdrawnAt());
        }
    }

    record RecognitionView(String id, String learner, @Nullable String achievement, @Nullable String externalInstitution,
                           @Nullable String externalTitle, @Nullable BigDecimal externalCreditPoints, @Nullable String externalGrade,
                           String target, String targetRef, String targetInstitution, BigDecimal requestedCreditPoints, String status,
                           @Nullable BigDecimal creditedCreditPoints, @Nullable String justification, @Nullable String decidedBy,
                           @Nullable Instant decidedAt, Instant requestedAt) {
        static RecognitionView of(RecognitionCase c) {
            return new RecognitionView(c.id(), c.learnerId(), c.achievementId(), c.externalInstitution(), c.externalTitle(),
                    c.externalCreditPoints(), c.externalGrade(), c.target().code(), c.targetRef(), c.targetInstitution().value(),
                    c.requestedCreditPoints(), c.status().code(), c.creditedCreditPoints(), c.justification(), c.decidedBy(), c.decidedAt(),
                    c.requestedAt());
        }
    }

    record NotificationView(String id, String kind, Map<String, String> args, Instant createdAt, @Nullable Instant sentAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.kind(), n.args(), n.createdAt(), n.sentAt());
        }
    }
}
