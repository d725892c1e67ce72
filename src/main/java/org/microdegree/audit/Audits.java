package org.microdegree.audit;

import java.time.Clock;
import java.time.LocalDate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.audit.engine.AuditEngine;
import org.microdegree.audit.engine.AuditPolicy;
import org.microdegree.audit.engine.AuditResult;
import org.microdegree.audit.engine.Proof;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.learners.Admissions;
import org.microdegree.learners.Evidence;
import org.microdegree.learners.Learners;
import org.microdegree.learners.model.Enrolment;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The audit module's API: audits of one learner (the learner themself and their registrars) and of
 * everyone enrolled (operators, `./microdegree audit --all`). Nothing is stored; a what-if audit
 * adds hypothetical evidence for that one answer only.
 */
@Service
public class Audits {

    private final Catalogue catalogue;
    private final Learners learners;
    private final Admissions admissions;
    private final Clock clock = Clock.systemUTC();

    public Audits(Catalogue catalogue, Learners learners, Admissions admissions) {
        this.catalogue = catalogue;
        this.learners = learners;
        this.admissions = admissions;
    }

    /** A hypothetical result for a what-if audit: a unit passed with its CP. */
    public record Hypothesis(ItemKind kind, ItemId item, int tenths) {
    }

    /**
     * The learner's audits: of {@code programme} when given, else of every micro-credential and
     * programme they are enrolled in.
     */
    public List<AuditResult> audit(String learnerId, @Nullable ItemId programme, List<Hypothesis> whatIf, Actor actor) {
        return audit(learnerId, programme, whatIf, actor, new CatalogueUnits(catalogue.snapshot()));
    }

    private List<AuditResult> audit(String learnerId, @Nullable ItemId programme, List<Hypothesis> whatIf, Actor actor,
                                    CatalogueUnits units) {
        learners.get(learnerId, actor);
        List<Proof> evidence = new ArrayList<>(proofs(learners.evidence(learnerId)));
        for (int i = 0; i < whatIf.size(); i++) {
            Hypothesis h = whatIf.get(i);
            evidence.add(new Proof("what-if-" + (i + 1), h.kind(), h.item(), h.tenths(), null, LocalDate.now(clock)));
        }
        Set<Target> targets = new LinkedHashSet<>();
        if (programme != null) {
            ItemKind kind = units.microDegrees.containsKey(programme) ? ItemKind.MICRO_DEGREE : ItemKind.MICRO_CREDENTIAL;
            targets.add(new Target(kind, programme));
        } else {
            admissions.enrolments(learnerId).stream().filter(e -> e.status().code().equals("enrolled"))
                    .forEach(e -> targets.add(new Target(e.itemKind(), e.item())));
        }
        List<AuditResult> out = new ArrayList<>();
        for (Target t : targets) {
            var found = units.treeFor(t.kind(), t.item());
            if (found.isEmpty() && programme == null) {
                continue;   // an enrolment in something no longer in the catalogue has nothing to audit
            }
            Requirement tree = found.orElseThrow(() -> new NotFoundException("no published micro-credential or programme '" + t.item() + "'"));
            out.add(AuditEngine.audit(t.item(), tree, units.tenths(t.kind(), t.item()), evidence, units, AuditPolicy.on(LocalDate.now(clock))));
        }
        return out;
    }

    record Target(ItemKind kind, ItemId item) {
    }

    /**
     * The learner's audits as reports, each with the units still missing, soonest available first:
     * an open application round or an on-demand offering now, else the start of the next semester
     * that offers the unit (summer from 1 April, winter from 1 October).
     */
    public List<AuditReport> reports(String learnerId, @Nullable ItemId programme, List<Hypothesis> whatIf, Actor actor) {
        // one snapshot of the catalogue for the audit and for what is on offer
        CatalogueUnits units = new CatalogueUnits(catalogue.snapshot());
        List<AuditResult> results = audit(learnerId, programme, whatIf, actor, units);
        LocalDate today = LocalDate.now(clock);
        Map<ItemId, String> openRounds = new LinkedHashMap<>();
        admissions.open().forEach(r -> openRounds.putIfAbsent(r.item(), r.id()));
        List<AuditReport> out = new ArrayList<>();
        for (AuditResult r : results) {
            AuditReport report = AuditReport.of(r);
            List<AuditReport.Missing> missing = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (var n : r.nodes()) {
                if (r.complete() || n.unit() == null || n.satisfied() || r.completedMicroCredentials().contains(n.unit())
                        || !seen.add(n.unit().value())) {
                    continue;
                }
                var offering = units.offering(n.unitKind(), n.unit());
                String round = openRounds.get(n.unit());
                LocalDate from = round != null ? today : offering == null ? null : nextStart(offering, today);
                missing.add(new AuditReport.Missing(n.unit().value(), offering == null ? null : offering.code(),
                        from == null ? null : from.toString(), round));
            }
            missing.sort(java.util.Comparator.comparing((AuditReport.Missing m) -> m.from() == null ? "9999" : m.from())
                    .thenComparing(AuditReport.Missing::unit));
            out.add(report.withMissing(missing));
        }
        return out;
    }

    static LocalDate nextStart(org.microdegree.catalog.model.Offering offering, LocalDate today) {
        LocalDate summer = LocalDate.of(today.getYear(), 4, 1);
        LocalDate winter = LocalDate.of(today.getYear(), 10, 1);
        LocalDate nextSummer = today.isAfter(summer) ? summer.plusYears(1) : summer;
        LocalDate nextWinter = today.isAfter(winter) ? winter.plusYears(1) : winter;
        return switch (offering) {
            case ON_DEMAND -> today;
            case SUMMER -> nextSummer;
            case WINTER -> nextWinter;
            case EVERY_SEMESTER -> nextSummer.isBefore(nextWinter) ? nextSummer : nextWinter;
        };
    }

    /** What a batch audit found. */
    public record Summary(int learners, int credentials, int complete, long millis) {
    }

    /** Audits every learner for every micro-credential and programme they are enrolled in (operators only). */
    public Summary auditAll(Actor actor) {
        if (!actor.operator()) {
            throw new org.microdegree.shared.ForbiddenException("the batch audit runs at the command line");
        }
        long started = System.nanoTime();
        CatalogueUnits units = new CatalogueUnits(catalogue.snapshot());
        Map<String, List<Enrolment>> byLearner = new LinkedHashMap<>();
        for (Enrolment e : admissions.activeEnrolments()) {
            byLearner.computeIfAbsent(e.learnerId(), k -> new ArrayList<>()).add(e);
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, List<Evidence>> all = learners.evidenceOfAll();
        AuditPolicy policy = AuditPolicy.on(today);
        // learners are independent and the snapshot is read-only: audit them on every core
        java.util.concurrent.atomic.LongAdder credentials = new java.util.concurrent.atomic.LongAdder();
        java.util.concurrent.atomic.LongAdder complete = new java.util.concurrent.atomic.LongAdder();
        byLearner.entrySet().parallelStream().forEach(l -> {
            List<Proof> evidence = proofs(all.getOrDefault(l.getKey(), List.of()));
            for (Enrolment e : l.getValue()) {
                var tree = units.treeFor(e.itemKind(), e.item());
                if (tree.isEmpty()) {
                    continue;
                }
                credentials.increment();
                if (AuditEngine.audit(e.item(), tree.get(), units.tenths(e.itemKind(), e.item()), evidence, units, policy).complete()) {
                    complete.increment();
                }
            }
        });
        return new Summary(byLearner.size(), credentials.intValue(), complete.intValue(), (System.nanoTime() - started) / 1_000_000);
    }

    static List<Proof> proofs(List<Evidence> evidence) {
        List<Proof> out = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.item() == null || e.itemKind() == null || e.itemKind() == ItemKind.STUDY_PROGRAMME) {
                continue;
            }
            out.add(new Proof(e.id(), e.itemKind(), e.item(), e.creditPoints().movePointRight(1).intValue(),
                    e.german() == null ? null : e.german().doubleValue(), e.date()));
        }
        return out;
    }

}
