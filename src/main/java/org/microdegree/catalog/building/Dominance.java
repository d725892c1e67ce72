package org.microdegree.catalog.building;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Leaves out candidates no optimal choice needs, before the solver sees the problem: a candidate
 * whose targets are all covered by each of at least {@code quota} other kept candidates of the same
 * partner (none of them tied up in a prerequisite). Any choice that takes it has an unused such
 * candidate to take instead, covering at least as much; so the optimum is unchanged. Typically
 * nine in ten candidates go, which is what lets the solver prove the optimum quickly.
 */
public final class Dominance {

    private Dominance() {
    }

    /** The indexes of the candidates to keep, ascending. */
    public static int[] keep(Composer.Problem p) {
        Set<Integer> tied = new HashSet<>();
        for (int[] r : p.requires()) {
            tied.add(r[0]);
            tied.add(r[1]);
        }
        List<List<Integer>> byPartner = new ArrayList<>();
        for (int q = 0; q < p.partners(); q++) {
            byPartner.add(new ArrayList<>());
        }
        for (int i = 0; i < p.candidates(); i++) {
            if (p.partnerOf()[i] >= 0) {
                byPartner.get(p.partnerOf()[i]).add(i);
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int q = 0; q < p.partners(); q++) {
            // supersets first, so that a candidate's dominators are already decided
            List<Integer> order = new ArrayList<>(byPartner.get(q));
            order.sort(Comparator.comparingInt((Integer i) -> -p.covers()[i].length).thenComparingInt(i -> i));
            List<Integer> keptHere = new ArrayList<>();
            for (int i : order) {
                if (tied.contains(i)) {
                    keptHere.add(i);
                    continue;
                }
                int dominators = 0;
                for (int j : keptHere) {
                    if (!tied.contains(j) && covers(p.covers()[j], p.covers()[i]) && ++dominators >= p.quota()[q]) {
                        break;
                    }
                }
                if (dominators < p.quota()[q]) {
                    keptHere.add(i);
                }
            }
            kept.addAll(keptHere);
        }
        return kept.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** True when sorted {@code big} contains every element of sorted {@code small}. */
    static boolean covers(int[] big, int[] small) {
        if (small.length > big.length) {
            return false;
        }
        int k = 0;
        for (int s : small) {
            while (k < big.length && big[k] < s) {
                k++;
            }
            if (k == big.length || big[k] != s) {
                return false;
            }
        }
        return true;
    }

    /** The problem over the kept candidates only (prerequisites renumbered). */
    public static Composer.Problem restrict(Composer.Problem p, int[] kept) {
        int[] newIndex = new int[p.candidates()];
        Arrays.fill(newIndex, -1);
        for (int k = 0; k < kept.length; k++) {
            newIndex[kept[k]] = k;
        }
        int[] partnerOf = new int[kept.length];
        int[][] covers = new int[kept.length][];
        for (int k = 0; k < kept.length; k++) {
            partnerOf[k] = p.partnerOf()[kept[k]];
            covers[k] = p.covers()[kept[k]];
        }
        List<int[]> requires = new ArrayList<>();
        for (int[] r : p.requires()) {
            requires.add(new int[] {newIndex[r[0]], r[1] < 0 ? -1 : newIndex[r[1]]});
        }
        return new Composer.Problem(partnerOf, covers, p.weight(), p.quota(), requires);
    }
}
