package org.microdegree.catalog.building;

import java.util.List;

/**
 * Chooses micro-credentials for a joint programme: exactly each partner's quota, every
 * prerequisite of a chosen micro-credential chosen too, and as much weight of the targets (learning
 * outcomes, ESCO skills) covered as possible. An exact solver proves its answer optimal or names
 * the constraints that cannot be met together.
 */
public interface Composer {

    Composition compose(Problem problem, long timeLimitMillis);

    /**
     * The problem in plain arrays, for solvers.
     *
     * @param partnerOf candidate i belongs to partner {@code partnerOf[i]}
     * @param covers candidate i covers the targets {@code covers[i]}
     * @param quota partner p must contribute exactly {@code quota[p]} candidates
     * @param requires pairs {a, b}: choosing a requires choosing b
     */
    record Problem(int[] partnerOf, int[][] covers, int[] weight, int[] quota, List<int[]> requires) {

        public Problem {
            int[][] sorted = new int[covers.length][];
            for (int i = 0; i < covers.length; i++) {
                sorted[i] = covers[i].clone();
                java.util.Arrays.sort(sorted[i]);
            }
            covers = sorted;
            requires = List.copyOf(requires);
        }

        public int candidates() {
            return partnerOf.length;
        }

        public int partners() {
            return quota.length;
        }

        /** The covered weight of a choice. */
        public int coverage(int[] chosen) {
            boolean[] covered = new boolean[weight.length];
            int sum = 0;
            for (int i : chosen) {
                for (int t : covers[i]) {
                    if (!covered[t]) {
                        covered[t] = true;
                        sum += weight[t];
                    }
                }
            }
            return sum;
        }
    }

    enum Status { OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN }

    /**
     * @param conflicts for an infeasible problem: the constraints that cannot hold together, as
     *     {@code quota:P} (partner index) and {@code requires:A:B}
     * @param bound the best possible coverage the solver could prove
     */
    record Composition(Status status, int[] chosen, int coverage, long bound, List<String> conflicts, long millis) {
    }
}
