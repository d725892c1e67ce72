package org.microdegree.admissions;

import org.microdegree.shared.ApplicationId;
import org.microdegree.shared.RoundId;
import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.microdegree.admissions.internal.jdbc.AdmissionStore;
import org.microdegree.admissions.model.ApplicantProfile;
import org.microdegree.admissions.model.ApplicantDocument;
import org.microdegree.admissions.model.Application;
import org.microdegree.admissions.model.ApplicationRound;
import org.microdegree.admissions.model.ApplicationStatus;
import org.microdegree.admissions.model.Cefr;
import org.microdegree.admissions.model.Enrolment;
import org.microdegree.admissions.model.EnrolmentStatus;
import org.microdegree.admissions.model.SelectionMode;
import org.microdegree.admissions.rules.Deadlines;
import org.microdegree.admissions.rules.Selection;
import org.microdegree.learners.LearnerDirectory;
import org.microdegree.learners.Learners;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.rules.LearnerAccess;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.Violation;
import org.microdegree.shared.validation.Format;
import org.microdegree.shared.validation.Inputs;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Ids;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applying to a ranked round and what follows for the applicant: the application (by the learner,
 * or entered by a registrar with the instant it arrived), documents, reviewers' marks, taking a
 * selected place, and withdrawal, after which the waitlist moves up. Places are taken by one
 * conditional update of a counter row, so that no number of concurrent requests on any number of
 * instances overbooks a round (see AdmissionStore#takePlace).
 */
@Service
@RequiredArgsConstructor
public class PlacingApplications {

    public static final InstitutionId EXTERNAL = InstitutionId.of("external");
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    private final LearnerDirectory directory;
    private final AdmissionStore admissionStore;
    private final ApplicationRounds rounds;
    private final Learners learners;
    private final TransactionTemplate tx;
    private final Clock clock;

    /** The learner applying: the signed-in learner (a record made on first use), or one named by a registrar of the round. */
    Learner applicant(@Nullable LearnerId learnerId, ApplicationRound round, Actor actor) {
        if (learnerId == null) {
            return learners.selfOrNew(actor);
        }
        if (!LearnerAccess.registrarAt(actor, round.institution())) {
            throw new ForbiddenException("only a registrar of " + round.institution() + " applies on a learner's behalf");
        }
        return directory.learner(learnerId).orElseThrow(() -> InvalidInputException.of("learner", "no learner '" + learnerId + "'"));
    }

    public Application apply(RoundId roundId, ApplicationInput in, Actor actor) {
        return apply(rounds.round(roundId), in, actor, clock.instant());
    }

    /**
     * An application that arrived by another channel (post, e-mail, a previous system), entered by a
     * registrar with the instant it arrived; the deadline rule is applied to that instant.
     */
    public Application enterReceived(RoundId roundId, ApplicationInput in, Instant receivedAt, Actor actor) {
        ApplicationRound round = rounds.round(roundId);
        if (!LearnerAccess.registrarAt(actor, round.institution())) {
            throw new ForbiddenException("only a registrar of " + round.institution() + " enters applications received otherwise");
        }
        if (in.learner() == null) {
            throw InvalidInputException.of("learner", "name the learner whose application arrived");
        }
        if (receivedAt.isAfter(clock.instant())) {
            throw InvalidInputException.of("receivedAt", "is in the future");
        }
        return apply(round, in, actor, receivedAt);
    }

    private Application apply(ApplicationRound round, ApplicationInput in, Actor actor, Instant now) {
        RoundId roundId = round.id();
        if (round.selection() == SelectionMode.FIRST_COME) {
            throw new ConflictException("round " + roundId + " takes no applications: places go first come, first served by enrolment");
        }
        if (!Deadlines.open(round.opensAt(), round.closesAt(), now)) {
            throw new ConflictException(now.isBefore(round.opensAt())
                    ? "round " + roundId + " opens on " + ApplicationRounds.shown(round.opensAt(), round.zone())
                    : "round " + roundId + " closed on " + ApplicationRounds.shown(round.closesAt(), round.zone()));
        }
        ApplicantProfile profile = profile(in);
        Learner learner = applicant(in.learner() == null ? null : LearnerId.parse("learner", in.learner()), round, actor);
        InstitutionId home = profile.homeInstitution() == null ? EXTERNAL : profile.homeInstitution();
        Application a = new Application(ApplicationId.next(), roundId, learner.id(), home, now, ApplicationStatus.SUBMITTED,
                profile, List.of(), Set.of(), null, null, null, null);
        try {
            tx.executeWithoutResult(s -> {
                admissionStore.insertApplication(a);
                directory.affiliate(learner.id(), round.institution());
                directory.journal(learner.id(), "application:" + a.id(), now, actor.name(), "applied", roundId.value());
                directory.notify(learner.id(), "application-received", Map.of("item", round.item().value(), "round", roundId.value()));
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException("this learner has applied to round " + roundId + " already");
        }
        return admissionStore.application(a.id()).orElseThrow();
    }

    private static ApplicantProfile profile(ApplicationInput in) {
        List<Violation> problems = Inputs.violations(in);
        String home = Format.present(in.homeInstitution());
        BigDecimal grade = Format.parseDecimal(in.priorGrade());
        if (grade != null && (grade.compareTo(BigDecimal.ONE) < 0 || grade.compareTo(BigDecimal.valueOf(5)) > 0)) {
            problems.add(Violation.at("priorGrade", "a German grade from 1.0 to 5.0"));
        }
        Map<String, Cefr> languages = new TreeMap<>();
        if (in.languages() != null) {
            in.languages().forEach((lang, level) -> {
                if (!lang.matches("[a-z]{2}")) {
                    problems.add(Violation.at("languages." + lang, "a two-letter language code such as en"));
                } else if (level == null || !level.matches("[ABC][12]")) {
                    problems.add(Violation.at("languages." + lang, "a CEFR level A1 to C2"));
                } else {
                    languages.put(lang, Cefr.valueOf(level));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ApplicantProfile(home == null ? null : InstitutionId.of(home), in.enrolledEqf(), in.priorDegreeEqf(), grade, languages);
    }

    private Application ownApplication(ApplicationId applicationId, Actor actor) {
        Application a = admissionStore.application(applicationId).orElseThrow(() -> new NotFoundException("no application " + applicationId));
        ApplicationRound r = rounds.round(a.roundId());
        Learner l = directory.learner(a.learnerId()).orElseThrow();
        if (!LearnerAccess.self(actor, l.accountId()) && !LearnerAccess.registrarAt(actor, r.institution())) {
            throw new NotFoundException("no application " + applicationId);
        }
        return a;
    }

    public Application application(ApplicationId applicationId, Actor actor) {
        return ownApplication(applicationId, actor);
    }

    /** A document the round asks for, uploaded by the applicant before the round closes. */
    public Application upload(ApplicationId applicationId, String name, String fileName, String contentType, byte[] content, Actor actor) {
        Application a = ownApplication(applicationId, actor);
        ApplicationRound r = rounds.round(a.roundId());
        if (!r.documents().contains(name)) {
            throw InvalidInputException.of("name", "round " + r.id() + " asks for " + (r.documents().isEmpty()
                    ? "no documents"
                    : String.join(", ", r.documents())) + ", not '" + name + "'");
        }
        if (content.length == 0 || content.length > MAX_DOCUMENT_BYTES) {
            throw InvalidInputException.of("file", content.length == 0 ? "the file is empty" : "larger than 10 MB");
        }
        Instant now = clock.instant();
        if (!Deadlines.open(r.opensAt(), r.closesAt(), now)) {
            throw new ConflictException("round " + r.id() + " closed on " + ApplicationRounds.shown(r.closesAt(), r.zone()));
        }
        tx.executeWithoutResult(s -> {
            admissionStore.putDocument(applicationId, name, fileName.isBlank() ? name : fileName, contentType, content, now);
            directory.journal(a.learnerId(), "application:" + applicationId, now, actor.name(), "uploaded", name);
        });
        return admissionStore.application(applicationId).orElseThrow();
    }

    public Optional<ApplicantDocument> document(ApplicationId applicationId, String name, Actor actor) {
        ownApplication(applicationId, actor);
        return admissionStore.document(applicationId, name).map(d -> new ApplicantDocument(d.fileName(), d.contentType(), d.content()));
    }

    /** A reviewer's mark, 0 to 100: registrars and quality assurance of the round's institution. */
    public Application review(ApplicationId applicationId, BigDecimal mark, Actor actor) {
        Application a = admissionStore.application(applicationId).orElseThrow(() -> new NotFoundException("no application " + applicationId));
        ApplicationRound r = rounds.round(a.roundId());
        if (!actor.has(Role.REGISTRAR, r.institution()) && !actor.has(Role.QUALITY, r.institution())) {
            throw new ForbiddenException("only registrars and quality assurance of " + r.institution() + " review its applications");
        }
        if (mark.signum() < 0 || mark.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw InvalidInputException.of("mark", "from 0 to 100");
        }
        if (a.status() != ApplicationStatus.SUBMITTED) {
            throw new ConflictException("the application is " + a.status().code() + " already");
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            admissionStore.putReview(applicationId, actor.name(), mark, now);
            directory.journal(a.learnerId(), "application:" + applicationId, now, actor.name(), "reviewed", null);
        });
        return admissionStore.application(applicationId).orElseThrow();
    }

    /** A selected applicant takes their place: enrolled. */
    public Enrolment accept(ApplicationId applicationId, Actor actor) {
        Application a = ownApplication(applicationId, actor);
        ApplicationRound r = rounds.round(a.roundId());
        if (a.status() != ApplicationStatus.SELECTED) {
            throw new ConflictException("the application is " + a.status().code() + "; only a selected applicant enrols");
        }
        Instant now = clock.instant();
        Enrolment e = new Enrolment(Ids.next(), a.learnerId(), r.itemKind(), r.item(), r.id(), EnrolmentStatus.ENROLLED, now, null);
        try {
            tx.executeWithoutResult(s -> {
                if (!admissionStore.setStatus(applicationId, ApplicationStatus.SELECTED, ApplicationStatus.ENROLLED, now)) {
                    throw new ConflictException("the application changed meanwhile");
                }
                if (!admissionStore.takePlace(r.id())) {
                    throw new ConflictException("no places are left in round " + r.id());
                }
                admissionStore.insertEnrolment(e);
                directory.journal(a.learnerId(), "enrolment:" + e.id(), now, actor.name(), "enrolled", r.item().value());
                directory.notify(a.learnerId(), "enrolled", ApplicationRounds.args(r, null));
            });
        } catch (DuplicateKeyException dup) {
            throw new ConflictException("the learner is enrolled in " + r.item() + " already");
        }
        return admissionStore.enrolment(e.id()).orElseThrow();
    }

    /** The applicant withdraws; a place they held goes to the waitlist, in rank order. */
    public Application withdraw(ApplicationId applicationId, Actor actor) {
        Application a = ownApplication(applicationId, actor);
        ApplicationRound r = rounds.round(a.roundId());
        if (a.status() == ApplicationStatus.WITHDRAWN || a.status() == ApplicationStatus.INELIGIBLE) {
            throw new ConflictException("the application is " + a.status().code());
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            if (!admissionStore.setStatus(applicationId, a.status(), ApplicationStatus.WITHDRAWN, now)) {
                throw new ConflictException("the application changed meanwhile");
            }
            if (a.status() == ApplicationStatus.ENROLLED) {
                admissionStore.enrolmentsInRound(r.id()).stream().filter(e -> e.learnerId().equals(a.learnerId())).forEach(e -> {
                    admissionStore.withdraw(e.id(), now);
                    admissionStore.freePlace(r.id());
                });
            }
            directory.journal(a.learnerId(), "application:" + applicationId, now, actor.name(), "withdrawn", null);
            directory.notify(a.learnerId(), "withdrawn", ApplicationRounds.args(r, null));
            if (a.status().holdsPlace() && r.selectedAt() != null) {
                moveUp(r, now, actor);
            }
        });
        return admissionStore.application(applicationId).orElseThrow();
    }

    private void moveUp(ApplicationRound r, Instant now, Actor actor) {
        for (Application up : Selection.moveUp(r, admissionStore.applicationsOf(r.id()))) {
            if (admissionStore.promote(up.id(), now)) {
                directory.journal(up.learnerId(), "application:" + up.id(), now, actor.name(), "moved up from the waitlist", null);
                directory.notify(up.learnerId(), "moved-up", ApplicationRounds.args(r, null));
            }
        }
    }

    /** A learner's applications, for her own page (the caller has checked that the actor may read her record). */
    public List<Application> ofLearner(LearnerId learnerId) {
        return admissionStore.applicationsOfLearner(learnerId);
    }
}
