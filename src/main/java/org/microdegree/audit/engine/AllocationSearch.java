package org.microdegree.audit.engine;

import static org.microdegree.audit.engine.EvidenceOptions.fits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.audit.engine.CompiledTree.Type;
import org.microdegree.audit.engine.EvidenceOptions.Option;
import org.microdegree.catalog.model.Requirement;

/**
 * The choice of one option or none for every leaf of a compiled tree so that the tree is met with
 * as little evidence as possible (then as few CP). Depth first, leaving a unit out before trying its
 * options; a branch is cut as soon as the tree cannot be met even if every undecided unit were met
 * ("hope"), or as soon as it uses more evidence than the best allocation found, and the search ends
 * when an allocation reaches the {@link LowerBounds lower bound}. For an unmet tree, a greedy allocation shows progress.
 */
final class AllocationSearch {

    private final CompiledTree tree;
    private final EvidenceOptions evidence;
    private final int words;
    /** The chosen option per leaf, -1 for none. */
    private int[] choice;
    private int @Nullable [] bestChoice;
    private int bestCost = Integer.MAX_VALUE;
    private int bestTenths = Integer.MAX_VALUE;
    private boolean done;
    private int lowerBound;
    private int lowerTenths;
    /** What each node credits under the current choice, from the last evaluation. */
    private final int[] nodeCredits;
    private final boolean[] scratch;

    AllocationSearch(CompiledTree tree, EvidenceOptions evidence) {
        this.tree = tree;
        this.evidence = evidence;
        this.words = evidence.words;
        this.choice = new int[tree.leaves.length];
        Arrays.fill(choice, -1);
        this.nodeCredits = new int[tree.size()];
        this.scratch = new boolean[tree.size()];
    }

    /** Searches; afterwards {@link #choice()} is the best allocation, or the greedy progress if the tree cannot be met. */
    boolean run() {
        LowerBounds bounds = new LowerBounds(tree);
        lowerBound = bounds.of(0, false);
        lowerTenths = bounds.of(0, true);
        search(0, new long[words], new long[words], 0, 0, true);
        boolean complete = bestChoice != null;
        choice = complete ? bestChoice : greedyProgress();
        return complete;
    }

    int[] choice() {
        return choice;
    }

    int nodeCredits(int n) {
        return nodeCredits[n];
    }

    /** Evaluates the whole tree under the chosen allocation: what the root credits; {@code met[n]} per node. */
    int evaluate(boolean[] met) {
        return eval(0, met, null, null, Integer.MAX_VALUE);
    }

    // ---- evaluation ----

    /**
     * Credits of node {@code n} given the leaves' chosen options; {@code met[n]} says whether it is met.
     * With {@code hope}, undecided leaves (index {@code >= from} in leaf order) count as met if any
     * option of theirs still fits.
     */
    private int eval(int n, boolean[] met, long @Nullable [] exclusive, long @Nullable [] sharedUsed, int from) {
        int credits = evalNode(n, met, exclusive, sharedUsed, from);
        nodeCredits[n] = credits;
        return credits;
    }

    private int evalNode(int n, boolean[] met, long @Nullable [] exclusive, long @Nullable [] sharedUsed, int from) {
        Type t = tree.types[n];
        if (t == Type.UNIT) {
            return evalUnit(n, met, exclusive, sharedUsed, from);
        }
        int[] kids = tree.kidsOf[n];
        int sum = 0;
        int metCount = 0;
        int metCredits = 0;
        // minCredits counts what units credit, also in part, and what met inner nodes credit
        int counted = 0;
        for (int k : kids) {
            int c = eval(k, met, exclusive, sharedUsed, from);
            // a shared part counts results counted elsewhere: its CP do not add up again above it
            int added = tree.sharedLeaf[k] && !tree.sharedLeaf[n] ? 0 : c;
            sum += added;
            if (met[k]) {
                metCount++;
                metCredits += added;
            }
            if (met[k] || tree.types[k] == Type.UNIT) {
                counted += c;
            }
        }
        switch (t) {
            case ALL -> {
                met[n] = metCount == kids.length;
                return sum;
            }
            case AT_LEAST -> {
                met[n] = metCount >= tree.params[n];
                // a nested programme credits its own CP once met
                if (tree.isNestedProgramme(n) && met[n] && tree.needTenths[n] > 0) {
                    return tree.needTenths[n];
                }
                return metCredits;
            }
            case MIN_CREDITS -> {
                met[n] = counted >= tree.params[n];
                return counted;
            }
            case QUOTA -> {
                return evalQuota(n, met);
            }
            default -> throw new IllegalStateException();
        }
    }

    private int evalUnit(int n, boolean[] met, long @Nullable [] exclusive, long @Nullable [] sharedUsed, int from) {
        int leafNo = tree.leafNumber[n];
        if (leafNo < 0) {
            met[n] = false;
            return 0;
        }
        int c = choice[leafNo];
        int need = tree.needTenths[n];
        if (c >= 0) {
            Option o = tree.opts[n][c];
            met[n] = o.credits() >= need;
            return o.credits();
        }
        if (exclusive != null && leafNo >= from) {
            // hoping: the undecided unit gets the most any still fitting option could credit
            int best = -1;
            for (Option o : tree.opts[n]) {
                if (o.credits() > best && fits(o, tree.sharedLeaf[n], exclusive, sharedUsed)) {
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

    /**
     * A share is a maximum as well as a minimum: a fourth unit of a partner whose share is three adds
     * nothing, and a partner without a share adds nothing.
     */
    private int evalQuota(int n, boolean[] met) {
        boolean ok = true;
        int credited = 0;
        for (Requirement.Share share : tree.shares.get(n)) {
            List<Integer> own = new ArrayList<>();
            for (int k : tree.kidsOf[n]) {
                if (met[k] && tree.institutionOf(k).equals(share.institution())) {
                    own.add(tree.sharedLeaf[k] && !tree.sharedLeaf[n] ? 0 : nodeCredits[k]);
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

    /**
     * Whether node {@code n} is met (hoping, with {@code exclusive}), stopping as soon as the answer
     * is known; nodes that count credits are evaluated in full.
     */
    private boolean ok(int n, long @Nullable [] exclusive, long @Nullable [] sharedUsed, int from) {
        switch (tree.types[n]) {
            case ALL -> {
                for (int k : tree.kidsOf[n]) {
                    if (!ok(k, exclusive, sharedUsed, from)) {
                        return false;
                    }
                }
                return true;
            }
            case AT_LEAST -> {
                int[] kids = tree.kidsOf[n];
                int need = tree.params[n];
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

    // ---- search ----

    /** @param chose whether the last step chose an option (leaving a unit out cannot meet a tree that was not met) */
    private void search(int i, long[] exclusive, long[] sharedUsed, int cost, int costTenths, boolean chose) {
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
        if (i == tree.leaves.length) {
            return;
        }
        // leaving a unit out first: a unit the tree cannot do without fails the hope check at once, so
        // the first allocation found uses few units, and the bounds cut the rest short
        search(i + 1, exclusive, sharedUsed, cost, costTenths, false);
        int n = tree.leaves[i];
        boolean isShared = tree.sharedLeaf[n];
        Option[] choices = tree.opts[n];
        for (int k = 0; k < choices.length; k++) {
            Option o = choices[k];
            if (!fits(o, isShared, exclusive, sharedUsed)) {
                continue;
            }
            long[] union = new long[words];
            for (int w = 0; w < words; w++) {
                union[w] = exclusive[w] | sharedUsed[w];
            }
            int newCost = cost;
            for (int w = 0; w < words; w++) {
                newCost += Long.bitCount(o.mask()[w] & ~union[w]);
            }
            int newTenths = costTenths;
            for (String id : o.proofs()) {
                int e = evidence.index.get(id);
                if ((union[e >>> 6] & (1L << (e & 63))) == 0) {
                    newTenths += evidence.evidence.get(e).tenths();
                }
            }
            long[] ex = isShared ? exclusive : or(exclusive, o.mask());
            long[] sh = isShared ? or(sharedUsed, o.mask()) : sharedUsed;
            choice[i] = k;
            search(i + 1, ex, sh, newCost, newTenths, true);
            choice[i] = -1;
        }
    }

    private long[] or(long[] used, long[] mask) {
        long[] out = used.clone();
        for (int w = 0; w < words; w++) {
            out[w] |= mask[w];
        }
        return out;
    }

    /** For an unmet tree: each unit in order takes its cheapest option that still fits, to show how far the learner is. */
    private int[] greedyProgress() {
        int[] c = new int[tree.leaves.length];
        Arrays.fill(c, -1);
        long[] ex = new long[words];
        long[] sh = new long[words];
        for (int i = 0; i < tree.leaves.length; i++) {
            int n = tree.leaves[i];
            Option[] opts = tree.opts[n];
            for (int k = 0; k < opts.length; k++) {
                if (fits(opts[k], tree.sharedLeaf[n], ex, sh)) {
                    c[i] = k;
                    long[] target = tree.sharedLeaf[n] ? sh : ex;
                    for (int w = 0; w < words; w++) {
                        target[w] |= opts[k].mask()[w];
                    }
                    break;
                }
            }
        }
        return c;
    }
}
