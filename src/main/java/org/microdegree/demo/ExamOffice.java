package org.microdegree.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.shared.ItemId;

/**
 * Synthetic learners, enrolments and results for a generated catalogue: the same seed gives the same
 * files. Each learner is enrolled in one or two programmes of their home institution; most results
 * are for units of those programmes (a micro-credential, or one of its modules), the rest for any
 * module of the institution, so that some learners complete their programmes and others are on the way.
 */
public final class ExamOffice {

    public record Files(byte[] learners, byte[] achievements, byte[] enrolments) {}

    private static final List<String> GRADES = List.of("1.0", "1.3", "1.7", "2.0", "2.3", "2.7", "3.0", "3.3", "3.7", "4.0", "5.0");

    private ExamOffice() {
    }

    public static Files write(CatalogueBundle bundle, long seed, int learners, int results) {
        Random random = new Random(seed);
        Map<ItemId, MicroCredential> mcs = new HashMap<>();
        bundle.microCredentials().forEach(mc -> mcs.put(mc.id(), mc));
        Map<ItemId, Module> modules = new HashMap<>();
        bundle.modules().forEach(m -> modules.put(m.id(), m));
        Map<String, List<Module>> modulesOf = new TreeMap<>();
        bundle.modules().forEach(m -> modulesOf.computeIfAbsent(m.id().institution(), k -> new ArrayList<>()).add(m));
        Map<String, List<MicroDegreeProgramme>> programmesOf = new TreeMap<>();
        bundle.microDegrees().forEach(md -> programmesOf.computeIfAbsent(md.id().institution(), k -> new ArrayList<>()).add(md));
        List<String> institutions = List.copyOf(modulesOf.keySet());

        StringBuilder l = new StringBuilder("institution;student_number;name;email;status\n");
        StringBuilder e = new StringBuilder("institution;student_number;kind;item\n");
        String[] home = new String[learners];
        List<List<ItemId>> units = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            home[i] = institutions.get(i % institutions.size());
            l.append(home[i]).append(';').append(100_000 + i).append(";Learner ").append(i).append(";learner").append(i).append('@')
                    .append(home[i]).append(".example;student\n");
            List<ItemId> mine = new ArrayList<>();
            List<MicroDegreeProgramme> own = programmesOf.getOrDefault(home[i], List.of());
            int count = own.isEmpty() ? 0 : Math.min(own.size(), 1 + random.nextInt(2));
            for (int k = 0; k < count; k++) {
                MicroDegreeProgramme md = own.get((i + k) % own.size());
                e.append(home[i]).append(';').append(100_000 + i).append(";micro-degree;").append(md.id()).append('\n');
                Requirement.forEachUnit(md.requirements(), "", (path, u) -> mine.add(u.id()));
            }
            units.add(mine);
        }
        StringBuilder a = new StringBuilder(
                "institution;student_number;item;date;scale;grade;credit_points;assessment;supervised;identity_verified;reference\n");
        LocalDate first = LocalDate.of(2023, 10, 1);
        for (int r = 0; r < results;) {
            int learner = random.nextInt(learners);
            List<ItemId> mine = units.get(learner);
            ItemId item;
            String cp;
            if (!mine.isEmpty() && random.nextInt(10) < 7) {
                ItemId unit = mine.get(random.nextInt(mine.size()));
                MicroCredential mc = mcs.get(unit);
                if (mc != null && !mc.modules().isEmpty() && random.nextBoolean()) {
                    item = mc.modules().get(random.nextInt(mc.modules().size()));
                    cp = modules.get(item).creditPoints().toBigDecimal().toPlainString();
                } else if (mc != null) {
                    item = unit;
                    cp = mc.creditPoints().toBigDecimal().toPlainString();
                } else if (modules.containsKey(unit)) {
                    item = unit;
                    cp = modules.get(unit).creditPoints().toBigDecimal().toPlainString();
                } else {
                    continue;
                }
            } else {
                List<Module> own = modulesOf.get(home[learner]);
                Module m = own.get(random.nextInt(own.size()));
                item = m.id();
                cp = m.creditPoints().toBigDecimal().toPlainString();
            }
            if (!item.institution().equals(home[learner])) {
                continue;
            }
            String grade = GRADES.get(random.nextInt(GRADES.size()));
            a.append(home[learner]).append(';').append(100_000 + learner).append(';').append(item).append(';')
                    .append(first.plusDays(random.nextInt(700))).append(";de;").append(grade).append(';').append(grade.equals("5.0") ? "0" : cp)
                    .append(";written-exam;yes;yes;R").append(seed).append('-').append(r).append('\n');
            r++;
        }
        return new Files(l.toString().getBytes(StandardCharsets.UTF_8), a.toString().getBytes(StandardCharsets.UTF_8),
                e.toString().getBytes(StandardCharsets.UTF_8));
    }
}
