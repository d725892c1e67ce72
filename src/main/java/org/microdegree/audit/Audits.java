package org.microdegree.audit;

import org.microdegree.shared.LearnerId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.microdegree.audit.engine.AuditEngine;
import org.microdegree.audit.engine.AuditPolicy;
import org.microdegree.audit.engine.AuditResult;
import org.microdegree.audit.engine.Degree;
import org.microdegree.audit.engine.Proof;
import org.microdegree.audit.engine.Units;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.Offering;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.results.Evidence;
import org.microdegree.results.LearnerEvidence;
import org.microdegree.learners.Learners;
import org.microdegree.admissions.model.Enrolment;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Violation;
import org.springframework.stereotype.Service;

/**
 * The audit module's API: audits of one learner (the learner themself and their registrars) and
 * reports of many; the audits of many learners at once are {@link Reaudits}. Nothing is stored; a
 * what-if audit adds hypothetical evidence for that one answer only.
 */
@Service
public class Audits {

    private final Catalogue catalogue;
    private volatile @org.jspecify.annotations.Nullable CatalogueUnits units;
    private final Learners learners;
    private final LearnerEvidence evidence;
    private final ApplicationRounds applicationRounds;
    private final EnrollingLearners enrollingLearners;
    private final Clock clock;

    public Audits(Catalogue catalogue, Learners learners, LearnerEvidence evidence, ApplicationRounds applicationRounds, EnrollingLearners enrollingLearners,
            Clock clock) {
        this.clock = clock;
        this.catalogue = catalogue;
        this.learners = learners;
        this.evidence = evidence;
        this.applicationRounds = applicationRounds;
        this.enrollingLearners = enrollingLearners;
    }

    /** A hypothetical result for a what-if audit: a unit passed with its CP. */
    public record Hypothesis(ItemKind kind, ItemId item, int tenths) {}

    /**
     * The learner's audits: of {@code programme} when given, else of every micro-credential and
     * programme they are enrolled in.
     */
    public List<AuditResult> audit(LearnerId learnerId, @Nullable ItemId programme, List<Hypothesis> whatIf, Actor actor) {
        return audit(learnerId, programme, whatIf, actor, catalogueUnits()).stream().map(Audited::result).toList();
    }

    /** One audit with what it was audited against: the learner's degree, if any, and the evidence. */
    private record Audited(AuditResult result, @Nullable Degree degree, List<Proof> evidence) {}

    private List<Audited> audit(LearnerId learnerId, @Nullable ItemId programme, List<Hypothesis> whatIf, Actor actor,
            CatalogueUnits units) {
        learners.get(learnerId, actor);
        return audit(programme, whatIf, units, this.evidence.of(learnerId),
                enrollingLearners.enrolments(learnerId).stream().filter(e -> e.status().code().equals("enrolled")).toList());
    }

    /** The same over evidence and enrolments read before (a bulk award reads them for many learners at once). */
    private List<Audited> audit(@Nullable ItemId programme, List<Hypothesis> whatIf, CatalogueUnits units, List<Evidence> passed,
            List<Enrolment> enrolled) {
        List<Proof> evidence = new ArrayList<>(proofs(passed));
        for (int i = 0; i < whatIf.size(); i++) {
            Hypothesis h = whatIf.get(i);
            evidence.add(new Proof("what-if-" + (i + 1), h.kind(), h.item(), h.tenths(), null, LocalDate.now(clock)));
        }
        Degree degree = degreeOf(enrolled, units);
        Set<Target> targets = new LinkedHashSet<>();
        if (programme != null) {
            ItemKind kind = units.microDegrees.containsKey(programme) ? ItemKind.MICRO_DEGREE : ItemKind.MICRO_CREDENTIAL;
            targets.add(new Target(kind, programme));
        } else {
            enrolled.forEach(e -> targets.add(new Target(e.itemKind(), e.item())));
        }
        AuditPolicy policy = AuditPolicy.on(LocalDate.now(clock));
        List<Audited> out = new ArrayList<>();
        for (Target t : targets) {
            var found = units.treeFor(t.kind(), t.item());
            if (found.isEmpty() && (programme == null || t.kind() == ItemKind.STUDY_PROGRAMME)) {
                continue; // a degree, or an enrolment in something no longer in the catalogue, has nothing to audit
            }
            Requirement tree = found.orElseThrow(() -> new NotFoundException("no published micro-credential or programme '" + t.item() + "'"));
            out.add(new Audited(auditOne(t.kind(), t.item(), tree, evidence, units, policy, degree), degree, evidence));
        }
        return out;
    }

    /** A programme is audited beside the learner's degree when they study one; a micro-credential on its own. */
    static AuditResult auditOne(ItemKind kind, ItemId item, Requirement tree, List<Proof> evidence, CatalogueUnits units,
            AuditPolicy policy, @Nullable Degree degree) {
        int tenths = units.tenths(kind, item);
        if (kind != ItemKind.MICRO_DEGREE) {
            return AuditEngine.audit(item, tree, tenths, evidence, units, policy);
        }
        AuditPolicy own = units.policy(item, policy.auditDate()); // the programme's minimum grade and validity, if it sets them
        return degree == null ? AuditEngine.audit(item, tree, tenths, evidence, units, own) : degree.audit(item, tree, tenths, evidence, units, own);
    }

    /** The degree a learner studies: their first active enrolment in a study programme of the catalogue. */
    static @Nullable Degree degreeOf(List<Enrolment> enrolments, CatalogueUnits units) {
        for (Enrolment e : enrolments) {
            Degree degree = e.itemKind() == ItemKind.STUDY_PROGRAMME ? units.degree(e.item()) : null;
            if (degree != null) {
                return degree;
            }
        }
        return null;
    }

    record Target(ItemKind kind, ItemId item) {}

    /**
     * The learner's audits as reports, each with the units still missing, soonest available first:
     * an open application round or an on-demand offering now, else the start of the next semester
     * that offers the unit (summer from 1 April, winter from 1 October).
     */
    public List<AuditReport> reports(LearnerId learnerId, @Nullable ItemId programme, List<Hypothesis> whatIf, Actor actor) {
        // one snapshot of the catalogue for the audit and for what is on offer
        return reports(learnerId, programme, whatIf, actor, catalogueUnits());
    }

    /**
     * Reports of many learners, each against one programme, over one snapshot of the catalogue: a
     * bulk award lists on each programme certificate what the audit found (reading the catalogue
     * once per learner would cost more than the certificates). Keyed by learner and programme.
     */
    public Map<LearnerProgramme, AuditReport> reports(Collection<LearnerProgramme> wanted, Actor actor) {
        return reports(wanted, Map.of(), actor);
    }

    /**
     * The same with the learners' evidence read before ({@code evidence}; learners missing from it are
     * read here): the learners' enrolments and the open rounds are read once for them all.
     */
    public Map<LearnerProgramme, AuditReport> reports(Collection<LearnerProgramme> wanted, Map<LearnerId, List<Evidence>> evidence,
            Actor actor) {
        Map<LearnerProgramme, AuditReport> out = new ConcurrentHashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        Set<LearnerId> ids = new LinkedHashSet<>();
        wanted.forEach(w -> ids.add(w.learner()));
        if (!actor.operator()) {
            ids.forEach(id -> learners.get(id, actor)); // the learner or a registrar of theirs; throws otherwise
        }
        CatalogueUnits units = catalogueUnits();
        Map<LearnerId, List<Evidence>> passed = new HashMap<>(evidence);
        List<LearnerId> unread = ids.stream().filter(id -> !passed.containsKey(id)).toList();
        if (!unread.isEmpty()) {
            passed.putAll(this.evidence.ofLearners(unread));
        }
        Map<LearnerId, List<Enrolment>> enrolled = new HashMap<>();
        enrollingLearners.activeEnrolments(ids).forEach(e -> enrolled.computeIfAbsent(e.learnerId(), k -> new ArrayList<>()).add(e));
        Map<ItemId, String> openRounds = openRounds();
        wanted.parallelStream().forEach(w -> reports(audit(w.programme(), List.of(), units, passed.getOrDefault(w.learner(), List.of()),
                enrolled.getOrDefault(w.learner(), List.of())), units, openRounds).stream().findFirst().ifPresent(r -> out.put(w, r)));
        return out;
    }

    private Map<ItemId, String> openRounds() {
        Map<ItemId, String> openRounds = new LinkedHashMap<>();
        applicationRounds.open().forEach(r -> openRounds.putIfAbsent(r.item(), r.id().value()));
        return openRounds;
    }

    /** A learner and a programme she is audited against. */
    public record LearnerProgramme(LearnerId learner, ItemId programme) {}

    private List<AuditReport> reports(LearnerId learnerId, @Nullable ItemId programme, List<Hypothesis> whatIf, Actor actor, CatalogueUnits units) {
        return reports(audit(learnerId, programme, whatIf, actor, units), units, openRounds());
    }

    private List<AuditReport> reports(List<Audited> results, CatalogueUnits units, Map<ItemId, String> openRounds) {
        LocalDate today = LocalDate.now(clock);
        List<AuditReport> out = new ArrayList<>();
        for (Audited a : results) {
            AuditResult r = a.result();
            AuditReport report = AuditReport.of(r);
            boolean besideDegree = a.degree() != null && units.microDegrees.containsKey(r.programme())
                    && units.microDegrees.get(r.programme()).requirements().options().sharing() != Sharing.SHARED;
            if (a.degree() != null && units.microDegrees.containsKey(r.programme())) {
                Map<ItemId, Boolean> split = a.degree().split(units.microDegrees.get(r.programme()).completion(), r, a.evidence(), units);
                report = report.withDegree(a.degree().id().value(),
                        split.entrySet().stream().filter(Map.Entry::getValue).map(e -> e.getKey().value()).toList(),
                        split.entrySet().stream().filter(e -> !e.getValue()).map(e -> e.getKey().value()).toList());
            }
            List<AuditReport.Missing> missing = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (var n : r.nodes()) {
                if (r.complete() || n.unit() == null || !n.open() || r.completedMicroCredentials().contains(n.unit())
                        || !seen.add(n.unit().value())) {
                    continue;
                }
                if (besideDegree && n.unitKind() != null && a.degree().covers(n.unitKind(), n.unit(), units)) {
                    continue; // her degree teaches it: taking it again closes no gap
                }
                var offering = units.offering(n.unitKind(), n.unit());
                String round = openRounds.get(n.unit());
                LocalDate from = round != null ? today : offering == null ? null : nextStart(offering, today);
                missing.add(new AuditReport.Missing(n.unit().value(), offering == null ? null : offering.code(),
                        from == null ? null : from.toString(), round));
            }
            missing.sort(Comparator.comparing((AuditReport.Missing m) -> m.from() == null ? "9999" : m.from())
                    .thenComparing(AuditReport.Missing::unit));
            out.add(report.withMissing(missing));
        }
        return out;
    }

    /**
     * Hypotheses for a what-if from catalogue ids alone: each unit passed with its own CP. An id
     * that names no published module, micro-credential or programme is refused, by its position.
     */
    public List<Hypothesis> passing(List<String> unitIds) {
        CatalogueUnits units = catalogueUnits();
        List<Hypothesis> out = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < unitIds.size(); i++) {
            String raw = unitIds.get(i);
            ItemKind kind = null;
            if (ItemId.isValid(raw)) {
                ItemId id = ItemId.of(raw);
                kind = units.microCredentials.containsKey(id)
                        ? ItemKind.MICRO_CREDENTIAL
                        : units.modules.containsKey(id)
                                ? ItemKind.MODULE
                                : units.microDegrees.containsKey(id) ? ItemKind.MICRO_DEGREE : null;
            }
            if (kind == null) {
                problems.add(Violation.at("whatIf[" + i + "]", "no published module, micro-credential or programme '" + raw + "'"));
                continue;
            }
            out.add(new Hypothesis(kind, ItemId.of(raw), units.tenths(kind, ItemId.of(raw))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out;
    }

    static LocalDate nextStart(Offering offering, LocalDate today) {
        LocalDate summer = LocalDate.of(today.getYear(), 4, 1);
        LocalDate winter = LocalDate.of(today.getYear(), 10, 1);
        LocalDate nextSummer = today.isAfter(summer) ? summer.plusYears(1) : summer;
        LocalDate nextWinter = today.isAfter(winter) ? winter.plusYears(1) : winter;
        return switch (offering) {
            case ON_DEMAND -> today;
            case SUMMER_SEMESTER -> nextSummer;
            case WINTER_SEMESTER -> nextWinter;
            case EVERY_SEMESTER -> nextSummer.isBefore(nextWinter) ? nextSummer : nextWinter;
        };
    }

    /** For tests that compare with a naive audit: the learner's evidence and the catalogue as the engine sees them. */
    List<Proof> evidenceOf(LearnerId learnerId) {
        return proofs(this.evidence.of(learnerId));
    }

    Units units() {
        return catalogueUnits();
    }

    /** The engine's view of the catalogue, made again only when the catalogue has changed (bulk audits ask per chunk). */
    CatalogueUnits catalogueUnits() {
        CatalogueUnits units = this.units;
        var versions = catalogue.versions();
        if (units == null || !units.of(versions)) {
            units = new CatalogueUnits(versions);
            this.units = units;
        }
        return units;
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
