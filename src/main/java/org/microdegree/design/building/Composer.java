package org.microdegree.design.building;

import java.util.Arrays;
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
     * @param least partner p contributes at least {@code least[p]} candidates
     * @param most and at most {@code most[p]} (both equal for a negotiated quota)
     * @param total how many candidates are chosen in all; -1 when only the partners' bounds count
     * @param requires pairs {a, b}: choosing a requires choosing b
     */
    record Problem(int[] partnerOf, int[][] covers, int[] weight, int[] least, int[] most, int total, List<int[]> requires) {

        /** Exact quotas, as negotiated: each partner contributes exactly its number. */
        public static Problem exact(int[] partnerOf, int[][] covers, int[] weight, int[] quota, List<int[]> requires) {
            return new Problem(partnerOf, covers, weight, quota, quota, Arrays.stream(quota).sum(), requires);
        }

        public Problem {
            int[][] sorted = new int[covers.length][];
            for (int i = 0; i < covers.length; i++) {
                sorted[i] = covers[i].clone();
                Arrays.sort(sorted[i]);
            }
            covers = sorted;
            requires = List.copyOf(requires);
        }

        public int candidates() {
            return partnerOf.length;
        }

        public int partners() {
            return most.length;
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

    enum Status {
        OPTIMAL,
        FEASIBLE,
        INFEASIBLE,
        UNKNOWN
    }

    /**
     * @param conflicts for an infeasible problem: the constraints that cannot hold together, as
     *     {@code quota:P} (partner index), {@code total} and {@code requires:A:B}
     * @param bound the best possible coverage the solver could prove
     */
    record Composition(Status status, int[] chosen, int coverage, long bound, List<String> conflicts, long millis) {}
}
