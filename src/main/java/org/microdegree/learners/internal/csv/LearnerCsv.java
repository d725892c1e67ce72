package org.microdegree.learners.internal.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.microdegree.learners.model.LearnerStatus;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.csv.CsvTable;

/** A registrar's list of learners (columns in docs/achievements-csv.md), keyed by institution and student number. */
public final class LearnerCsv {

    public static final List<String> COLUMNS = List.of("institution", "student_number", "name", "email", "status", "birth_date");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public record Row(InstitutionId institution, String studentNumber, String name, String email, LearnerStatus status,
            @Nullable LocalDate birthDate) {}

    private LearnerCsv() {
    }

    public static List<Row> read(String source, byte[] content) {
        List<Row> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        CsvTable.read(source, content, COLUMNS, List.of("institution", "student_number", "name", "email", "status"), (f, line) -> {
            String inst = f.text("institution", true, 40);
            if (inst != null && !InstitutionId.isValid(inst)) {
                f.fail("institution", "'" + inst + "' is not an institution id");
            }
            String number = f.text("student_number", true, 40);
            String name = f.text("name", true, 200);
            String email = f.text("email", true, 254);
            if (email != null && !EMAIL.matcher(email).matches()) {
                f.fail("email", "'" + email + "' is not an e-mail address");
            }
            LearnerStatus status = f.coded("status", true, LearnerStatus.class);
            LocalDate birth = f.date("birth_date", false);
            if (f.ok()) {
                Integer earlier = seen.putIfAbsent(inst + "|" + number, line);
                if (earlier != null) {
                    f.fail("student_number", "'" + number + "' is on line " + earlier + " already");
                } else {
                    out.add(new Row(InstitutionId.of(inst), number, name, email, status, birth));
                }
            }
        });
        return out;
    }
}
