package org.microdegree.audit.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.audit.engine.CompiledTree.Type;
import org.microdegree.audit.engine.EvidenceOptions.Option;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;

/**
 * The audit's answer from the chosen allocation: per node whether it is met, what it credits, the
 * evidence a unit counts and what is still open; the evidence used; the micro-credentials met.
 */
final class ResultAssembly {

    private final CompiledTree tree;

    ResultAssembly(CompiledTree tree) {
        this.tree = tree;
    }

    AuditResult of(ItemId programme, int programmeTenths, AllocationSearch search, boolean complete) {
        int[] choice = search.choice();
        boolean[] met = new boolean[tree.size()];
        int rootCredits = search.evaluate(met);
        int[] parent = new int[tree.size()];
        Arrays.fill(parent, -1);
        for (int n = 0; n < tree.size(); n++) {
            for (int k : tree.kidsOf[n]) {
                parent[k] = n;
            }
        }
        List<NodeResult> nodes = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        Set<ItemId> mcs = new LinkedHashSet<>();
        for (int n = 0; n < tree.size(); n++) {
            Type type = tree.types[n];
            List<String> proofs = List.of();
            int credits = 0;
            int leaf = tree.leafNumber[n];
            if (type == Type.UNIT && leaf >= 0 && choice[leaf] >= 0) {
                Option o = tree.opts[n][choice[leaf]];
                proofs = o.proofs();
                credits = o.credits();
                used.addAll(proofs);
            } else if (type != Type.UNIT) {
                credits = search.nodeCredits(n);
            }
            // a micro-credential the learner has met earns its own certificate, counted here or not
            int need = tree.needTenths[n];
            if (type == Type.UNIT && tree.unitKind.get(n) == ItemKind.MICRO_CREDENTIAL
                    && Arrays.stream(tree.opts[n]).anyMatch(o -> o.credits() >= need)) {
                mcs.add(tree.unit.get(n));
            }
            nodes.add(new NodeResult(tree.path.get(n), typeName(n), tree.label.get(n), tree.unitKind.get(n), tree.unit.get(n), met[n], credits,
                    proofs, need(n), open(n, met, parent)));
        }
        // what the allocation credits, no more: an unmet programme shows what its met parts are worth
        int reached = complete ? Math.max(programmeTenths, rootCredits) : rootCredits;
        return new AuditResult(programme, complete, programmeTenths == 0 ? reached : Math.min(reached, programmeTenths), programmeTenths,
                nodes, List.copyOf(used), List.copyOf(mcs));
    }

    /** An unmet unit nothing around which is met, and not the recognition route beside a nested programme's own tree. */
    private boolean open(int n, boolean[] met, int[] parent) {
        if (tree.types[n] != Type.UNIT || met[n]) {
            return false;
        }
        int p = parent[n];
        if (p >= 0 && tree.unit.get(p) != null && tree.kidsOf[p].length > 1 && tree.kidsOf[p][0] == n) {
            return false;
        }
        for (int child = n, a = p; a >= 0; child = a, a = parent[a]) {
            if (met[a] || tree.types[a] == Type.QUOTA && shareFilled(a, tree.institutionOf(child), met)) {
                return false;
            }
        }
        return true;
    }

    /** Whether quota node {@code q} has as many met units of {@code institution} as its share asks (none without a share). */
    private boolean shareFilled(int q, InstitutionId institution, boolean[] met) {
        int want = tree.shares.get(q).stream().filter(s -> s.institution().equals(institution)).mapToInt(Requirement.Share::count).sum();
        int have = 0;
        for (int k : tree.kidsOf[q]) {
            if (met[k] && tree.institutionOf(k).equals(institution)) {
                have++;
            }
        }
        return have >= want;
    }

    private String typeName(int n) {
        return switch (tree.types[n]) {
            case ALL -> "allOf";
            case AT_LEAST -> tree.isNestedProgramme(n) ? "programme" : "atLeast";
            case MIN_CREDITS -> "minCredits";
            case QUOTA -> "quota";
            case UNIT -> "unit";
        };
    }

    private @Nullable String need(int n) {
        int kids = tree.kidsOf[n].length;
        int param = tree.params[n];
        return switch (tree.types[n]) {
            case ALL -> "all " + kids;
            case AT_LEAST -> tree.isNestedProgramme(n) ? null : param + " of " + kids;
            case MIN_CREDITS -> (param / 10.0 == Math.floor(param / 10.0) ? String.valueOf(param / 10) : String.valueOf(param / 10.0)) + " CP";
            case QUOTA -> String.join(", ", tree.shares.get(n).stream().map(s -> s.count() + " from " + s.institution()).toList());
            case UNIT -> null;
        };
    }
}
