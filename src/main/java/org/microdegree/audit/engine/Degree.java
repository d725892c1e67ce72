package org.microdegree.audit.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.ItemId;

/**
 * A learner's study programme as the audit sees it: its compulsory modules, which the degree always
 * counts, and its electives, of which it counts {@code electiveTenths}.
 *
 * <p>A programme whose root is exclusive (the default) is an additional qualification beside the
 * degree (patterns 2 and 3): what the degree counts is not counted again. Compulsory modules are left
 * out, and the electives are shared out exactly: the programme is audited together with an exclusive
 * sibling that keeps for the degree what it needs of the electives passed, so the programme is met
 * only by electives beyond that. A programme whose root is shared is part of the degree and an
 * additional qualification at once (pattern 4): everything counts, and {@link #split} tells which
 * sub-areas were completed within the degree.
 */
public record Degree(ItemId id, Set<ItemId> compulsory, Set<ItemId> electives, int electiveTenths) {

    private static final String ROOT = "requirements";
    private static final String PROGRAMME = ROOT + ".allOf[0]";

    public Degree {
        compulsory = Set.copyOf(compulsory);
        electives = Set.copyOf(electives);
    }

    /** True when a module is part of this degree (compulsory or elective). */
    public boolean teaches(ItemKind kind, ItemId item) {
        return kind == ItemKind.MODULE && (compulsory.contains(item) || electives.contains(item));
    }

    /**
     * True when the degree itself teaches the unit (a module of it, or a micro-credential made of
     * its modules): beside the degree such a unit is no way to close a gap.
     */
    public boolean covers(ItemKind kind, ItemId item, Units units) {
        if (kind == ItemKind.MODULE) {
            return teaches(kind, item);
        }
        return kind == ItemKind.MICRO_CREDENTIAL && !units.modulesOf(item).isEmpty()
                && units.modulesOf(item).stream().allMatch(m -> teaches(ItemKind.MODULE, m));
    }

    /** The audit of a programme for a student of this degree. */
    public AuditResult audit(ItemId programme, Requirement tree, int programmeTenths, List<Proof> evidence, Units units, AuditPolicy policy) {
        if (tree.options().sharing() == Sharing.SHARED) {
            return AuditEngine.audit(programme, tree, programmeTenths, evidence, units, policy);
        }
        List<Proof> free = new ArrayList<>();
        Set<ItemId> electivesPassed = new LinkedHashSet<>();
        int electivesTenths = 0;
        for (Proof p : evidence) {
            if (p.kind() == ItemKind.MODULE && compulsory.contains(p.item())) {
                continue; // the degree counts it
            }
            free.add(p);
            if (p.kind() == ItemKind.MODULE && electives.contains(p.item()) && policy.admits(p) && electivesPassed.add(p.item())) {
                electivesTenths += p.tenths();
            }
        }
        int kept = Math.min(electiveTenths, electivesTenths);
        if (kept == 0) {
            return AuditEngine.audit(programme, tree, programmeTenths, free, units, policy);
        }
        List<Requirement> electiveUnits = electivesPassed.stream().sorted()
                .map(m -> (Requirement) new Requirement.Unit(ItemKind.MODULE, m, Requirement.Options.DEFAULT)).toList();
        Requirement both = new Requirement.AllOf(List.of(tree,
                new Requirement.MinCredits(new CreditPoints(kept), electiveUnits, new Requirement.Options("counted for " + id, Sharing.EXCLUSIVE))),
                Requirement.Options.DEFAULT);
        AuditResult r = AuditEngine.audit(programme, both, programmeTenths + kept, free, units, policy);
        if (!r.complete()) {
            // not met: show the progress with the degree's share set aside, the electives the programme cannot use first
            return AuditEngine.audit(programme, tree, programmeTenths, withoutDegreeShare(free, kept, modulesOf(tree, units, new LinkedHashSet<>())),
                    units, policy);
        }
        // the programme's own part of the answer, under its own paths
        List<NodeResult> nodes = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (NodeResult n : r.nodes()) {
            if (!n.path().equals(PROGRAMME) && !n.path().startsWith(PROGRAMME + ".")) {
                continue;
            }
            NodeResult own = new NodeResult(ROOT + n.path().substring(PROGRAMME.length()), n.type(), n.label(), n.unitKind(), n.unit(),
                    n.satisfied(), n.creditedTenths(), n.proofs(), n.need(), n.open());
            nodes.add(own);
            used.addAll(n.proofs());
        }
        return new AuditResult(programme, true, programmeTenths, programmeTenths, nodes, List.copyOf(used), r.completedMicroCredentials());
    }

    /** The evidence left when the degree has taken {@code kept} tenths of electives, those the programme cannot use first. */
    private List<Proof> withoutDegreeShare(List<Proof> evidence, int kept, Set<ItemId> programmeModules) {
        List<Proof> electiveProofs = evidence.stream().filter(p -> p.kind() == ItemKind.MODULE && electives.contains(p.item()))
                .sorted(Comparator.comparing((Proof p) -> programmeModules.contains(p.item())).thenComparing(Proof::id)).toList();
        Set<String> taken = new HashSet<>();
        int left = kept;
        for (Proof p : electiveProofs) {
            if (left <= 0) {
                break;
            }
            taken.add(p.id());
            left -= p.tenths();
        }
        return evidence.stream().filter(p -> !taken.contains(p.id())).toList();
    }

    /** Every module a tree can be met by: its module units, its micro-credentials' modules, nested programmes opened. */
    private static Set<ItemId> modulesOf(Requirement tree, Units units, Set<ItemId> seen) {
        Set<ItemId> out = new LinkedHashSet<>();
        Requirement.forEachUnit(tree, "", (path, u) -> {
            switch (u.kind()) {
                case MODULE -> out.add(u.id());
                case MICRO_CREDENTIAL -> out.addAll(units.modulesOf(u.id()));
                case MICRO_DEGREE -> {
                    if (seen.add(u.id())) {
                        units.treeOf(u.id()).ifPresent(t -> out.addAll(modulesOf(t, units, seen)));
                    }
                }
                case STUDY_PROGRAMME -> {
                }
            }
        });
        return out;
    }

    /**
     * For each micro-credential of the tree that counts towards the programme: true when it was
     * completed within the degree (everything counted there is a module of the degree, or the
     * micro-credential consists of such modules), false when it is an additional qualification.
     * Beside the degree (an exclusive root) everything the programme counts is additional, since
     * the degree's share was set aside.
     */
    public Map<ItemId, Boolean> split(Requirement tree, AuditResult result, List<Proof> evidence, Units units) {
        boolean partOfDegree = tree.options().sharing() == Sharing.SHARED;
        Map<String, Proof> byId = new LinkedHashMap<>();
        evidence.forEach(p -> byId.put(p.id(), p));
        Map<ItemId, Boolean> out = new LinkedHashMap<>();
        for (NodeResult n : result.nodes()) {
            if (n.unitKind() != ItemKind.MICRO_CREDENTIAL || n.unit() == null || !n.satisfied()) {
                continue;
            }
            boolean within = partOfDegree && !n.proofs().isEmpty();
            for (String proofId : n.proofs()) {
                Proof p = byId.get(proofId);
                boolean degreeModule = p != null && teaches(p.kind(), p.item());
                boolean degreeMc = p != null && p.kind() == ItemKind.MICRO_CREDENTIAL && !units.modulesOf(p.item()).isEmpty()
                        && units.modulesOf(p.item()).stream().allMatch(m -> teaches(ItemKind.MODULE, m));
                within &= degreeModule || degreeMc;
            }
            out.merge(n.unit(), within, Boolean::logicalAnd);
        }
        return out;
    }
}
