package org.microdegree.design.building;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The baseline a person would follow: take, again and again, the micro-credential that adds the
 * most uncovered target weight among partners whose quota is not yet full (with its
 * prerequisites, if the quotas leave room). Fast, but neither optimal nor always feasible.
 */
public final class GreedyComposer implements Composer {

    @Override
    public Composition compose(Problem p, long timeLimitMillis) {
        long started = System.nanoTime();
        int n = p.candidates();
        boolean[] chosen = new boolean[n];
        boolean[] covered = new boolean[p.weight().length];
        int[] left = p.most().clone();
        int total = p.total() >= 0 ? p.total() : Arrays.stream(p.most()).sum();
        List<List<Integer>> needs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            needs.add(new ArrayList<>());
        }
        boolean[] banned = new boolean[n];
        p.requires().forEach(r -> {
            if (r[1] < 0) {
                banned[r[0]] = true; // its prerequisite is not on offer
            } else {
                needs.get(r[0]).add(r[1]);
            }
        });
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < total) {
            // partners below their least share come first
            boolean owed = false;
            for (int q = 0; q < p.partners(); q++) {
                owed |= p.most()[q] - left[q] < p.least()[q];
            }
            int best = -1;
            int bestGain = -1;
            for (int i = 0; i < n; i++) {
                if (chosen[i] || banned[i] || left[p.partnerOf()[i]] <= 0
                        || owed && p.most()[p.partnerOf()[i]] - left[p.partnerOf()[i]] >= p.least()[p.partnerOf()[i]]
                        || !roomFor(i, needs, chosen, banned, left, total - picked.size(), p)) {
                    continue;
                }
                int gain = 0;
                for (int t : p.covers()[i]) {
                    if (!covered[t]) {
                        gain += p.weight()[t];
                    }
                }
                if (gain > bestGain) {
                    bestGain = gain;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            take(best, needs, chosen, left, covered, picked, p);
        }
        boolean full = picked.size() == total;
        for (int q = 0; q < p.partners(); q++) {
            full &= p.most()[q] - left[q] >= p.least()[q];
        }
        int[] result = picked.stream().mapToInt(Integer::intValue).toArray();
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Composition(full ? Status.FEASIBLE : Status.INFEASIBLE, result, p.coverage(result), -1, List.of(), millis);
    }

    private static boolean roomFor(int i, List<List<Integer>> needs, boolean[] chosen, boolean[] banned, int[] left, int room, Problem p) {
        int[] need = new int[left.length];
        need[p.partnerOf()[i]]++;
        for (int b : needs.get(i)) {
            if (!chosen[b]) {
                need[p.partnerOf()[b]]++;
                if (banned[b] || !needs.get(b).isEmpty()) {
                    return false; // chains deeper than one step: the baseline does not follow them
                }
            }
        }
        int all = 0;
        for (int q = 0; q < left.length; q++) {
            if (need[q] > left[q]) {
                return false;
            }
            all += need[q];
        }
        return all <= room;
    }

    private static void take(int i, List<List<Integer>> needs, boolean[] chosen, int[] left, boolean[] covered, List<Integer> picked,
            Problem p) {
        for (int b : needs.get(i)) {
            if (!chosen[b]) {
                mark(b, chosen, left, covered, picked, p);
            }
        }
        mark(i, chosen, left, covered, picked, p);
    }

    private static void mark(int i, boolean[] chosen, int[] left, boolean[] covered, List<Integer> picked, Problem p) {
        chosen[i] = true;
        left[p.partnerOf()[i]]--;
        picked.add(i);
        for (int t : p.covers()[i]) {
            covered[t] = true;
        }
    }
}
