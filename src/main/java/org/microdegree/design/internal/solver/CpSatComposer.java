package org.microdegree.design.internal.solver;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microdegree.design.building.Composer;
import org.microdegree.design.building.Dominance;

/**
 * The joint-Master composer on Google OR-Tools CP-SAT: a weighted maximum coverage with exact
 * quotas and prerequisites. CP-SAT proves the optimum (its bound meets the answer); when the
 * constraints cannot hold together, a second solve with one assumption literal per quota and
 * prerequisite finds a set of them that is infeasible on its own, so the designer is told which.
 */
public final class CpSatComposer implements Composer {

    private static volatile boolean loaded;

    private final int workers;

    public CpSatComposer(int workers) {
        this.workers = Math.max(1, workers);
    }

    private static void load() {
        if (!loaded) {
            synchronized (CpSatComposer.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    @Override
    public Composition compose(Problem full, long timeLimitMillis) {
        load();
        long started = System.nanoTime();
        int[] kept = Dominance.keep(full);
        Problem p = Dominance.restrict(full, kept);
        Model m = new Model(p, false);
        m.maximiseCoverage(p);
        CpSolver solver = new CpSolver();
        // one worker with the full linear relaxation proves these coverage problems fastest: measured
        // against 2, 8 and 16 workers on the same instances (docs/benchmarks.md, ADR 0011)
        solver.getParameters().setMaxTimeInSeconds(timeLimitMillis / 1000.0).setNumWorkers(workers).setLinearizationLevel(2).setRandomSeed(7);
        CpSolverStatus status = solver.solve(m.model);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return switch (status) {
            case OPTIMAL, FEASIBLE -> {
                int[] chosen = Arrays.stream(m.chosen(solver)).map(k -> kept[k]).sorted().toArray();
                yield new Composition(status == CpSolverStatus.OPTIMAL ? Status.OPTIMAL : Status.FEASIBLE, chosen, full.coverage(chosen),
                        (long) Math.floor(solver.bestObjectiveBound() + 1e-6), List.of(), millis);
            }
            case INFEASIBLE -> new Composition(Status.INFEASIBLE, new int[0], 0, 0, conflicts(full, timeLimitMillis), millis);
            default -> new Composition(Status.UNKNOWN, new int[0], 0, (long) solver.bestObjectiveBound(), List.of(), millis);
        };
    }

    /** The constraints of a small infeasible set: assumptions need one worker and no objective. */
    private static List<String> conflicts(Problem p, long timeLimitMillis) {
        Model m = new Model(p, true);
        m.model.addAssumptions(m.switches.keySet().toArray(new Literal[0]));
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitMillis / 1000.0).setNumWorkers(1);
        if (solver.solve(m.model) != CpSolverStatus.INFEASIBLE) {
            return List.of();
        }
        Map<Integer, String> byIndex = new HashMap<>();
        m.switches.forEach((lit, name) -> byIndex.put(lit.getIndex(), name));
        List<String> out = new ArrayList<>();
        for (int index : solver.sufficientAssumptionsForInfeasibility()) {
            String name = byIndex.get(index);
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }

    /** Choice variables, quotas and prerequisites; with {@code switched}, each constraint behind its own literal. */
    private static final class Model {
        final CpModel model = new CpModel();
        final BoolVar[] x;
        final Map<BoolVar, String> switches = new LinkedHashMap<>();

        Model(Problem p, boolean switched) {
            x = new BoolVar[p.candidates()];
            List<List<BoolVar>> byPartner = new ArrayList<>();
            for (int q = 0; q < p.partners(); q++) {
                byPartner.add(new ArrayList<>());
            }
            for (int i = 0; i < x.length; i++) {
                x[i] = model.newBoolVar("x" + i);
                if (p.partnerOf()[i] >= 0) {
                    byPartner.get(p.partnerOf()[i]).add(x[i]);
                } else {
                    model.addEquality(x[i], 0);
                }
            }
            for (int q = 0; q < p.partners(); q++) {
                var c = model.addLinearConstraint(LinearExpr.sum(byPartner.get(q).toArray(new BoolVar[0])), p.least()[q], p.most()[q]);
                if (switched) {
                    c.onlyEnforceIf(switchFor("quota:" + q));
                }
            }
            if (p.total() >= 0) {
                var c = model.addEquality(LinearExpr.sum(x), p.total());
                if (switched) {
                    c.onlyEnforceIf(switchFor("total"));
                }
            }
            for (int[] r : p.requires()) {
                var c = r[1] < 0 ? model.addEquality(x[r[0]], 0) : model.addImplication(x[r[0]], x[r[1]]);
                if (switched) {
                    c.onlyEnforceIf(switchFor("requires:" + r[0] + ":" + r[1]));
                }
            }
        }

        /** The objective: the weight of the targets some chosen candidate covers. */
        void maximiseCoverage(Problem p) {
            List<List<Literal>> coveredBy = new ArrayList<>();
            for (int t = 0; t < p.weight().length; t++) {
                coveredBy.add(new ArrayList<>());
            }
            for (int i = 0; i < p.candidates(); i++) {
                for (int t : p.covers()[i]) {
                    coveredBy.get(t).add(x[i]);
                }
            }
            List<BoolVar> ys = new ArrayList<>();
            List<Long> ws = new ArrayList<>();
            for (int t = 0; t < p.weight().length; t++) {
                if (coveredBy.get(t).isEmpty() || p.weight()[t] == 0) {
                    continue; // a target no candidate covers adds nothing
                }
                BoolVar y = model.newBoolVar("y" + t);
                model.addBoolOr(coveredBy.get(t)).onlyEnforceIf(y);
                ys.add(y);
                ws.add((long) p.weight()[t]);
            }
            model.maximize(LinearExpr.weightedSum(ys.toArray(new BoolVar[0]), ws.stream().mapToLong(Long::longValue).toArray()));
        }

        int[] chosen(CpSolver solver) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (solver.booleanValue(x[i])) {
                    out.add(i);
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }

        private BoolVar switchFor(String name) {
            BoolVar s = model.newBoolVar(name);
            switches.put(s, name);
            return s;
        }
    }
}
