package org.microdegree.admissions.internal.csv;

import org.microdegree.shared.LearnerId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.admissions.StudentEnrolmentInput;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.csv.CsvTable;

/**
 * Enrolments from a registrar's CSV file: institution, student_number, kind, item (docs/achievements-csv.md).
 * The kind is micro-credential, micro-degree, or study-programme for the degree a student studies.
 */
public final class EnrolmentCsv {

    public static final List<String> COLUMNS = List.of("institution", "student_number", "kind", "item");

    public record Row(LearnerId learnerId, ItemKind kind, ItemId item) {}

    private EnrolmentCsv() {
    }

    /**
     * @param numbers   institution -> student number -> learner id
     * @param published the micro-credentials and programmes one can enrol in
     */
    public static List<Row> read(String source, byte[] content, Map<String, Map<String, String>> numbers, Set<ItemId> published) {
        List<Row> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CsvTable.read(source, content, COLUMNS, COLUMNS, row -> {
            StudentEnrolmentInput in = new StudentEnrolmentInput(row.get("institution"), row.get("student_number"), row.get("kind"), row.get("item"));
            row.check(in);
            String learner = in.institution() == null || in.studentNumber() == null
                    ? null
                    : numbers.getOrDefault(in.institution(), Map.of()).get(in.studentNumber());
            if (row.ok() && learner == null) {
                row.fail("student_number", "no learner has the student number '" + in.studentNumber() + "' at " + in.institution());
            }
            ItemKind kind = in.enrollable();
            if (row.ok() && kind == null) {
                row.fail("kind", "micro-credential, micro-degree or study-programme, not " + in.kind());
            }
            if (row.ok() && !published.contains(ItemId.of(in.item()))) {
                row.fail("item", "no published micro-credential, programme or study programme '" + in.item() + "'");
            }
            if (row.ok() && seen.add(learner + "|" + in.item())) {
                out.add(new Row(LearnerId.of(learner), kind, ItemId.of(in.item())));
            }
        });
        return out;
    }

}
