package org.microdegree.design.building;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.microdegree.catalog.model.MicroCredential;

/**
 * Organises chosen micro-credentials as joint MDs: groups of the given sizes, each from at least
 * two institutions where the choice allows it, and topically close (micro-credentials that cover
 * the same targets together). Dealt out institution by institution, then improved by swaps.
 */
final class Grouping {

    private Grouping() {
    }

    static List<List<MicroCredential>> group(List<MicroCredential> chosen, List<Integer> sizes,
            Function<MicroCredential, List<String>> covers) {
        List<MicroCredential> dealt = chosen.stream()
                .sorted(Comparator.comparing((MicroCredential mc) -> mc.id().institution()).thenComparing(MicroCredential::id)).toList();
        List<List<MicroCredential>> groups = new ArrayList<>();
        sizes.forEach(s -> groups.add(new ArrayList<>()));
        int g = 0;
        for (MicroCredential mc : dealt) {
            while (groups.get(g).size() >= sizes.get(g)) {
                g = (g + 1) % groups.size();
            }
            groups.get(g).add(mc);
            g = (g + 1) % groups.size();
        }
        boolean improved = true;
        for (int round = 0; improved && round < 50; round++) {
            improved = false;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    for (int i = 0; i < groups.get(a).size(); i++) {
                        for (int j = 0; j < groups.get(b).size(); j++) {
                            int before = cohesion(groups.get(a), covers) + cohesion(groups.get(b), covers);
                            swap(groups, a, i, b, j);
                            int after = cohesion(groups.get(a), covers) + cohesion(groups.get(b), covers);
                            if (after > before && joint(groups.get(a)) && joint(groups.get(b))) {
                                improved = true;
                            } else {
                                swap(groups, a, i, b, j);
                            }
                        }
                    }
                }
            }
        }
        groups.forEach(list -> list.sort(Comparator.comparing(MicroCredential::id)));
        return groups;
    }

    private static void swap(List<List<MicroCredential>> groups, int a, int i, int b, int j) {
        MicroCredential x = groups.get(a).get(i);
        groups.get(a).set(i, groups.get(b).get(j));
        groups.get(b).set(j, x);
    }

    private static boolean joint(List<MicroCredential> group) {
        return group.stream().map(mc -> mc.id().institution()).distinct().count() >= 2;
    }

    /** Pairs of the group that share a target, counted by the targets they share. */
    private static int cohesion(List<MicroCredential> group, Function<MicroCredential, List<String>> covers) {
        int sum = 0;
        for (int i = 0; i < group.size(); i++) {
            Set<String> mine = new HashSet<>(covers.apply(group.get(i)));
            for (int j = i + 1; j < group.size(); j++) {
                for (String t : covers.apply(group.get(j))) {
                    if (mine.contains(t)) {
                        sum++;
                    }
                }
            }
        }
        return sum;
    }
}
