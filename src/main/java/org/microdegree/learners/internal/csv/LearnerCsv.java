package org.microdegree.learners.internal.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.learners.model.LearnerStatus;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.csv.CsvTable;
import org.microdegree.learners.LearnerInput;
import org.microdegree.shared.Coded;
import org.microdegree.shared.validation.Format;

/** A registrar's list of learners (columns in docs/achievements-csv.md), keyed by institution and student number. */
public final class LearnerCsv {

    public static final List<String> COLUMNS = List.of("institution", "student_number", "name", "email", "status", "birth_date");

    public record Row(InstitutionId institution, String studentNumber, String name, String email, LearnerStatus status,
            @Nullable LocalDate birthDate) {}

    private LearnerCsv() {
    }

    public static List<Row> read(String source, byte[] content) {
        List<Row> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        CsvTable.read(source, content, COLUMNS, List.of("institution", "student_number", "name", "email", "status"), row -> {
            // a row says what the API's learner input says, without consents
            LearnerInput in = new LearnerInput(row.get("name"), row.get("email"), row.get("birth_date"), row.get("status"), row.get("institution"),
                    row.get("student_number"), null);
            row.check(in);
            if (in.studentNumber() == null) {
                row.fail("student_number", "required");
            }
            if (row.ok()) {
                Integer earlier = seen.putIfAbsent(in.institution() + "|" + in.studentNumber(), row.line());
                if (earlier != null) {
                    row.fail("student_number", "'" + in.studentNumber() + "' is on line " + earlier + " already");
                } else {
                    out.add(new Row(InstitutionId.of(in.institution()), in.studentNumber(), in.name(), in.email(),
                            Coded.fromCode(LearnerStatus.class, Format.lowerCase(in.status())).orElseThrow(), Format.parseDate(in.birthDate())));
                }
            }
        });
        return out;
    }
}
