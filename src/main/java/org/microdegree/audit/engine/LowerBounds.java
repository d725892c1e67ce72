package org.microdegree.audit.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.microdegree.audit.engine.CompiledTree.Type;
import org.microdegree.audit.engine.EvidenceOptions.Option;
import org.microdegree.catalog.model.Requirement;

/**
 * Lower bounds on the evidence (results, or tenths of CP) any allocation meeting a node must use,
 * from the options alone: the search stops once it has found an allocation this cheap.
 */
final class LowerBounds {

    static final int UNREACHABLE = 100_000_000;

    private final CompiledTree tree;

    LowerBounds(CompiledTree tree) {
        this.tree = tree;
    }

    /**
     * The least evidence any allocation meeting node {@code n} can use, ignoring conflicts between
     * units: a lower bound. Units under a shared node may share evidence, so they count 0.
     */
    int of(int n, boolean tenths) {
        if (tree.types[n] == Type.UNIT) {
            Option[] opts = tree.opts[n];
            if (tree.sharedLeaf[n] || opts.length == 0) {
                return opts.length == 0 ? UNREACHABLE : 0;
            }
            int best = UNREACHABLE;
            for (Option o : opts) {
                if (o.credits() >= tree.needTenths[n]) {
                    best = Math.min(best, tenths ? o.costTenths() : o.cost());
                }
            }
            return best;
        }
        int[] kids = tree.kidsOf[n];
        int[] costs = new int[kids.length];
        for (int i = 0; i < kids.length; i++) {
            costs[i] = of(kids[i], tenths);
        }
        int[] sorted = costs.clone();
        Arrays.sort(sorted);
        return switch (tree.types[n]) {
            case ALL -> sumCapped(sorted, sorted.length);
            case AT_LEAST -> tree.isNestedProgramme(n)
                    ? Math.min(sorted.length > 0 ? sorted[0] : 0, sumCapped(sorted, 1))
                    : sumCapped(sorted, tree.params[n]);
            case MIN_CREDITS -> creditsBound(n, tenths);
            case QUOTA -> {
                int sum = 0;
                for (Requirement.Share share : tree.shares.get(n)) {
                    List<Integer> own = new ArrayList<>();
                    for (int i = 0; i < kids.length; i++) {
                        if (tree.institutionOf(kids[i]).equals(share.institution())) {
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
    private int creditsBound(int n, boolean tenths) {
        int[] kids = tree.kidsOf[n];
        int[] most = new int[kids.length];
        int[] cheapest = new int[kids.length];
        for (int i = 0; i < kids.length; i++) {
            int k = kids[i];
            if (tree.types[k] != Type.UNIT || tree.sharedLeaf[k]) {
                return 0;
            }
            int max = 0;
            int min = UNREACHABLE;
            for (Option o : tree.opts[k]) {
                max = Math.max(max, o.credits());
                min = Math.min(min, tenths ? o.costTenths() : o.cost());
            }
            most[i] = max;
            cheapest[i] = min;
        }
        Arrays.sort(most);
        int reached = 0;
        int needed = 0;
        for (int i = most.length - 1; i >= 0 && reached < tree.params[n]; i--) {
            reached += most[i];
            needed++;
        }
        if (reached < tree.params[n]) {
            return UNREACHABLE;
        }
        Arrays.sort(cheapest);
        return sumCapped(cheapest, needed);
    }

    private static int sumCapped(int[] sorted, int count) {
        int sum = 0;
        for (int i = 0; i < Math.min(count, sorted.length); i++) {
            sum = Math.min(UNREACHABLE, sum + sorted[i]);
        }
        return count > sorted.length ? UNREACHABLE : sum;
    }
}
