package org.microdegree.catalog.building;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A partner's possible contributions as whole packages: every set of exactly {@code quota}
 * candidates closed under the partner's own prerequisites, of which only the non-dominated are
 * kept (no other package covers all its targets, provides all its candidates other partners
 * need, and needs no more of other partners). Choosing one package per partner is the same
 * problem, but its linear relaxation is far tighter than choosing candidates one by one, which is
 * what lets the solver prove the optimum. A partner whose packages would be too many, or whose
 * targets do not fit in 64 bits, is left to the candidate-by-candidate model.
 */
public final class Packages {

    /** One way for a partner to fill its quota. */
    public record Package(int partner, int[] members, int[] covers) {
    }

    private Packages() {
    }

    /** Per partner, its non-dominated packages; absent for partners left to the candidate model. */
    public static Map<Integer, List<Package>> of(Composer.Problem p, long limit) {
        List<List<Integer>> byPartner = new ArrayList<>();
        for (int q = 0; q < p.partners(); q++) {
            byPartner.add(new ArrayList<>());
        }
        boolean[] banned = new boolean[p.candidates()];
        Map<Integer, List<Integer>> ownNeeds = new HashMap<>();
        Map<Integer, List<Integer>> crossNeeds = new HashMap<>();
        Set<Integer> crossProvided = new TreeSet<>();
        for (int[] r : p.requires()) {
            if (r[1] < 0) {
                banned[r[0]] = true;
            } else if (p.partnerOf()[r[0]] == p.partnerOf()[r[1]]) {
                ownNeeds.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
            } else {
                crossNeeds.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
                crossProvided.add(r[1]);
            }
        }
        for (int i = 0; i < p.candidates(); i++) {
            if (p.partnerOf()[i] >= 0 && !banned[i]) {
                byPartner.get(p.partnerOf()[i]).add(i);
            }
        }
        Map<Integer, List<Package>> out = new LinkedHashMap<>();
        for (int q = 0; q < p.partners(); q++) {
            List<Package> packages = partner(p, q, byPartner.get(q), ownNeeds, crossNeeds, crossProvided, limit);
            if (packages != null) {
                out.put(q, packages);
            }
        }
        return out;
    }

    private record Candidate(List<Integer> members, long cover, int[] provides, int[] needs) {
    }

    private static List<Package> partner(Composer.Problem p, int q, List<Integer> cands, Map<Integer, List<Integer>> ownNeeds,
                                         Map<Integer, List<Integer>> crossNeeds, Set<Integer> crossProvided, long limit) {
        int k = p.quota()[q];
        if (k <= 0 || k > cands.size() || combinations(cands.size(), k) > limit) {
            return null;
        }
        Map<Integer, Integer> bit = new HashMap<>();
        for (int i : cands) {
            for (int t : p.covers()[i]) {
                bit.putIfAbsent(t, bit.size());
            }
        }
        if (bit.size() > 64) {
            return null;
        }
        int[] targetOfBit = new int[bit.size()];
        bit.forEach((t, b) -> targetOfBit[b] = t);
        long[] mask = new long[cands.size()];
        for (int c = 0; c < cands.size(); c++) {
            for (int t : p.covers()[cands.get(c)]) {
                mask[c] |= 1L << bit.get(t);
            }
        }
        Map<String, Candidate> distinct = new HashMap<>();
        int[] pick = new int[k];
        enumerate(0, 0, k, pick, cands, mask, ownNeeds, crossNeeds, crossProvided, distinct);
        List<Candidate> sorted = new ArrayList<>(distinct.values());
        sorted.sort(Comparator.comparingInt((Candidate c) -> -Long.bitCount(c.cover())).thenComparing(c -> c.members().toString()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            boolean dominated = false;
            for (Candidate d : kept) {
                if ((c.cover() & ~d.cover()) == 0 && subset(c.provides(), d.provides()) && subset(d.needs(), c.needs())) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                kept.add(c);
            }
        }
        List<Package> out = new ArrayList<>();
        for (Candidate c : kept) {
            int[] covers = new int[Long.bitCount(c.cover())];
            int n = 0;
            for (int b = 0; b < targetOfBit.length; b++) {
                if ((c.cover() & (1L << b)) != 0) {
                    covers[n++] = targetOfBit[b];
                }
            }
            Arrays.sort(covers);
            out.add(new Package(q, c.members().stream().mapToInt(Integer::intValue).toArray(), covers));
        }
        return out;
    }

    private static void enumerate(int from, int depth, int k, int[] pick, List<Integer> cands, long[] mask, Map<Integer, List<Integer>> ownNeeds,
                                  Map<Integer, List<Integer>> crossNeeds, Set<Integer> crossProvided, Map<String, Candidate> distinct) {
        if (depth == k) {
            List<Integer> members = new ArrayList<>(k);
            long cover = 0;
            for (int c : pick) {
                members.add(cands.get(c));
                cover |= mask[c];
            }
            for (int m : members) {
                for (int b : ownNeeds.getOrDefault(m, List.of())) {
                    if (!members.contains(b)) {
                        return;   // not closed under the partner's own prerequisites
                    }
                }
            }
            int[] provides = members.stream().filter(crossProvided::contains).mapToInt(Integer::intValue).sorted().toArray();
            int[] needs = members.stream().flatMap(m -> crossNeeds.getOrDefault(m, List.of()).stream()).mapToInt(Integer::intValue)
                    .distinct().sorted().toArray();
            String key = cover + "|" + Arrays.toString(provides) + "|" + Arrays.toString(needs);
            distinct.putIfAbsent(key, new Candidate(members, cover, provides, needs));
            return;
        }
        for (int c = from; c <= cands.size() - (k - depth); c++) {
            pick[depth] = c;
            enumerate(c + 1, depth + 1, k, pick, cands, mask, ownNeeds, crossNeeds, crossProvided, distinct);
        }
    }

    private static boolean subset(int[] small, int[] big) {
        return Dominance.covers(big, small);
    }

    static long combinations(int n, int k) {
        long c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
            if (c > Long.MAX_VALUE / (n + 1)) {
                return Long.MAX_VALUE;
            }
        }
        return c;
    }
}
