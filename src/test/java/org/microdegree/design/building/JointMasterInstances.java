package org.microdegree.design.building;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Generated alliances for the composer, shaped like the worked example: every partner university
 * has its own profile, a window of 12 of the programme's target outcomes and skills (windows of
 * neighbouring partners overlap by a third); each of its N micro-credentials covers 1 to 4
 * targets, nine in ten of them inside its profile, the others anywhere. There are 8 targets per
 * partner, weights 1 to 3, quotas of 1 to 3, and one micro-credential in ten needs another of the
 * same partner; so no choice covers every target and the optimum has to be proved.
 */
final class JointMasterInstances {

    private JointMasterInstances() {
    }

    /** Up to 10 partners: each with a negotiated quota of 1 to 3. */
    static Composer.Problem generate(int partners, int perPartner, long seed) {
        return generate(partners, perPartner, seed, partners > 10);
    }

    /**
     * A large alliance: a Master of 24 micro-credentials (120 CP) where the three hosting partners
     * have a negotiated quota of 2 and every other partner contributes at most 2, as coverage serves.
     */
    static Composer.Problem generate(int partners, int perPartner, long seed, boolean alliance) {
        SplittableRandom random = new SplittableRandom(seed);
        int targets = 8 * partners;
        int[] partnerOf = new int[partners * perPartner];
        int[][] covers = new int[partnerOf.length][];
        for (int p = 0; p < partners; p++) {
            int home = 8 * p;
            for (int k = 0; k < perPartner; k++) {
                int i = p * perPartner + k;
                partnerOf[i] = p;
                int n = 1 + random.nextInt(4);
                Set<Integer> covered = new TreeSet<>();
                while (covered.size() < n) {
                    covered.add(random.nextInt(10) == 0 ? random.nextInt(targets) : Math.floorMod(home + random.nextInt(12), targets));
                }
                covers[i] = covered.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        int[] weight = new int[targets];
        for (int t = 0; t < targets; t++) {
            weight[t] = 1 + random.nextInt(3);
        }
        int[] quota = new int[partners];
        for (int p = 0; p < partners; p++) {
            quota[p] = 1 + random.nextInt(3);
        }
        List<int[]> requires = new ArrayList<>();
        for (int i = 0; i < partnerOf.length; i++) {
            if (random.nextInt(10) == 0) {
                int b = partnerOf[i] * perPartner + random.nextInt(perPartner);
                if (b != i) {
                    requires.add(new int[]{i, b});
                }
            }
        }
        return alliance
                ? new Composer.Problem(partnerOf, covers, weight, least(partners), most(partners), 24, requires)
                : Composer.Problem.exact(partnerOf, covers, weight, quota, requires);
    }

    private static int[] least(int partners) {
        int[] least = new int[partners];
        for (int p = 0; p < Math.min(3, partners); p++) {
            least[p] = 2;
        }
        return least;
    }

    private static int[] most(int partners) {
        int[] most = new int[partners];
        Arrays.fill(most, 2);
        return most;
    }

    static void assertRespected(Composer.Problem p, int[] chosen) {
        int[] count = new int[p.partners()];
        Set<Integer> set = new HashSet<>();
        for (int i : chosen) {
            count[p.partnerOf()[i]]++;
            set.add(i);
        }
        for (int q = 0; q < p.partners(); q++) {
            assertThat(count[q]).as("partner " + q).isBetween(p.least()[q], p.most()[q]);
        }
        if (p.total() >= 0) {
            assertThat(chosen).hasSize(p.total());
        }
        for (int[] r : p.requires()) {
            if (set.contains(r[0])) {
                assertThat(set).as("prerequisite of " + r[0]).contains(r[1]);
            }
        }
    }
}
