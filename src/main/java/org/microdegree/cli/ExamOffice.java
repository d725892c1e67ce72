package org.microdegree.cli;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.Module;

/** Synthetic learners and results for a generated catalogue: the same seed gives the same files. */
final class ExamOffice {

    record Files(byte[] learners, byte[] achievements) {
    }

    private static final List<String> GRADES = List.of("1.0", "1.3", "1.7", "2.0", "2.3", "2.7", "3.0", "3.3", "3.7", "4.0", "5.0");

    private ExamOffice() {
    }

    static Files write(CatalogueBundle bundle, long seed, int learners, int results) {
        Random random = new Random(seed);
        List<Module> modules = bundle.modules();
        List<String> institutions = modules.stream().map(m -> m.id().institution()).distinct().sorted().toList();
        java.util.Map<String, List<Module>> byInstitution = new java.util.TreeMap<>();
        modules.forEach(m -> byInstitution.computeIfAbsent(m.id().institution(), k -> new java.util.ArrayList<>()).add(m));
        StringBuilder l = new StringBuilder("institution;student_number;name;email;status\n");
        String[] home = new String[learners];
        for (int i = 0; i < learners; i++) {
            home[i] = institutions.get(i % institutions.size());
            l.append(home[i]).append(';').append(100_000 + i).append(";Learner ").append(i).append(";learner").append(i).append('@')
                    .append(home[i]).append(".example;student\n");
        }
        StringBuilder a = new StringBuilder("institution;student_number;item;date;scale;grade;credit_points;assessment;supervised;identity_verified;reference\n");
        LocalDate first = LocalDate.of(2023, 10, 1);
        for (int r = 0; r < results; r++) {
            int learner = random.nextInt(learners);
            // a result of the learner's home institution, for one of its modules
            List<Module> own = byInstitution.get(home[learner]);
            Module m = own.get(random.nextInt(own.size()));
            String grade = GRADES.get(random.nextInt(GRADES.size()));
            String cp = grade.equals("5.0") ? "0" : m.creditPoints().toBigDecimal().toPlainString();
            a.append(home[learner]).append(';').append(100_000 + learner).append(';').append(m.id()).append(';')
                    .append(first.plusDays(random.nextInt(700))).append(";de;").append(grade).append(';').append(cp)
                    .append(";written-exam;yes;yes;R").append(seed).append('-').append(r).append('\n');
        }
        return new Files(l.toString().getBytes(StandardCharsets.UTF_8), a.toString().getBytes(StandardCharsets.UTF_8));
    }
}
