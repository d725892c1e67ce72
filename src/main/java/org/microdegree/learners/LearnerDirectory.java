package org.microdegree.learners;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.learners.internal.Notifier;
import org.microdegree.learners.internal.jdbc.LearnerStore;
import org.microdegree.learners.model.JournalRow;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.LearnerJournalEntry;
import org.microdegree.shared.InstitutionId;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * What the modules that keep records about learners (admissions, results) need of the learner
 * records, without access checks (their callers check): the learner, her student numbers and
 * affiliations, her journal, and notifying her. Run inside the caller's transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LearnerDirectory {

    private final LearnerStore store;
    private final Notifier notifier;

    public Optional<Learner> learner(LearnerId id) {
        return store.learner(id);
    }

    /** Every learner id, for bulk imports that check which learners exist. */
    public List<LearnerId> learnerIds() {
        return store.learnerIds();
    }

    public Optional<LearnerId> byStudentNumber(InstitutionId institution, String number) {
        return store.byStudentNumber(institution, number);
    }

    /** Per institution: student number to learner id. */
    public Map<String, Map<String, String>> studentNumbers(Set<String> institutions) {
        return store.studentNumbers(institutions);
    }

    /** The learner belongs to this institution from now on (she applied, enrolled or has a result there). */
    public void affiliate(LearnerId learnerId, InstitutionId institution) {
        store.affiliate(learnerId, institution);
    }

    /** The same for many learners at once: learner id to institution ids. */
    public void affiliateMissing(Map<String, Set<String>> learnerInstitutions) {
        store.affiliateMissing(learnerInstitutions);
    }

    public Set<InstitutionId> affiliations(LearnerId learnerId) {
        return store.affiliations(learnerId);
    }

    public void journal(LearnerId learnerId, String subject, Instant at, String actor, String action, @Nullable String detail) {
        store.journal(learnerId, subject, at, actor, action, detail);
    }

    public void journal(List<LearnerJournalEntry> entries) {
        store.journal(entries);
    }

    public List<JournalRow> journalOfSubject(String subject) {
        return store.journalOfSubject(subject);
    }

    /** A notification for the learner (kind: a message key such as {@code enrolled}), e-mailed after commit with her consent. */
    public void notify(LearnerId learnerId, String kind, Map<String, String> args) {
        notifier.notify(learnerId, kind, args);
    }

    /** The same for a learner already read (a bulk award): her consents need not be read again. */
    public void notify(Learner learner, String kind, Map<String, String> args) {
        notifier.notify(learner, kind, args);
    }

    /** The same for many learners at once, stored in one batch in the caller's transaction (a bulk award's). */
    public void notifyAll(List<Map.Entry<Learner, Map<String, String>>> notices, String kind) {
        notifier.notifyAll(notices, kind);
    }
}
