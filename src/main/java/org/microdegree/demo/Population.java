package org.microdegree.demo;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.shared.ItemId;

/**
 * Synthetic learners of a generated catalogue, with their enrolments and results, written as the
 * three CSV files the importers read. Each learner is planned from their own random stream (seed and
 * number), so each file is written in one pass with nothing held in memory, and the same seed gives
 * the same files. A learner studies at one institution, is enrolled in one or two of its programmes,
 * has passed a share of those programmes' units (an MC as a whole or module by module; some learners
 * finish, most are on the way), and has further results in other modules of the institution.
 */
final class Population {

    private static final String[] GRADES = {"1.0", "1.3", "1.7", "2.0", "2.3", "2.7", "3.0", "3.3", "3.7", "4.0"};
    private static final LocalDate FIRST = LocalDate.of(2023, 10, 1);

    private final long seed;
    private final int learners;
    private final int resultsPerLearner;
    private final List<String> institutions;
    private final Map<String, List<MicroDegreeProgramme>> programmesOf = new TreeMap<>();
    private final Map<String, List<Module>> modulesOf = new TreeMap<>();
    private final Map<ItemId, MicroCredential> mcs = new HashMap<>();
    private final Map<ItemId, MicroDegreeProgramme> mds = new HashMap<>();
    private final Map<ItemId, Module> modules = new HashMap<>();

    /** One result row: the unit, its CP, the grade. */
    private record Result(ItemId item, String creditPoints, String grade) {}

    /** What one learner did. */
    private record Plan(String home, List<ItemId> programmes, List<Result> results) {}

    Population(CatalogueBundle bundle, long seed, int learners, int resultsPerLearner) {
        this.seed = seed;
        this.learners = learners;
        this.resultsPerLearner = resultsPerLearner;
        bundle.microCredentials().forEach(mc -> mcs.put(mc.id(), mc));
        bundle.modules().forEach(m -> {
            modules.put(m.id(), m);
            modulesOf.computeIfAbsent(m.id().institution(), k -> new ArrayList<>()).add(m);
        });
        bundle.microDegrees().forEach(md -> {
            mds.put(md.id(), md);
            programmesOf.computeIfAbsent(md.id().institution(), k -> new ArrayList<>()).add(md);
        });
        institutions = List.copyOf(modulesOf.keySet());
    }

    void writeLearners(Writer out) throws IOException {
        out.write("institution;student_number;name;email;status\n");
        for (int i = 0; i < learners; i++) {
            String home = home(i);
            out.write(home + ';' + number(i) + ";Learner " + i + ";learner" + i + '@' + home + ".example;student\n");
        }
    }

    void writeEnrolments(Writer out) throws IOException {
        out.write("institution;student_number;kind;item\n");
        for (int i = 0; i < learners; i++) {
            Plan p = plan(i);
            for (ItemId md : p.programmes()) {
                out.write(p.home() + ';' + number(i) + ";micro-degree;" + md + '\n');
            }
        }
    }

    /** Writes every learner's results; returns how many. */
    long writeAchievements(Writer out) throws IOException {
        out.write("institution;student_number;item;date;scale;grade;credit_points;assessment;supervised;identity_verified;reference\n");
        long rows = 0;
        for (int i = 0; i < learners; i++) {
            Plan p = plan(i);
            SplittableRandom dates = random(i, 2);
            int k = 0;
            for (Result r : p.results()) {
                out.write(p.home() + ';' + number(i) + ';' + r.item() + ';' + FIRST.plusDays(dates.nextInt(700)) + ";de;" + r.grade() + ';'
                        + (r.grade().equals("5.0") ? "0" : r.creditPoints()) + ";written-exam;yes;yes;R" + seed + '-' + i + '-' + k++ + '\n');
            }
            rows += p.results().size();
        }
        return rows;
    }

    private String home(int i) {
        return institutions.get(i % institutions.size());
    }

    private static String number(int i) {
        return Integer.toString(100_000 + i);
    }

    private SplittableRandom random(int learner, int stream) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + learner * 31L + stream);
    }

    private Plan plan(int i) {
        SplittableRandom random = random(i, 1);
        String home = home(i);
        List<MicroDegreeProgramme> own = programmesOf.getOrDefault(home, List.of());
        List<ItemId> programmes = new ArrayList<>();
        int count = own.isEmpty() ? 0 : Math.min(own.size(), 1 + random.nextInt(2));
        int first = own.isEmpty() ? 0 : random.nextInt(own.size());
        for (int k = 0; k < count; k++) {
            programmes.add(own.get((first + k) % own.size()).id());
        }
        // how far along: a quarter has passed everything, the rest a random share
        double progress = random.nextInt(4) == 0 ? 1.0 : random.nextDouble();
        int target = Math.max(1, (int) Math.round(resultsPerLearner * (0.5 + random.nextDouble())));
        Set<ItemId> taken = new LinkedHashSet<>();
        List<Result> results = new ArrayList<>();
        for (ItemId md : programmes) {
            for (ItemId unit : units(md)) {
                if (results.size() >= target || !taken.add(unit) || random.nextDouble() >= progress) {
                    continue;
                }
                MicroCredential mc = mcs.get(unit);
                if (mc != null && random.nextBoolean()) {
                    for (ItemId m : mc.modules()) {
                        if (taken.add(m)) {
                            results.add(new Result(m, cp(modules.get(m)), grade(random)));
                        }
                    }
                } else if (mc != null) {
                    results.add(new Result(unit, mc.creditPoints().toBigDecimal().toPlainString(), grade(random)));
                } else if (modules.containsKey(unit)) {
                    results.add(new Result(unit, cp(modules.get(unit)), grade(random)));
                }
            }
        }
        List<Module> pool = modulesOf.getOrDefault(home, List.of());
        for (int tries = 0; results.size() < target && tries < target * 4 && !pool.isEmpty(); tries++) {
            Module m = pool.get(random.nextInt(pool.size()));
            if (taken.add(m.id())) {
                results.add(new Result(m.id(), cp(m), random.nextInt(12) == 0 ? "5.0" : grade(random)));
            }
        }
        return new Plan(home, programmes, results);
    }

    /** The modules and MCs of a programme, nested programmes opened. */
    private List<ItemId> units(ItemId programme) {
        List<ItemId> out = new ArrayList<>();
        MicroDegreeProgramme md = mds.get(programme);
        if (md != null) {
            Requirement.forEachUnit(md.requirements(), "", (path, u) -> {
                if (u.kind() == ItemKind.MICRO_DEGREE) {
                    out.addAll(units(u.id()));
                } else {
                    out.add(u.id());
                }
            });
        }
        return out;
    }

    private static String cp(Module m) {
        return m.creditPoints().toBigDecimal().toPlainString();
    }

    private static String grade(SplittableRandom random) {
        return GRADES[random.nextInt(GRADES.length)];
    }
}
