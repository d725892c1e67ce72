package org.microdegree.design.building;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Leaves out candidates no optimal choice needs, before the solver sees the problem: a candidate
 * (not tied up in a prerequisite) whose targets another kept, untied candidate of the same partner
 * also covers, as long as the partner keeps more untied candidates than it may contribute. A choice that
 * takes it can take the dominating candidate instead if that is unused; if it is used, the dominated
 * one adds nothing and any unused untied candidate of the partner can replace it. So the optimum
 * is unchanged, and only candidates with maximal target sets remain.
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
            int free = (int) order.stream().filter(i -> !tied.contains(i)).count();
            List<Integer> keptHere = new ArrayList<>();
            for (int i : order) {
                boolean dominated = false;
                if (!tied.contains(i) && free - 1 >= p.most()[q]) {
                    for (int j : keptHere) {
                        if (!tied.contains(j) && covers(p.covers()[j], p.covers()[i])) {
                            dominated = true;
                            break;
                        }
                    }
                }
                if (dominated) {
                    free--;
                } else {
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
            requires.add(new int[]{newIndex[r[0]], r[1] < 0 ? -1 : newIndex[r[1]]});
        }
        return new Composer.Problem(partnerOf, covers, p.weight(), p.least(), p.most(), p.total(), requires);
    }
}
