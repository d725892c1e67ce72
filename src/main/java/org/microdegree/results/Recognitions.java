package org.microdegree.results;

import org.microdegree.shared.LearnerId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.learners.LearnerDirectory;
import org.microdegree.learners.Learners;
import org.microdegree.learners.model.JournalRow;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.rules.LearnerAccess;
import org.microdegree.results.internal.jdbc.ResultStore;
import org.microdegree.results.model.Achievement;
import org.microdegree.results.model.RecognitionCase;
import org.microdegree.results.model.RecognitionStatus;
import org.microdegree.results.model.RecognitionTarget;
import org.microdegree.results.rules.RecognitionDecision;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.Coded;
import org.microdegree.shared.validation.Format;
import org.microdegree.shared.validation.Inputs;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Ids;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.microdegree.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recognition of prior learning as a tracked decision: requested (by the learner or a registrar),
 * taken under review, then granted, partially granted or denied by a registrar of the institution
 * the target belongs to, with credited CP and a justification; every step is journaled. Granted
 * recognitions count as evidence for the audit ({@link Learners#evidence}).
 */
@Service
public class Recognitions {

    private final LearnerDirectory directory;
    private final ResultStore resultStore;
    private final Catalogue catalogue;
    private final Learners learners;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Recognitions(LearnerDirectory directory, ResultStore resultStore, Catalogue catalogue, Learners learners, TransactionTemplate tx,
            ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.directory = directory;
        this.resultStore = resultStore;
        this.catalogue = catalogue;
        this.learners = learners;
        this.tx = tx;
    }

    public RecognitionCase request(RecognitionInput in, Actor actor) {
        Learner learner;
        if (in.learner() == null) {
            learner = learners.selfOrNew(actor);
        } else {
            learner = learners.get(LearnerId.parse("learner", in.learner()), actor);
            if (!LearnerAccess.self(actor, learner.accountId()) && !LearnerAccess.registrarOfAny(actor, directory.affiliations(learner.id()))) {
                throw new NotFoundException("no learner " + in.learner());
            }
        }
        List<Violation> problems = Inputs.violations(in);
        String achievementId = Format.present(in.achievement());
        Achievement achievement = null;
        if (achievementId != null) {
            achievement = resultStore.achievement(achievementId).filter(a -> a.learnerId().equals(learner.id())).orElse(null);
            if (achievement == null) {
                problems.add(Violation.at("achievement", "not an achievement of this learner"));
            } else if (!achievement.grade().passed()) {
                problems.add(Violation.at("achievement", "a failed assessment is not recognised"));
            }
        }
        String extInst = Format.present(in.externalInstitution());
        String extTitle = Format.present(in.externalTitle());
        BigDecimal extCp = Format.parseDecimal(in.externalCreditPoints());
        String extGrade = Format.present(in.externalGrade());
        if (achievementId == null && (extInst == null || extTitle == null || extCp == null)) {
            problems.add(Violation.at("achievement", "name one of your achievements, or an external micro-credential with externalInstitution,"
                    + " externalTitle and externalCreditPoints"));
        }
        if (achievementId != null && extTitle != null) {
            problems.add(Violation.at("externalTitle", "either an achievement or an external micro-credential, not both"));
        }
        RecognitionTarget target = Coded.fromCode(RecognitionTarget.class, Format.lowerCase(in.target())).orElse(null);
        String ref = Format.present(in.targetRef());
        InstitutionId targetInstitution = null;
        if (target != null && ref != null) {
            if (target == RecognitionTarget.ADMISSION_REQUIREMENT) {
                String inst = Format.present(in.targetInstitution());
                if (inst == null) {
                    problems.add(Violation.at("targetInstitution", "required"));
                } else if (InstitutionId.isValid(inst)) {
                    targetInstitution = InstitutionId.of(inst);
                } else {
                    problems.add(Violation.at("targetInstitution", "'" + inst + "' is not an institution id"));
                }
            } else if (!ItemId.isValid(ref)) {
                problems.add(Violation.at("targetRef", "'" + ref + "' is not a catalogue id"));
            } else {
                ItemKind kind = switch (target) {
                    case MICRO_CREDENTIAL -> ItemKind.MICRO_CREDENTIAL;
                    case MICRO_DEGREE -> ItemKind.MICRO_DEGREE;
                    default -> ItemKind.STUDY_PROGRAMME;
                };
                if (catalogue.find(kind, ItemId.of(ref), null, EnumSet.of(LifecycleStatus.PUBLISHED, LifecycleStatus.RETIRED)).isEmpty()) {
                    problems.add(Violation.at("targetRef", "no published " + kind.code() + " '" + ref + "'"));
                } else {
                    targetInstitution = InstitutionId.of(ItemId.of(ref).institution());
                }
            }
        }
        BigDecimal requested = Format.parseDecimal(in.requestedCreditPoints());
        if (requested == null) {
            requested = achievement != null ? achievement.creditPoints() : extCp;
        }
        if (requested != null && (requested.signum() <= 0 || requested.compareTo(BigDecimal.valueOf(60)) > 0)) {
            problems.add(Violation.at("requestedCreditPoints", "more than 0 and at most 60"));
        }
        BigDecimal available = achievement != null ? achievement.creditPoints() : extCp;
        if (requested != null && available != null && requested.compareTo(available) > 0) {
            problems.add(Violation.at("requestedCreditPoints", "more than the " + available.toPlainString() + " CP the prior learning carries"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        RecognitionCase c = new RecognitionCase(Ids.next(), learner.id(), achievementId, extInst, extTitle, extCp, extGrade,
                target, ref, targetInstitution, requested, RecognitionStatus.REQUESTED, null, null, null, null, now);
        tx.executeWithoutResult(s -> {
            resultStore.insertRecognition(c);
            directory.affiliate(learner.id(), c.targetInstitution());
            directory.journal(learner.id(), "recognition:" + c.id(), now, actor.name(), "requested",
                    c.target().code() + " " + c.targetRef() + ", " + c.requestedCreditPoints().toPlainString() + " CP");
        });
        return resultStore.recognition(c.id()).orElseThrow();
    }

    private RecognitionCase decidable(String id, Actor actor) {
        RecognitionCase c = resultStore.recognition(id).orElseThrow(() -> new NotFoundException("no recognition case " + id));
        if (!LearnerAccess.registrarAt(actor, c.targetInstitution())) {
            throw new ForbiddenException("only a registrar of " + c.targetInstitution() + " decides this case");
        }
        return c;
    }

    public RecognitionCase startReview(String id, Actor actor) {
        RecognitionCase c = decidable(id, actor);
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            if (!resultStore.setRecognitionStatus(id, RecognitionStatus.REQUESTED, RecognitionStatus.UNDER_REVIEW)) {
                throw new ConflictException("the case is " + c.status().code() + "; only a requested case is taken under review");
            }
            directory.journal(c.learnerId(), "recognition:" + id, now, actor.name(), "under review", null);
        });
        return resultStore.recognition(id).orElseThrow();
    }

    public RecognitionCase decide(String id, RecognitionDecisionInput in, Actor actor) {
        RecognitionCase c = decidable(id, actor);
        Inputs.checked(in);
        RecognitionStatus d = Coded.fromCode(RecognitionStatus.class, Format.lowerCase(in.decision())).orElseThrow();
        BigDecimal cp = Format.parseDecimal(in.creditedCreditPoints());
        String justification = in.justification();
        List<Violation> problems = RecognitionDecision.check(c.status(), d, c.requestedCreditPoints(), cp, justification);
        if (!problems.isEmpty()) {
            if (problems.size() == 1 && problems.get(0).path().equals("status")) {
                throw new ConflictException(problems.get(0).reason());
            }
            throw new InvalidInputException(problems);
        }
        BigDecimal creditedCp = RecognitionDecision.credited(d, c.requestedCreditPoints(), cp);
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            if (!resultStore.decideRecognition(id, d, creditedCp, justification.strip(), actor.name(), now)) {
                throw new ConflictException("the case was decided meanwhile");
            }
            directory.journal(c.learnerId(), "recognition:" + id, now, actor.name(), d.code(), creditedCp.toPlainString() + " CP credited");
            directory.notify(c.learnerId(), "recognition-" + d.code(), Map.of("item", c.targetRef(), "detail", creditedCp.toPlainString()));
            if (d.credits()) {
                events.publishEvent(new EvidenceRecorded(List.of(c.learnerId())));
            }
        });
        return resultStore.recognition(id).orElseThrow();
    }

    public RecognitionCase get(String id, Actor actor) {
        RecognitionCase c = resultStore.recognition(id).orElseThrow(() -> new NotFoundException("no recognition case " + id));
        Learner l = directory.learner(c.learnerId()).orElseThrow();
        if (!LearnerAccess.self(actor, l.accountId()) && !LearnerAccess.registrarAt(actor, c.targetInstitution())) {
            throw new NotFoundException("no recognition case " + id);
        }
        return c;
    }

    /** Open cases for the institutions where the actor is registrar. */
    public List<RecognitionCase> open(Actor actor) {
        return resultStore.openRecognitions(registrarAt(actor));
    }

    /** Decided cases for the institutions where the actor is registrar, the latest first (at most 200); one outcome or all. */
    public List<RecognitionCase> decided(Actor actor, @Nullable RecognitionStatus decision) {
        return resultStore.decidedRecognitions(registrarAt(actor), decision != null && decision.decided() ? decision : null, 200);
    }

    private static Set<String> registrarAt(Actor actor) {
        return actor.staffOf().stream().filter(i -> actor.has(Role.REGISTRAR, i)).map(InstitutionId::value).collect(Collectors.toSet());
    }

    public List<JournalRow> journal(String id, Actor actor) {
        get(id, actor);
        return directory.journalOfSubject("recognition:" + id);
    }

    /** A learner's recognition cases, for her own page (the caller has checked that the actor may read her record). */
    public List<RecognitionCase> ofLearner(LearnerId learnerId) {
        return resultStore.recognitionsOf(learnerId);
    }
}
