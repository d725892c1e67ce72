package org.microdegree.admissions.rest;

import org.microdegree.shared.ApplicationId;
import org.microdegree.shared.RoundId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.internal.RoundCodec;
import org.microdegree.admissions.model.Application;
import org.microdegree.admissions.model.ApplicationRound;
import org.microdegree.admissions.model.Enrolment;

/** What the admissions API shows: plain strings and numbers, stable field names. */
final class Views {

    private Views() {
    }

    /** An instant with the same moment shown in the round's zone and, if asked, the viewer's. */
    record Zoned(Instant instant, String local, String shown, @Nullable String viewer) {
        static Zoned of(Instant at, ZoneId zone, @Nullable ZoneId viewerZone) {
            return new Zoned(at, at.atZone(zone).toOffsetDateTime() + "[" + zone.getId() + "]", ApplicationRounds.shown(at, zone),
                    viewerZone == null ? null : ApplicationRounds.shown(at, viewerZone));
        }
    }

    record RoundView(RoundId id, String institution, String kind, String item, Zoned opens, Zoned closes, String zone, String selection,
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

    record ApplicationView(ApplicationId id, RoundId round, String learner, String institution, Instant submittedAt, String status,
            Map<String, Object> profile, List<String> documents, int reviews, @Nullable BigDecimal score,
            @Nullable Integer rank, @Nullable String reason, @Nullable Instant decidedAt) {
        static ApplicationView of(Application a) {
            return new ApplicationView(a.id(), a.roundId(), a.learnerId().value(), a.institution().value(), a.submittedAt(), a.status().code(),
                    RoundCodec.profile(a.profile()), a.documents().stream().sorted().toList(), a.reviews().size(), a.score(), a.rank(),
                    a.reason(), a.decidedAt());
        }
    }

    record EnrolmentView(String id, String learner, String kind, String item, @Nullable RoundId round, String status, Instant enrolledAt,
            @Nullable Instant withdrawnAt) {
        static EnrolmentView of(Enrolment e) {
            return new EnrolmentView(e.id(), e.learnerId().value(), e.itemKind().code(), e.item().value(), e.roundId(), e.status().code(),
                    e.enrolledAt(), e.withdrawnAt());
        }
    }
}
