package org.microdegree.learners.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.learners.LearnerRecords;
import org.microdegree.learners.internal.jdbc.LearnerStore;
import org.microdegree.learners.model.Achievement;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.RecognitionCase;

/** The learner's data export (GDPR art. 15 and 20) as a structured document: every record kept about her, in plain values. */
public final class ExportDocument {

    private ExportDocument() {
    }

    /** The export of a learner's records and journal, made at {@code now}. */
    public static Map<String, Object> of(LearnerRecords r, List<LearnerStore.JournalRow> journal, Instant now) {
        Learner l = r.learner();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("exportedAt", now.toString());
        out.put("format", "microdegree learner export v1");
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", l.id());
        person.put("name", l.name());
        person.put("email", l.email());
        person.put("birthDate", l.birthDate() == null ? null : l.birthDate().toString());
        person.put("status", l.status().code());
        Map<String, String> numbers = new LinkedHashMap<>();
        l.studentNumbers().forEach((k, v) -> numbers.put(k.value(), v));
        person.put("studentNumbers", numbers);
        person.put("createdAt", l.createdAt().toString());
        person.put("erasedAt", l.erasedAt() == null ? null : l.erasedAt().toString());
        out.put("learner", person);
        out.put("consents", l.consents().stream().map(c -> map("purpose", c.purpose(), "givenAt", c.givenAt().toString(),
                "withdrawnAt", c.withdrawnAt() == null ? null : c.withdrawnAt().toString())).toList());
        out.put("applications", r.applications().stream().map(a -> {
            Map<String, Object> m = map("id", a.id(), "round", a.roundId(), "submittedAt", a.submittedAt().toString(),
                    "status", a.status().code(), "score", a.score() == null ? null : a.score().toPlainString(), "rank", a.rank(),
                    "reason", a.reason());
            m.put("profile", RoundCodec.profile(a.profile()));
            m.put("documents", a.documents());
            m.put("reviews", a.reviews().size());
            return m;
        }).toList());
        out.put("enrolments", r.enrolments().stream().map(e -> map("id", e.id(), "kind", e.itemKind().code(), "item", e.item().value(),
                "round", e.roundId(), "status", e.status().code(), "enrolledAt", e.enrolledAt().toString(),
                "withdrawnAt", e.withdrawnAt() == null ? null : e.withdrawnAt().toString())).toList());
        out.put("achievements", r.achievements().stream().map(ExportDocument::achievement).toList());
        out.put("recognitions", r.recognitions().stream().map(ExportDocument::recognition).toList());
        out.put("notifications", r.notifications().stream().map(n -> map("id", n.id(), "kind", n.kind(), "args", n.args(),
                "createdAt", n.createdAt().toString(), "sentAt", n.sentAt() == null ? null : n.sentAt().toString())).toList());
        out.put("journal", journal.stream().map(j -> map("subject", j.subject(), "at", j.at().toString(), "by", j.actor(),
                "action", j.action(), "detail", j.detail())).toList());
        return out;
    }

    private static Map<String, Object> achievement(Achievement a) {
        return map("id", a.id(), "institution", a.institution().value(), "kind", a.itemKind().code(), "item", a.item().value(),
                "date", a.achievedOn().toString(), "scale", a.grade().scale().code(), "grade", a.grade().value(),
                "germanGrade", a.grade().german() == null ? null : a.grade().german().toPlainString(), "passed", a.grade().passed(),
                "creditPoints", a.creditPoints().toPlainString(), "assessment", a.assessment().code(), "supervised", a.supervised(),
                "identityVerified", a.identityVerified(), "reference", a.reference(), "source", a.source());
    }

    private static Map<String, Object> recognition(RecognitionCase c) {
        return map("id", c.id(), "achievement", c.achievementId(), "externalInstitution", c.externalInstitution(),
                "externalTitle", c.externalTitle(), "externalCreditPoints", plain(c.externalCreditPoints()), "externalGrade", c.externalGrade(),
                "target", c.target().code(), "targetRef", c.targetRef(), "targetInstitution", c.targetInstitution().value(),
                "requestedCreditPoints", plain(c.requestedCreditPoints()), "status", c.status().code(),
                "creditedCreditPoints", plain(c.creditedCreditPoints()), "justification", c.justification(), "decidedBy", c.decidedBy(),
                "decidedAt", c.decidedAt() == null ? null : c.decidedAt().toString(), "requestedAt", c.requestedAt().toString());
    }

    private static @Nullable String plain(java.math.@Nullable BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
