package org.microdegree.audit.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;

/**
 * Evaluates a programme's requirement tree against a learner's evidence, exactly.
 *
 * <p>Each unit of the tree can be met in a few ways ("options"): by a result or recognition of the
 * unit itself, or for a micro-credential by results of all its modules; a nested programme by its
 * own tree or a recognition. The engine chooses for every unit one option or none so that the tree
 * is met, evidence counted at an exclusive unit counts nowhere else, and as little evidence as
 * possible is used (then as few CP), leaving the rest free for other programmes. It searches the
 * choices depth first and prunes a branch as soon as the tree cannot be met any more even if every
 * undecided unit were met, or as soon as it uses more evidence than the best allocation found: the
 * answer is that of trying every allocation (AuditEngineProperties), in microseconds for typical
 * learners. Deterministic: units in tree order, options by cost, then by evidence id.
 */
public final class AuditEngine {

    private static final int MAX_MODULE_COMBINATIONS = 16;

    private AuditEngine() {
    }

    public static AuditResult audit(ItemId programme, Requirement tree, int programmeTenths, List<Proof> evidence, Units units,
                                    AuditPolicy policy) {
        List<Proof> admitted = evidence.stream().filter(policy::admits)
                .sorted(Comparator.comparing(Proof::id)).toList();
        Problem p = new Problem(units, admitted);
        p.build(tree, "requirements", false, new LinkedHashSet<>(Set.of(programme)));
        return p.solve(programme, programmeTenths);
    }

    // ---- the problem in arrays ----

    private enum Type { ALL, AT_LEAST, MIN_CREDITS, QUOTA, UNIT }

    private record Option(long[] mask, int cost, int costTenths, int credits, List<String> proofs) {
    }

    /** Cheapest first; ties by the evidence ids, so that the answer does not depend on the order evidence came in. */
    private static final Comparator<Option> OPTION_ORDER = Comparator.comparingInt(Option::cost).thenComparingInt(Option::costTenths)
            .thenComparing((a, b) -> {
                for (int i = 0; i < Math.min(a.proofs().size(), b.proofs().size()); i++) {
                    int c = a.proofs().get(i).compareTo(b.proofs().get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return Integer.compare(a.proofs().size(), b.proofs().size());
            });

    private static final class Problem {
        final Units units;
        final List<Proof> evidence;
        final Map<String, Integer> index = new HashMap<>();
        final Map<ItemId, List<Proof>> byItem = new HashMap<>();
        final int words;
        final List<Type> type = new ArrayList<>();
        final List<int[]> children = new ArrayList<>();
        final List<Integer> param = new ArrayList<>();
        final List<List<Requirement.Share>> shares = new ArrayList<>();
        final List<String> path = new ArrayList<>();
        final List<@Nullable String> label = new ArrayList<>();
        final List<@Nullable ItemKind> unitKind = new ArrayList<>();
        final List<@Nullable ItemId> unit = new ArrayList<>();
        final List<Integer> unitTenths = new ArrayList<>();
        final List<Boolean> shared = new ArrayList<>();
        final List<List<Option>> options = new ArrayList<>();
        final List<Integer> leaves = new ArrayList<>();
        // search state
        int[] choice;
        int[] bestChoice;
        int bestCost = Integer.MAX_VALUE;
        int bestTenths = Integer.MAX_VALUE;
        boolean done;
        int lowerBound;
        int lowerTenths;

        Problem(Units units, List<Proof> evidence) {
            this.units = units;
            this.evidence = evidence;
            for (int i = 0; i < evidence.size(); i++) {
                index.put(evidence.get(i).id(), i);
                byItem.computeIfAbsent(evidence.get(i).item(), k -> new ArrayList<>()).add(evidence.get(i));
            }
            this.words = Math.max(1, (evidence.size() + 63) / 64);
        }

        int add(Type t, String at, Requirement.Options o, boolean inShared) {
            int id = type.size();
            type.add(t);
            children.add(new int[0]);
            param.add(0);
            shares.add(List.of());
            path.add(at);
            label.add(o.label());
            unitKind.add(null);
            unit.add(null);
            unitTenths.add(0);
            shared.add(inShared || o.sharing() == Sharing.SHARED);
            options.add(List.of());
            return id;
        }

        int build(Requirement node, String at, boolean inShared, LinkedHashSet<ItemId> programmes) {
            switch (node) {
                case Requirement.AllOf a -> {
                    int id = add(Type.ALL, at, a.options(), inShared);
                    children.set(id, buildAll(a.of(), at + ".allOf", shared.get(id), programmes));
                    return id;
                }
                case Requirement.AtLeast a -> {
                    int id = add(Type.AT_LEAST, at, a.options(), inShared);
                    param.set(id, a.count());
                    children.set(id, buildAll(a.of(), at + ".of", shared.get(id), programmes));
                    return id;
                }
                case Requirement.MinCredits m -> {
                    int id = add(Type.MIN_CREDITS, at, m.options(), inShared);
                    param.set(id, m.credits().tenths());
                    children.set(id, buildAll(m.from(), at + ".from", shared.get(id), programmes));
                    return id;
                }
                case Requirement.Quota q -> {
                    int id = add(Type.QUOTA, at, q.options(), inShared);
                    shares.set(id, q.shares());
                    children.set(id, buildAll(q.from(), at + ".from", shared.get(id), programmes));
                    return id;
                }
                case Requirement.Unit u -> {
                    if (u.kind() == ItemKind.MICRO_DEGREE) {
                        return nested(u, at, inShared, programmes);
                    }
                    return leaf(u, at, inShared);
                }
            }
        }

        int[] buildAll(List<Requirement> nodes, String at, boolean inShared, LinkedHashSet<ItemId> programmes) {
            int[] ids = new int[nodes.size()];
            for (int i = 0; i < nodes.size(); i++) {
                ids[i] = build(nodes.get(i), at + "[" + i + "]", inShared, programmes);
            }
            return ids;
        }

        /** A nested programme: met by a recognition of it, or by its own tree. */
        int nested(Requirement.Unit u, String at, boolean inShared, LinkedHashSet<ItemId> programmes) {
            int id = add(Type.AT_LEAST, at, u.options(), inShared);
            param.set(id, 1);
            unitKind.set(id, u.kind());
            unit.set(id, u.id());
            unitTenths.set(id, units.tenths(u.kind(), u.id()));
            int direct = leaf(new Requirement.Unit(u.kind(), u.id(), u.options()), at + ".recognised", shared.get(id));
            var tree = units.treeOf(u.id());
            if (tree.isEmpty() || programmes.contains(u.id())) {
                children.set(id, new int[] {direct});
                return id;
            }
            LinkedHashSet<ItemId> deeper = new LinkedHashSet<>(programmes);
            deeper.add(u.id());
            int sub = build(tree.get(), at + ".requirements", shared.get(id), deeper);
            children.set(id, new int[] {direct, sub});
            return id;
        }

        int leaf(Requirement.Unit u, String at, boolean inShared) {
            int id = add(Type.UNIT, at, u.options(), inShared);
            int tenths = units.tenths(u.kind(), u.id());
            unitKind.set(id, u.kind());
            unit.set(id, u.id());
            unitTenths.set(id, tenths);
            List<Option> opts = new ArrayList<>();
            for (Proof p : byItem.getOrDefault(u.id(), List.of())) {
                if (p.kind() == u.kind()) {
                    // a partial recognition credits fewer CP than the unit has, and does not meet it
                    opts.add(option(List.of(p), tenths == 0 ? p.tenths() : Math.min(p.tenths(), tenths)));
                }
            }
            if (u.kind() == ItemKind.MICRO_CREDENTIAL) {
                opts.addAll(viaModules(u.id(), tenths));
            }
            if (opts.size() > 1) {
                opts.sort(OPTION_ORDER);
            }
            options.set(id, opts);
            if (!opts.isEmpty()) {
                leaves.add(id);
            }
            return id;
        }

        /** A micro-credential met by results of all its modules: one result per module, every combination up to a cap. */
        List<Option> viaModules(ItemId mc, int tenths) {
            List<ItemId> modules = units.modulesOf(mc);
            if (modules.isEmpty()) {
                return List.of();
            }
            List<List<Proof>> perModule = new ArrayList<>();
            for (ItemId m : modules) {
                List<Proof> found = byItem.getOrDefault(m, List.of()).stream().filter(p -> p.kind() == ItemKind.MODULE).toList();
                if (found.isEmpty()) {
                    return List.of();
                }
                perModule.add(found);
            }
            List<List<Proof>> combos = new ArrayList<>(List.of(List.of()));
            for (List<Proof> choices : perModule) {
                List<List<Proof>> next = new ArrayList<>();
                for (List<Proof> c : combos) {
                    for (Proof p : choices) {
                        if (next.size() < MAX_MODULE_COMBINATIONS) {
                            List<Proof> more = new ArrayList<>(c);
                            more.add(p);
                            next.add(more);
                        }
                    }
                }
                combos = next;
            }
            List<Option> out = new ArrayList<>();
            for (List<Proof> c : combos) {
                // all modules passed: the micro-credential is met, whatever CP its modules' results carry
                out.add(option(c, tenths == 0 ? c.stream().mapToInt(Proof::tenths).sum() : tenths));
            }
            return out;
        }

        Option option(List<Proof> proofs, int credits) {
            long[] mask = new long[words];
            int tenths = 0;
            List<String> ids = new ArrayList<>();
            for (Proof p : proofs) {
                int i = index.get(p.id());
                mask[i >>> 6] |= 1L << (i & 63);
                tenths += p.tenths();
                ids.add(p.id());
            }
            return new Option(mask, proofs.size(), tenths, credits, ids);
        }

        // ---- evaluation ----

        /**
         * Credits of node {@code n} given the leaves' chosen options; {@code met[n]} says whether it is met.
         * With {@code hope}, undecided leaves (index {@code >= from} in leaf order) count as met if any
         * option of theirs still fits.
         */
        int eval(int n, boolean[] met, @Nullable long[] exclusive, @Nullable long[] sharedUsed, int from) {
            int credits = evalNode(n, met, exclusive, sharedUsed, from);
            nodeCredits[n] = credits;
            return credits;
        }

        private int evalNode(int n, boolean[] met, @Nullable long[] exclusive, @Nullable long[] sharedUsed, int from) {
            Type t = types[n];
            if (t == Type.UNIT) {
                int leafNo = leafNumber[n];
                if (leafNo < 0) {
                    met[n] = false;
                    return 0;
                }
                int c = choice[leafNo];
                int need = needTenths[n];
                if (c >= 0) {
                    Option o = opts[n][c];
                    met[n] = o.credits() >= need;
                    return o.credits();
                }
                if (exclusive != null && leafNo >= from) {
                    // hoping: the undecided unit gets the most any still fitting option could credit
                    int best = -1;
                    for (Option o : opts[n]) {
                        if (o.credits() > best && fits(o, sharedLeaf[n], exclusive, sharedUsed)) {
                            best = o.credits();
                        }
                    }
                    if (best >= 0) {
                        met[n] = best >= need;
                        return best;
                    }
                }
                met[n] = false;
                return 0;
            }
            int[] kids = kidsOf[n];
            int sum = 0;
            int metCount = 0;
            int metCredits = 0;
            // minCredits counts what units credit, also in part, and what met inner nodes credit
            int counted = 0;
            for (int k : kids) {
                int c = eval(k, met, exclusive, sharedUsed, from);
                // a shared part counts results counted elsewhere: its CP do not add up again above it
                int added = sharedLeaf[k] && !sharedLeaf[n] ? 0 : c;
                sum += added;
                if (met[k]) {
                    metCount++;
                    metCredits += added;
                }
                if (met[k] || types[k] == Type.UNIT) {
                    counted += c;
                }
            }
            switch (t) {
                case ALL -> {
                    met[n] = metCount == kids.length;
                    return sum;
                }
                case AT_LEAST -> {
                    met[n] = metCount >= params[n];
                    // a nested programme credits its own CP once met
                    if (unit.get(n) != null && met[n] && needTenths[n] > 0) {
                        return needTenths[n];
                    }
                    return metCredits;
                }
                case MIN_CREDITS -> {
                    met[n] = counted >= params[n];
                    return counted;
                }
                case QUOTA -> {
                    // a share is a maximum as well as a minimum: a fourth unit of a partner whose share is
                    // three adds nothing, and a partner without a share adds nothing
                    boolean ok = true;
                    int credited = 0;
                    for (Requirement.Share share : shares.get(n)) {
                        List<Integer> own = new ArrayList<>();
                        for (int k : kids) {
                            if (met[k] && institutionOf(k).equals(share.institution())) {
                                own.add(sharedLeaf[k] && !sharedLeaf[n] ? 0 : nodeCredits[k]);
                            }
                        }
                        ok &= own.size() >= share.count();
                        own.sort(Comparator.reverseOrder());
                        for (int i = 0; i < Math.min(share.count(), own.size()); i++) {
                            credited += own.get(i);
                        }
                    }
                    met[n] = ok;
                    return credited;
                }
                default -> throw new IllegalStateException();
            }
        }

        InstitutionId institutionOf(int n) {
            ItemId u = unit.get(n);
            if (u != null) {
                return InstitutionId.of(u.institution());
            }
            // an inner node counts for the institution of its first unit
            for (int k : children.get(n)) {
                return institutionOf(k);
            }
            return InstitutionId.of("none");
        }

        /**
         * A unit under a shared node may count evidence counted anywhere else (the joint Master's quota
         * counts the results its programmes count); exclusive units never count the same evidence twice.
         */
        static boolean fits(Option o, boolean sharedLeaf, long[] exclusive, @Nullable long[] sharedUsed) {
            if (sharedLeaf) {
                return true;
            }
            long[] m = o.mask();
            for (int w = 0; w < m.length; w++) {
                if ((m[w] & exclusive[w]) != 0) {
                    return false;
                }
            }
            return true;
        }

        int[] leafNumber;
        int[] nodeCredits;
        // the tree in arrays, for the search's inner loop
        Type[] types;
        int[][] kidsOf;
        int[] params;
        int[] needTenths;
        boolean[] sharedLeaf;
        Option[][] opts;
        boolean[] scratch;

        // ---- search ----

        AuditResult solve(ItemId programme, int programmeTenths) {
            int size = type.size();
            leafNumber = new int[size];
            nodeCredits = new int[size];
            types = type.toArray(Type[]::new);
            kidsOf = children.toArray(int[][]::new);
            params = param.stream().mapToInt(Integer::intValue).toArray();
            needTenths = unitTenths.stream().mapToInt(Integer::intValue).toArray();
            sharedLeaf = new boolean[size];
            opts = new Option[size][];
            for (int n = 0; n < size; n++) {
                sharedLeaf[n] = shared.get(n);
                opts[n] = options.get(n).toArray(Option[]::new);
            }
            scratch = new boolean[size];
            Arrays.fill(leafNumber, -1);
            for (int i = 0; i < leaves.size(); i++) {
                leafNumber[leaves.get(i)] = i;
            }
            choice = new int[leaves.size()];
            Arrays.fill(choice, -1);
            lowerBound = bound(0, false);
            lowerTenths = bound(0, true);
            search(0, new long[words], new long[words], 0, 0, true);
            boolean complete = bestChoice != null;
            if (!complete) {
                choice = greedyProgress();
            } else {
                choice = bestChoice;
            }
            boolean[] met = new boolean[type.size()];
            int rootCredits = eval(0, met, null, null, Integer.MAX_VALUE);
            int[] parent = new int[type.size()];
            Arrays.fill(parent, -1);
            for (int n = 0; n < type.size(); n++) {
                for (int k : kidsOf[n]) {
                    parent[k] = n;
                }
            }
            List<NodeResult> nodes = new ArrayList<>();
            Set<String> used = new LinkedHashSet<>();
            Set<ItemId> mcs = new LinkedHashSet<>();
            for (int n = 0; n < type.size(); n++) {
                List<String> proofs = List.of();
                int credits = 0;
                if (type.get(n) == Type.UNIT && leafNumber[n] >= 0 && choice[leafNumber[n]] >= 0) {
                    Option o = options.get(n).get(choice[leafNumber[n]]);
                    proofs = o.proofs();
                    credits = o.credits();
                    used.addAll(proofs);
                } else if (type.get(n) != Type.UNIT) {
                    credits = nodeCredits[n];
                }
                // a micro-credential the learner has met earns its own certificate, counted here or not
                int need = unitTenths.get(n);
                if (type.get(n) == Type.UNIT && unitKind.get(n) == ItemKind.MICRO_CREDENTIAL
                        && options.get(n).stream().anyMatch(o -> o.credits() >= need)) {
                    mcs.add(unit.get(n));
                }
                nodes.add(new NodeResult(path.get(n), typeName(n), label.get(n), unitKind.get(n), unit.get(n), met[n], credits, proofs, need(n),
                        open(n, met, parent)));
            }
            // what the allocation credits, no more: an unmet programme shows what its met parts are worth
            int reached = complete ? Math.max(programmeTenths, rootCredits) : rootCredits;
            return new AuditResult(programme, complete, programmeTenths == 0 ? reached : Math.min(reached, programmeTenths), programmeTenths,
                    nodes, List.copyOf(used), List.copyOf(mcs));
        }

        /** An unmet unit nothing around which is met, and not the recognition route beside a nested programme's own tree. */
        boolean open(int n, boolean[] met, int[] parent) {
            if (type.get(n) != Type.UNIT || met[n]) {
                return false;
            }
            int p = parent[n];
            if (p >= 0 && unit.get(p) != null && kidsOf[p].length > 1 && kidsOf[p][0] == n) {
                return false;
            }
            for (int child = n, a = p; a >= 0; child = a, a = parent[a]) {
                if (met[a] || type.get(a) == Type.QUOTA && shareFilled(a, institutionOf(child), met)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether quota node {@code q} has as many met units of {@code institution} as its share asks (none without a share). */
        boolean shareFilled(int q, InstitutionId institution, boolean[] met) {
            int want = shares.get(q).stream().filter(s -> s.institution().equals(institution)).mapToInt(Requirement.Share::count).sum();
            int have = 0;
            for (int k : kidsOf[q]) {
                if (met[k] && institutionOf(k).equals(institution)) {
                    have++;
                }
            }
            return have >= want;
        }

        String typeName(int n) {
            return switch (type.get(n)) {
                case ALL -> "allOf";
                case AT_LEAST -> unit.get(n) != null ? "programme" : "atLeast";
                case MIN_CREDITS -> "minCredits";
                case QUOTA -> "quota";
                case UNIT -> "unit";
            };
        }

        @Nullable String need(int n) {
            return switch (type.get(n)) {
                case ALL -> "all " + children.get(n).length;
                case AT_LEAST -> unit.get(n) != null ? null : param.get(n) + " of " + children.get(n).length;
                case MIN_CREDITS -> (param.get(n) / 10.0 == Math.floor(param.get(n) / 10.0) ? String.valueOf(param.get(n) / 10)
                        : String.valueOf(param.get(n) / 10.0)) + " CP";
                case QUOTA -> String.join(", ", shares.get(n).stream().map(s -> s.count() + " from " + s.institution()).toList());
                case UNIT -> null;
            };
        }

        /** @param chose whether the last step chose an option (leaving a unit out cannot meet a tree that was not met) */
        void search(int i, long[] exclusive, long[] sharedUsed, int cost, int costTenths, boolean chose) {
            if (done || cost > bestCost || cost == bestCost && costTenths >= bestTenths) {
                return;
            }
            if (!ok(0, exclusive, sharedUsed, i)) {
                return;
            }
            if (chose && ok(0, null, null, Integer.MAX_VALUE)) {
                // no allocation can use less evidence than the bound: the search is over
                done = cost <= lowerBound && costTenths <= lowerTenths;
                bestCost = cost;
                bestTenths = costTenths;
                bestChoice = choice.clone();
                return;
            }
            if (i == leaves.size()) {
                return;
            }
            // leaving a unit out first: a unit the tree cannot do without fails the hope check at once, so
            // the first allocation found uses few units, and the bounds cut the rest short
            search(i + 1, exclusive, sharedUsed, cost, costTenths, false);
            int n = leaves.get(i);
            boolean isShared = sharedLeaf[n];
            Option[] choices = opts[n];
            for (int k = 0; k < choices.length; k++) {
                Option o = choices[k];
                if (!fits(o, isShared, exclusive, sharedUsed)) {
                    continue;
                }
                long[] ex = exclusive;
                long[] sh = sharedUsed;
                int newCost = cost;
                int newTenths = costTenths;
                long[] union = new long[words];
                for (int w = 0; w < words; w++) {
                    union[w] = exclusive[w] | sharedUsed[w];
                }
                for (int w = 0; w < words; w++) {
                    long fresh = o.mask()[w] & ~union[w];
                    newCost += Long.bitCount(fresh);
                }
                for (String id : o.proofs()) {
                    int e = index.get(id);
                    if ((union[e >>> 6] & (1L << (e & 63))) == 0) {
                        newTenths += evidence.get(e).tenths();
                    }
                }
                if (isShared) {
                    sh = sharedUsed.clone();
                    for (int w = 0; w < words; w++) {
                        sh[w] |= o.mask()[w];
                    }
                } else {
                    ex = exclusive.clone();
                    for (int w = 0; w < words; w++) {
                        ex[w] |= o.mask()[w];
                    }
                }
                choice[i] = k;
                search(i + 1, ex, sh, newCost, newTenths, true);
                choice[i] = -1;
            }
        }

        /**
         * Whether node {@code n} is met (hoping, with {@code exclusive}), stopping as soon as the answer
         * is known; nodes that count credits are evaluated in full.
         */
        boolean ok(int n, @Nullable long[] exclusive, @Nullable long[] sharedUsed, int from) {
            switch (types[n]) {
                case ALL -> {
                    for (int k : kidsOf[n]) {
                        if (!ok(k, exclusive, sharedUsed, from)) {
                            return false;
                        }
                    }
                    return true;
                }
                case AT_LEAST -> {
                    int[] kids = kidsOf[n];
                    int need = params[n];
                    int metCount = 0;
                    for (int i = 0; i < kids.length; i++) {
                        if (ok(kids[i], exclusive, sharedUsed, from) && ++metCount >= need) {
                            return true;
                        }
                        if (metCount + kids.length - 1 - i < need) {
                            return false;
                        }
                    }
                    return metCount >= need;
                }
                default -> {
                    eval(n, scratch, exclusive, sharedUsed, from);
                    return scratch[n];
                }
            }
        }

        /**
         * The least evidence any allocation meeting node {@code n} can use, ignoring conflicts between
         * units: a lower bound. Units under a shared node may share evidence, so they count 0.
         */
        int bound(int n, boolean tenths) {
            if (types[n] == Type.UNIT) {
                if (sharedLeaf[n] || opts[n].length == 0) {
                    return opts[n].length == 0 ? UNREACHABLE : 0;
                }
                int best = UNREACHABLE;
                for (Option o : opts[n]) {
                    if (o.credits() >= needTenths[n]) {
                        best = Math.min(best, tenths ? o.costTenths() : o.cost());
                    }
                }
                return best;
            }
            int[] kids = kidsOf[n];
            int[] costs = new int[kids.length];
            for (int i = 0; i < kids.length; i++) {
                costs[i] = bound(kids[i], tenths);
            }
            int[] sorted = costs.clone();
            Arrays.sort(sorted);
            return switch (types[n]) {
                case ALL -> sumCapped(sorted, sorted.length);
                case AT_LEAST -> unit.get(n) != null ? Math.min(sorted.length > 0 ? sorted[0] : 0, sumCapped(sorted, 1)) : sumCapped(sorted, params[n]);
                case MIN_CREDITS -> creditsBound(n, tenths);
                case QUOTA -> {
                    int sum = 0;
                    for (Requirement.Share share : shares.get(n)) {
                        List<Integer> own = new ArrayList<>();
                        for (int i = 0; i < kids.length; i++) {
                            if (institutionOf(kids[i]).equals(share.institution())) {
                                own.add(costs[i]);
                            }
                        }
                        own.sort(null);
                        sum = Math.min(UNREACHABLE, sum + sumCapped(own.stream().mapToInt(Integer::intValue).toArray(), share.count()));
                    }
                    yield sum;
                }
                default -> 0;
            };
        }

        /**
         * For credits from units only: at least as many units as the largest credits need to reach the
         * target, each costing at least its cheapest option (partial ones count). Inner children: 0.
         */
        int creditsBound(int n, boolean tenths) {
            int[] kids = kidsOf[n];
            int[] most = new int[kids.length];
            int[] cheapest = new int[kids.length];
            for (int i = 0; i < kids.length; i++) {
                int k = kids[i];
                if (types[k] != Type.UNIT || sharedLeaf[k]) {
                    return 0;
                }
                int max = 0;
                int min = UNREACHABLE;
                for (Option o : opts[k]) {
                    max = Math.max(max, o.credits());
                    min = Math.min(min, tenths ? o.costTenths() : o.cost());
                }
                most[i] = max;
                cheapest[i] = min;
            }
            Arrays.sort(most);
            int reached = 0;
            int needed = 0;
            for (int i = most.length - 1; i >= 0 && reached < params[n]; i--) {
                reached += most[i];
                needed++;
            }
            if (reached < params[n]) {
                return UNREACHABLE;
            }
            Arrays.sort(cheapest);
            return sumCapped(cheapest, needed);
        }

        static final int UNREACHABLE = 100_000_000;

        static int sumCapped(int[] sorted, int count) {
            int sum = 0;
            for (int i = 0; i < Math.min(count, sorted.length); i++) {
                sum = Math.min(UNREACHABLE, sum + sorted[i]);
            }
            return count > sorted.length ? UNREACHABLE : sum;
        }

        /** For an unmet tree: each unit in order takes its cheapest option that still fits, to show how far the learner is. */
        int[] greedyProgress() {
            int[] c = new int[leaves.size()];
            Arrays.fill(c, -1);
            long[] ex = new long[words];
            long[] sh = new long[words];
            for (int i = 0; i < leaves.size(); i++) {
                int n = leaves.get(i);
                List<Option> opts = options.get(n);
                for (int k = 0; k < opts.size(); k++) {
                    if (fits(opts.get(k), shared.get(n), ex, sh)) {
                        c[i] = k;
                        long[] target = shared.get(n) ? sh : ex;
                        for (int w = 0; w < words; w++) {
                            target[w] |= opts.get(k).mask()[w];
                        }
                        break;
                    }
                }
            }
            return c;
        }
    }
}
