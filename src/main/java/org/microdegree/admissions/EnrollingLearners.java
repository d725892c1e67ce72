package org.microdegree.admissions;

import org.microdegree.shared.validation.Inputs;
import org.microdegree.shared.Violation;
import org.microdegree.shared.ApplicationId;
import org.microdegree.shared.RoundId;
import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.microdegree.admissions.internal.csv.EnrolmentCsv;
import org.microdegree.admissions.internal.jdbc.AdmissionStore;
import org.microdegree.admissions.model.ApplicantProfile;
import org.microdegree.admissions.model.Application;
import org.microdegree.admissions.model.ApplicationRound;
import org.microdegree.admissions.model.ApplicationStatus;
import org.microdegree.admissions.model.Enrolment;
import org.microdegree.admissions.model.EnrolmentStatus;
import org.microdegree.admissions.model.SelectionMode;
import org.microdegree.admissions.rules.Deadlines;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.learners.ImportSummary;
import org.microdegree.learners.LearnerDirectory;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.rules.LearnerAccess;
import org.microdegree.results.EvidenceRecorded;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Ids;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enrolment: in a first-come round while places are left, directly by a registrar (one learner, or
 * a CSV list from the exam office), and leaving again, which frees a round's place and in a ranked
 * round moves the waitlist up. A new enrolment may complete what earlier results could not, so it
 * is announced as {@link EvidenceRecorded} (a bulk job audits its learners itself).
 */
@Service
@RequiredArgsConstructor
public class EnrollingLearners {

    private final LearnerDirectory directory;
    private final AdmissionStore admissionStore;
    private final ApplicationRounds rounds;
    private final PlacingApplications placing;
    private final Catalogue catalogue;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Enrolment in a first-come round: a place while any is left and the round is open. */
    public Enrolment enrol(RoundId roundId, @Nullable LearnerId learnerId, Actor actor) {
        ApplicationRound r = rounds.round(roundId);
        if (r.selection() != SelectionMode.FIRST_COME) {
            throw new ConflictException("round " + roundId + " selects its participants; apply, and enrol once selected");
        }
        Instant now = clock.instant();
        if (!Deadlines.open(r.opensAt(), r.closesAt(), now)) {
            throw new ConflictException("round " + roundId + " is not open");
        }
        Learner learner = placing.applicant(learnerId, r, actor);
        Enrolment e = new Enrolment(Ids.next(), learner.id(), r.itemKind(), r.item(), r.id(), EnrolmentStatus.ENROLLED, now, null);
        Application a = new Application(ApplicationId.next(), roundId, learner.id(), PlacingApplications.EXTERNAL, now, ApplicationStatus.ENROLLED,
                new ApplicantProfile(null, null, null, null, Map.of()), List.of(), Set.of(), null, null, null, now);
        try {
            tx.executeWithoutResult(s -> {
                if (!admissionStore.takePlace(roundId)) {
                    throw new ConflictException("no places are left in round " + roundId);
                }
                admissionStore.insertApplication(a);
                admissionStore.insertEnrolment(e);
                directory.affiliate(learner.id(), r.institution());
                directory.journal(learner.id(), "enrolment:" + e.id(), now, actor.name(), "enrolled", r.item().value());
                directory.notify(learner.id(), "enrolled", ApplicationRounds.args(r, null));
                events.publishEvent(new EvidenceRecorded(List.of(learner.id())));
            });
        } catch (DuplicateKeyException dup) {
            throw new ConflictException("the learner is enrolled in " + r.item() + " already");
        }
        return admissionStore.enrolment(e.id()).orElseThrow();
    }

    /** {@link #enrolDirectly} for the learner a registrar knows by her student number at {@code institution}. */
    public Enrolment enrolByStudentNumber(StudentEnrolmentInput in, Actor actor) {
        List<Violation> problems = Inputs.violations(in);
        if (problems.isEmpty() && in.enrollable() == null) {
            problems.add(Violation.at("kind", "micro-credential, micro-degree or study-programme, not " + in.kind()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        InstitutionId institution = InstitutionId.of(in.institution().strip());
        String studentNumber = in.studentNumber().strip();
        if (!LearnerAccess.registrarAt(actor, institution)) {
            throw new ForbiddenException("only a registrar of " + institution + " finds its learners by student number");
        }
        LearnerId learner = directory.byStudentNumber(institution, studentNumber)
                .orElseThrow(() -> InvalidInputException.of("studentNumber", "no learner has the student number '" + studentNumber + "' at " + institution));
        return enrolDirectly(in.enrollable(), ItemId.of(in.item().strip()), learner, actor);
    }

    /** A registrar enrols a learner outside any round (no places are counted). */
    public Enrolment enrolDirectly(ItemKind kind, ItemId item, LearnerId learnerId, Actor actor) {
        InstitutionId institution = InstitutionId.of(item.institution());
        if (!LearnerAccess.registrarAt(actor, institution)) {
            throw new ForbiddenException("only a registrar of " + institution + " enrols in its offerings");
        }
        if (catalogue.find(kind, item, null, EnumSet.of(LifecycleStatus.PUBLISHED)).isEmpty()) {
            throw InvalidInputException.of("item", "no published " + kind.code() + " '" + item + "'");
        }
        directory.learner(learnerId).orElseThrow(() -> InvalidInputException.of("learner", "no learner '" + learnerId + "'"));
        Instant now = clock.instant();
        Enrolment e = new Enrolment(Ids.next(), learnerId, kind, item, null, EnrolmentStatus.ENROLLED, now, null);
        try {
            tx.executeWithoutResult(s -> {
                admissionStore.insertEnrolment(e);
                directory.affiliate(learnerId, institution);
                directory.journal(learnerId, "enrolment:" + e.id(), now, actor.name(), "enrolled", item.value());
                directory.notify(learnerId, "enrolled", Map.of("item", item.value()));
                events.publishEvent(new EvidenceRecorded(List.of(learnerId)));
            });
        } catch (DuplicateKeyException dup) {
            throw new ConflictException("the learner is enrolled in " + item + " already");
        }
        return admissionStore.enrolment(e.id()).orElseThrow();
    }

    /**
     * A registrar's list of enrolments outside any round (CSV: institution, student_number, kind,
     * item). All rows or none; an enrolment that is active already is left as it is.
     */
    public ImportSummary importEnrolments(String source, byte[] content, Actor actor) {
        return importEnrolments(source, content, actor, true);
    }

    /** The same for a bulk job, which audits the learners itself: no event; the summary names the learners newly enrolled. */
    public ImportSummary importEnrolmentsForJob(String source, byte[] content, Actor actor) {
        return importEnrolments(source, content, actor, false);
    }

    private ImportSummary importEnrolments(String source, byte[] content, Actor actor, boolean announce) {
        Set<String> institutions = catalogue.institutions().stream().map(i -> i.id().value()).collect(Collectors.toSet());
        Set<ItemId> published = new HashSet<>();
        for (ItemKind kind : List.of(ItemKind.MICRO_CREDENTIAL, ItemKind.MICRO_DEGREE, ItemKind.STUDY_PROGRAMME)) {
            for (ItemId id : catalogue.ids(kind)) {
                if (catalogue.find(kind, id, null, EnumSet.of(LifecycleStatus.PUBLISHED)).isPresent()) {
                    published.add(id);
                }
            }
        }
        var rows = EnrolmentCsv.read(source, content, directory.studentNumbers(institutions), published);
        Set<InstitutionId> denied = new TreeSet<>();
        rows.forEach(r -> {
            if (!LearnerAccess.registrarAt(actor, InstitutionId.of(r.item().institution()))) {
                denied.add(InstitutionId.of(r.item().institution()));
            }
        });
        if (!denied.isEmpty()) {
            throw new ForbiddenException("only registrars of " + denied + " enrol in their offerings");
        }
        Instant now = clock.instant();
        return tx.execute(s -> {
            Set<String> active = admissionStore.activeKeys();
            List<Enrolment> fresh = new ArrayList<>();
            for (var r : rows) {
                if (!active.contains(AdmissionStore.activeKey(r.learnerId(), r.kind(), r.item()))) {
                    fresh.add(new Enrolment(Ids.next(), r.learnerId(), r.kind(), r.item(), null,
                            EnrolmentStatus.ENROLLED, now, null));
                }
            }
            admissionStore.insertEnrolments(fresh);
            Set<LearnerId> learners = fresh.stream().map(Enrolment::learnerId).collect(Collectors.toSet());
            if (announce) {
                EvidenceRecorded.of(learners).forEach(events::publishEvent);
            }
            return new ImportSummary(rows.size(), fresh.size(), 0, rows.size() - fresh.size(), learners);
        });
    }

    /** The learner leaves; a round's place comes free, and in a ranked round the waitlist moves up. */
    public Enrolment withdrawEnrolment(String enrolmentId, Actor actor) {
        Enrolment e = admissionStore.enrolment(enrolmentId).orElseThrow(() -> new NotFoundException("no enrolment " + enrolmentId));
        Learner l = directory.learner(e.learnerId()).orElseThrow();
        boolean registrar = LearnerAccess.registrarAt(actor, InstitutionId.of(e.item().institution()));
        if (!LearnerAccess.self(actor, l.accountId()) && !registrar) {
            throw new NotFoundException("no enrolment " + enrolmentId);
        }
        if (e.roundId() != null) {
            Optional<Application> a = admissionStore.application(e.roundId(), e.learnerId());
            if (a.isPresent() && a.get().status() == ApplicationStatus.ENROLLED) {
                placing.withdraw(a.get().id(), actor);
                return admissionStore.enrolment(enrolmentId).orElseThrow();
            }
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            if (!admissionStore.withdraw(enrolmentId, now)) {
                throw new ConflictException("the enrolment is withdrawn already");
            }
            if (e.roundId() != null) {
                admissionStore.freePlace(e.roundId());
            }
            directory.journal(e.learnerId(), "enrolment:" + enrolmentId, now, actor.name(), "withdrawn", e.item().value());
        });
        return admissionStore.enrolment(enrolmentId).orElseThrow();
    }

    /** How many enrolments the registrar's list shows at once (the newest). */
    public static final int RECENT = 200;

    /**
     * The newest enrolments in her institutions' offerings (micro-credentials, programmes, study
     * programmes), of one kind when named: the registrar's list.
     */
    public List<Enrolment> recentAt(Actor actor, @Nullable ItemKind kind) {
        List<String> at = actor.grants().stream().filter(g -> LearnerAccess.registrarAt(actor, g.institution())).map(g -> g.institution().value())
                .distinct().toList();
        return admissionStore.enrolmentsAt(at, kind, RECENT);
    }

    public List<Enrolment> enrolments(LearnerId learnerId) {
        return admissionStore.enrolmentsOf(learnerId);
    }

    /** The active enrolments of these learners. */
    public List<Enrolment> activeEnrolments(Collection<LearnerId> learnerIds) {
        return admissionStore.activeEnrolments(learnerIds);
    }

    /** The active enrolments of the learners with ids after {@code after} (exclusive; "" from the first) up to {@code to}. */
    public List<Enrolment> activeEnrolmentsBetween(String after, LearnerId to) {
        return admissionStore.activeEnrolmentsBetween(after, to.value());
    }

    /** The next learners with an active enrolment after {@code after} (exclusive) up to {@code to}, in id order: a batch audit's chunk. */
    public List<LearnerId> enrolledLearnersBetween(String after, String to, int limit) {
        return admissionStore.enrolledLearnersBetween(after, to, limit).stream().map(LearnerId::of).toList();
    }

    /** The learners with an active enrolment, in id order: whom a batch audit audits. */
    public List<LearnerId> enrolledLearners() {
        return admissionStore.enrolledLearners().stream().map(LearnerId::of).toList();
    }
}
