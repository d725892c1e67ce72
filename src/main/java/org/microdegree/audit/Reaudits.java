package org.microdegree.audit;

import org.microdegree.shared.LearnerId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.microdegree.audit.engine.AuditPolicy;
import org.microdegree.audit.engine.AuditResult;
import org.microdegree.audit.engine.Degree;
import org.microdegree.audit.engine.Proof;
import org.microdegree.audit.internal.MetStore;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.results.Evidence;
import org.microdegree.results.LearnerEvidence;
import org.microdegree.admissions.model.Enrolment;
import org.microdegree.shared.ItemId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Audits of many learners at once: everyone enrolled ({@code ./microdegree audit --all}), the
 * learners new evidence touched (announcing what they met), and a bulk job's chunk (recording what
 * they met for the job's own award step). What a learner met is recorded once per credential
 * version however often this runs.
 */
@Service
public class Reaudits {

    private final Audits audits;
    private final LearnerEvidence evidence;
    private final EnrollingLearners enrollingLearners;
    private final MetStore met;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reaudits(Audits audits, LearnerEvidence evidence, EnrollingLearners enrollingLearners, MetStore met, ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.audits = audits;
        this.evidence = evidence;
        this.enrollingLearners = enrollingLearners;
        this.met = met;
        this.events = events;
    }

    /** What auditing a batch job's chunk of learners found: learners with an enrolment, credentials audited, of them complete. */
    public record Counts(int learners, int credentials, int complete) {}

    /**
     * Audits the learners with ids after {@code after} (exclusive; "" from the first) up to {@code to}
     * (a chunk of {@code audit --all}'s job) for every micro-credential and programme they are
     * enrolled in; records nothing. Evidence and enrolments are read as one range of ids each.
     */
    public Counts audit(String after, LearnerId to) {
        CatalogueUnits units = audits.catalogueUnits();
        AuditPolicy policy = AuditPolicy.on(LocalDate.now(clock));
        Map<LearnerId, List<Evidence>> all = evidence.ofLearnersBetween(after, to);
        Map<LearnerId, List<Enrolment>> enrolled = new HashMap<>();
        enrollingLearners.activeEnrolmentsBetween(after, to).forEach(e -> enrolled.computeIfAbsent(e.learnerId(), k -> new ArrayList<>()).add(e));
        int[] credentials = {0};
        int[] complete = {0};
        enrolled.forEach((learner, mine) -> auditEnrolments(mine, Audits.proofs(all.getOrDefault(learner, List.of())), units, policy, (e, r) -> {
            credentials[0]++;
            complete[0] += r.complete() ? 1 : 0;
        }));
        return new Counts(enrolled.size(), credentials[0], complete[0]);
    }

    /**
     * Re-audits these learners (after new evidence) for everything they are enrolled in. Each
     * credential version newly met, and each micro-credential completed within an enrolled
     * programme, is recorded and announced as {@link RequirementsMet}, once per learner and
     * version however often this runs. Runs in the caller's transaction; returns how many were new.
     */
    public int reaudit(Collection<LearnerId> learnerIds) {
        return reaudit(learnerIds, true, null);
    }

    /**
     * The same for a bulk job: each credential version newly met is recorded, and announced to no
     * one: the job's award step issues the certificates of what it recorded, a chunk at a time, so
     * that an import of thousands of learners leaves no event behind. Returns how many were new.
     */
    public int recordMet(Collection<LearnerId> learnerIds) {
        return reaudit(learnerIds, false, null);
    }

    /** The same over these learners' evidence, read before (the job's chunk reads it once for the audit and the certificates). */
    public int recordMet(Collection<LearnerId> learnerIds, Map<LearnerId, List<Evidence>> evidence) {
        return reaudit(learnerIds, false, evidence);
    }

    private int reaudit(Collection<LearnerId> learnerIds, boolean announce, @Nullable Map<LearnerId, List<Evidence>> read) {
        CatalogueUnits units = audits.catalogueUnits();
        LocalDate today = LocalDate.now(clock);
        AuditPolicy policy = AuditPolicy.on(today);
        // many learners (an import) are read a thousand at a time rather than one by one
        boolean batch = learnerIds.size() > 50;
        Map<LearnerId, List<Evidence>> all = read != null ? read : batch ? this.evidence.ofLearners(learnerIds) : Map.of();
        Map<LearnerId, List<Enrolment>> enrolled = new HashMap<>();
        if (batch) {
            enrollingLearners.activeEnrolments(learnerIds).forEach(e -> enrolled.computeIfAbsent(e.learnerId(), k -> new ArrayList<>()).add(e));
        }
        Instant now = clock.instant();
        int[] fresh = {0};
        // a bulk job's chunk records what it met in one batch, each version once
        Set<MetStore.Claim> claims = new LinkedHashSet<>();
        for (LearnerId learner : learnerIds) {
            List<Enrolment> mine = batch
                    ? enrolled.getOrDefault(learner, List.of())
                    : enrollingLearners.enrolments(learner).stream().filter(e -> e.status().code().equals("enrolled")).toList();
            if (mine.isEmpty()) {
                continue;
            }
            List<Proof> evidence = Audits.proofs(batch || read != null ? all.getOrDefault(learner, List.of()) : this.evidence.of(learner));
            Degree degree = Audits.degreeOf(mine, units);
            auditEnrolments(mine, evidence, units, policy, (e, r) -> {
                if (r.complete()) {
                    if (announce) {
                        fresh[0] += announce(learner, e.itemKind(), e.item(), units, today, now, details(r, degree, evidence, units));
                    } else {
                        claim(claims, learner, e.itemKind(), e.item(), units);
                    }
                }
                for (ItemId mc : r.completedMicroCredentials()) {
                    if (!mc.equals(e.item())) {
                        if (announce) {
                            fresh[0] += announce(learner, ItemKind.MICRO_CREDENTIAL, mc, units, today, now, null);
                        } else {
                            claim(claims, learner, ItemKind.MICRO_CREDENTIAL, mc, units);
                        }
                    }
                }
            });
        }
        return fresh[0] + met.claimAll(claims, today, now);
    }

    /** Audits each of one learner's enrolments that the catalogue can audit, beside her degree if she studies one. */
    private static void auditEnrolments(List<Enrolment> enrolments, List<Proof> evidence, CatalogueUnits units, AuditPolicy policy,
            BiConsumer<Enrolment, AuditResult> audited) {
        Degree degree = Audits.degreeOf(enrolments, units);
        for (Enrolment e : enrolments) {
            units.treeFor(e.itemKind(), e.item())
                    .ifPresent(tree -> audited.accept(e, Audits.auditOne(e.itemKind(), e.item(), tree, evidence, units, policy, degree)));
        }
    }

    private static void claim(Set<MetStore.Claim> claims, LearnerId learner, ItemKind kind, ItemId item, CatalogueUnits units) {
        int version = units.version(kind, item);
        if (version != 0) {
            claims.add(new MetStore.Claim(learner, kind, item, version));
        }
    }

    private int announce(LearnerId learner, ItemKind kind, ItemId item, CatalogueUnits units, LocalDate today, Instant now, @Nullable Details details) {
        int version = units.version(kind, item);
        if (version == 0 || !met.claim(learner, kind, item, version, today, now)) {
            return 0;
        }
        events.publishEvent(details == null
                ? new RequirementsMet(learner, kind, item, version, today)
                : new RequirementsMet(learner, kind, item, version, today, details.degree(), details.completed(), details.within(), details.additional()));
        return 1;
    }

    /** What a programme's certificate lists, as the audit that found it met saw it. */
    private record Details(@Nullable String degree, List<String> completed, List<String> within, List<String> additional) {}

    private static @Nullable Details details(AuditResult r, @Nullable Degree degree, List<Proof> evidence, CatalogueUnits units) {
        if (!units.microDegrees.containsKey(r.programme())) {
            return null;
        }
        List<String> completed = r.completedMicroCredentials().stream().map(ItemId::value).toList();
        if (degree == null) {
            return new Details(null, completed, List.of(), List.of());
        }
        Map<ItemId, Boolean> split = degree.split(units.microDegrees.get(r.programme()).completion(), r, evidence, units);
        return new Details(degree.id().value(), completed,
                split.entrySet().stream().filter(Map.Entry::getValue).map(e -> e.getKey().value()).toList(),
                split.entrySet().stream().filter(e -> !e.getValue()).map(e -> e.getKey().value()).toList());
    }
}
