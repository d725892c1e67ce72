package org.microdegree.design.building;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.microdegree.design.internal.solver.CpSatComposer;

/**
 * Whole-run timings of the joint-Master composer on generated alliances, against the greedy
 * baseline on the same instances. Run as docs/benchmarks.md says; not a test.
 * Arguments: partners, micro-credentials per partner, number of instances (seeds 1..n).
 */
public final class JointMasterBench {

    public static void main(String[] args) {
        int partners = Integer.parseInt(args[0]);
        int perPartner = Integer.parseInt(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Composer exact = new CpSatComposer(Integer.getInteger("workers", 1));
        exact.compose(JointMasterInstances.generate(3, 20, 99), 10_000); // load the native library, warm up
        List<Long> millis = new ArrayList<>();
        for (int seed = 1; seed <= runs; seed++) {
            Composer.Problem p = JointMasterInstances.generate(partners, perPartner, seed);
            long t0 = System.nanoTime();
            Composer.Composition c = exact.compose(p, 60_000);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Composer.Composition g = new GreedyComposer().compose(p, 60_000);
            millis.add(ms);
            System.out.printf("seed %d: %d candidates (%d kept), %d chosen, status %s, coverage %d (bound %d), greedy %d (%s), %d ms%n",
                    seed, p.candidates(), Dominance.keep(p).length, c.chosen().length, c.status(), c.coverage(), c.bound(), g.coverage(),
                    g.status(), ms);
        }
        Collections.sort(millis);
        System.out.printf("median %d ms of %d runs (%d x %d)%n", millis.get(millis.size() / 2), runs, partners, perPartner);
    }
}
