package org.microdegree.results.rest;

import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import static org.microdegree.shared.PlainValues.map;
import static org.microdegree.shared.PlainValues.plain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microdegree.learners.LearnerRecordKeeper;
import org.microdegree.results.internal.jdbc.ResultStore;
import org.microdegree.results.model.Achievement;
import org.microdegree.results.model.RecognitionCase;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A learner's achievements and recognition cases on her page, in her data export; erasure removes her own words in the cases. */
@Component
@Order(2)
@RequiredArgsConstructor
class ResultRecords implements LearnerRecordKeeper {

    private final ResultStore store;

    @Override
    public Map<String, List<?>> records(LearnerId learnerId) {
        Map<String, List<?>> out = new LinkedHashMap<>();
        out.put("achievements", store.achievementsOf(learnerId).stream().map(Views.AchievementView::of).toList());
        out.put("recognitions", store.recognitionsOf(learnerId).stream().map(Views.RecognitionView::of).toList());
        return out;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(LearnerId learnerId) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put("achievements", store.achievementsOf(learnerId).stream().map(ResultRecords::achievement).toList());
        out.put("recognitions", store.recognitionsOf(learnerId).stream().map(ResultRecords::recognition).toList());
        return out;
    }

    @Override
    public void erase(LearnerId learnerId) {
        store.eraseJustifications(learnerId);
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
}
