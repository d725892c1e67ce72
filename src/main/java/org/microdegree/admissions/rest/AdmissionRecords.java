package org.microdegree.admissions.rest;

import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import static org.microdegree.shared.PlainValues.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microdegree.admissions.internal.RoundCodec;
import org.microdegree.admissions.internal.jdbc.AdmissionStore;
import org.microdegree.admissions.model.Application;
import org.microdegree.admissions.model.Enrolment;
import org.microdegree.learners.LearnerRecordKeeper;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A learner's applications and enrolments on her page, in her data export, and erased with her (documents, stated profile). */
@Component
@Order(1)
@RequiredArgsConstructor
class AdmissionRecords implements LearnerRecordKeeper {

    private final AdmissionStore store;

    @Override
    public Map<String, List<?>> records(LearnerId learnerId) {
        Map<String, List<?>> out = new LinkedHashMap<>();
        out.put("applications", store.applicationsOfLearner(learnerId).stream().map(Views.ApplicationView::of).toList());
        out.put("enrolments", store.enrolmentsOf(learnerId).stream().map(Views.EnrolmentView::of).toList());
        return out;
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(LearnerId learnerId) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put("applications", store.applicationsOfLearner(learnerId).stream().map(AdmissionRecords::application).toList());
        out.put("enrolments", store.enrolmentsOf(learnerId).stream().map(AdmissionRecords::enrolment).toList());
        return out;
    }

    @Override
    public void erase(LearnerId learnerId) {
        store.eraseApplicant(learnerId);
    }

    private static Map<String, Object> application(Application a) {
        Map<String, Object> m = map("id", a.id(), "round", a.roundId(), "submittedAt", a.submittedAt().toString(),
                "status", a.status().code(), "score", a.score() == null ? null : a.score().toPlainString(), "rank", a.rank(),
                "reason", a.reason());
        m.put("profile", RoundCodec.profile(a.profile()));
        m.put("documents", a.documents());
        m.put("reviews", a.reviews().size());
        return m;
    }

    private static Map<String, Object> enrolment(Enrolment e) {
        return map("id", e.id(), "kind", e.itemKind().code(), "item", e.item().value(), "round", e.roundId(), "status", e.status().code(),
                "enrolledAt", e.enrolledAt().toString(), "withdrawnAt", e.withdrawnAt() == null ? null : e.withdrawnAt().toString());
    }
}
