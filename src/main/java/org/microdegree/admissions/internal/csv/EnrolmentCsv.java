package org.microdegree.admissions.internal.csv;

import org.microdegree.shared.LearnerId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.InstitutionId;
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
        CsvTable.read(source, content, COLUMNS, COLUMNS, (f, line) -> {
            String inst = f.text("institution", true, 40);
            if (inst != null && !InstitutionId.isValid(inst)) {
                f.fail("institution", "'" + inst + "' is not an institution id");
            }
            String number = f.text("student_number", true, 40);
            String learner = inst == null || number == null ? null : numbers.getOrDefault(inst, Map.of()).get(number);
            if (inst != null && number != null && learner == null) {
                f.fail("student_number", "no learner has the student number '" + number + "' at " + inst);
            }
            ItemKind kind = f.coded("kind", true, ItemKind.class);
            if (kind == ItemKind.MODULE) {
                f.fail("kind", "micro-credential, micro-degree or study-programme, not " + kind.code());
            }
            ItemId item = f.parse("item", true, ItemId::of);
            if (item != null && !published.contains(item)) {
                f.fail("item", "no published micro-credential, programme or study programme '" + item + "'");
            }
            if (f.ok() && learner != null && kind != null && item != null && seen.add(learner + "|" + item)) {
                out.add(new Row(LearnerId.of(learner), kind, item));
            }
        });
        return out;
    }

}
