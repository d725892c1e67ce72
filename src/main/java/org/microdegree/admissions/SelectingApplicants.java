package org.microdegree.admissions;

import org.microdegree.shared.ApplicationId;
import org.microdegree.shared.RoundId;
import lombok.RequiredArgsConstructor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.microdegree.admissions.internal.jdbc.AdmissionStore;
import org.microdegree.admissions.model.Application;
import org.microdegree.admissions.model.ApplicationRound;
import org.microdegree.admissions.model.SelectionMode;
import org.microdegree.admissions.rules.Selection;
import org.microdegree.learners.LearnerDirectory;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Selection of a ranked round after it closes: every eligible application ranked by the round's
 * weights (prior grade, reviews), places given within the round's limits, the rest waitlisted or
 * declined with the reason, and every applicant told.
 */
@Service
@RequiredArgsConstructor
public class SelectingApplicants {

    private final LearnerDirectory directory;
    private final AdmissionStore admissionStore;
    private final ApplicationRounds rounds;
    private final TransactionTemplate tx;
    private final Clock clock;

    /**
     * What selecting would decide now, nothing written: for the registrar to look at before she
     * commits it. A round still open is previewed as if it closed now.
     */
    public List<Selection.Decision> preview(RoundId roundId, Actor actor) {
        ApplicationRound r = selectable(roundId, actor);
        return decisions(r, admissionStore.applicationsOf(roundId));
    }

    /**
     * Ranks the applications of a closed round and selects, notifying every applicant. Runs once;
     * a second call, here or on another instance, is refused.
     */
    public List<Selection.Decision> select(RoundId roundId, Actor actor) {
        ApplicationRound r = selectable(roundId, actor);
        Instant now = clock.instant();
        if (!now.isAfter(r.closesAt())) {
            throw new ConflictException("round " + roundId + " is open until " + ApplicationRounds.shown(r.closesAt(), r.zone()) + "; select after it closes");
        }
        List<Application> apps = admissionStore.applicationsOf(roundId);
        List<Selection.Decision> decisions = decisions(r, apps);
        tx.executeWithoutResult(s -> {
            if (!admissionStore.markSelected(roundId, now)) {
                throw new ConflictException("round " + roundId + " has been selected already");
            }
            Map<ApplicationId, Application> byId = apps.stream().collect(Collectors.toMap(Application::id, a -> a));
            for (Selection.Decision d : decisions) {
                Application a = byId.get(d.applicationId());
                admissionStore.decide(d.applicationId(), d.status(), d.score(), d.rank(), d.reason(), now);
                directory.journal(a.learnerId(), "application:" + a.id(), now, actor.name(), d.status().code(), d.reason());
                directory.notify(a.learnerId(), d.status().code(), ApplicationRounds.args(r, d.reason()));
            }
        });
        return decisions;
    }

    private ApplicationRound selectable(RoundId roundId, Actor actor) {
        ApplicationRound r = rounds.managedRound(roundId, actor);
        if (r.selection() != SelectionMode.RANKED) {
            throw new ConflictException("round " + roundId + " gives places first come, first served");
        }
        if (r.selectedAt() != null) {
            throw new ConflictException("round " + roundId + " has been selected already");
        }
        return r;
    }

    private static List<Selection.Decision> decisions(ApplicationRound r, List<Application> apps) {
        List<Application> waiting = Selection.awaitingReview(r, apps);
        if (!waiting.isEmpty()) {
            throw new ConflictException(waiting.size() + " eligible application(s) have no review yet, and reviews count for the ranking");
        }
        return Selection.select(r, apps);
    }
}
