package org.microdegree.learners.internal.csv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.microdegree.learners.internal.AchievementReader;
import org.microdegree.learners.model.Achievement;

/** Assessment results from an exam office's CSV file (columns in docs/achievements-csv.md). */
public final class AchievementCsv {

    public static final List<String> COLUMNS = List.of("institution", "student_number", "learner", "item", "date", "scale", "grade",
            "credit_points", "assessment", "supervised", "identity_verified", "reference");
    private static final List<String> REQUIRED = List.of("item", "date", "scale", "grade", "credit_points", "assessment", "reference",
            "student_number|learner");

    private AchievementCsv() {
    }

    public static List<Achievement> read(String source, byte[] content, AchievementReader reader, Instant now) {
        List<Achievement> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        CsvTable.read(source, content, COLUMNS, REQUIRED, (f, line) -> {
            Achievement a = reader.read(f, "csv", now, null);
            if (a != null) {
                Integer earlier = seen.putIfAbsent(a.id(), line);
                if (earlier != null) {
                    f.fail("reference", "'" + a.reference() + "' is used on line " + earlier + " already");
                } else {
                    out.add(a);
                }
            }
        });
        return out;
    }
}
