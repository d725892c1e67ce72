package org.microdegree.results.internal.csv;

import org.jspecify.annotations.Nullable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.microdegree.results.internal.AchievementReader;
import org.microdegree.results.model.Achievement;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;
import org.microdegree.shared.csv.CsvTable;
import org.microdegree.shared.csv.CsvRow;
import org.microdegree.results.AchievementInput;

/** Assessment results from an exam office's CSV file (columns in docs/achievements-csv.md). */
public final class AchievementCsv {

    public static final List<String> COLUMNS = List.of("institution", "student_number", "learner", "item", "date", "scale", "grade",
            "credit_points", "assessment", "supervised", "identity_verified", "reference");
    private static final List<String> REQUIRED = List.of("item", "date", "scale", "grade", "credit_points", "assessment", "reference",
            "student_number|learner");

    private AchievementCsv() {
    }

    /** What a check of a whole file found: its rows and the institutions they are of. */
    public record Checked(long rows, Set<String> institutions) {}

    /**
     * Checks a file on disk row by row, keeping no row but each result's id (a reference used twice
     * is an error): every problem thrown at once, at most {@link CsvTable#MAX_REPORTED}.
     */
    public static Checked check(String source, Path file, AchievementReader reader, Instant now) {
        Map<String, Integer> seen = new HashMap<>();
        Set<String> institutions = new TreeSet<>();
        try (CsvTable.Rows rows = CsvTable.open(source, file, COLUMNS, REQUIRED)) {
            rows.readAll(row -> {
                Achievement a = read(row, reader, now);
                if (a != null) {
                    Integer earlier = seen.putIfAbsent(a.id(), row.line());
                    if (earlier != null) {
                        row.fail("reference", "'" + a.reference() + "' is used on line " + earlier + " already");
                    }
                    institutions.add(a.institution().value());
                }
            });
        }
        return new Checked(seen.size(), institutions);
    }

    /** A checked file read again in chunks, from row {@code skip} on (a restarted job skips what it wrote). */
    public static Chunks open(String source, Path file, AchievementReader reader, Instant now, long skip) {
        CsvTable.Rows rows = CsvTable.open(source, file, COLUMNS, REQUIRED);
        List<Violation> ignored = new ArrayList<>();
        for (long i = 0; i < skip && rows.next(row -> {
        }, ignored); i++) {
            // written before the restart
        }
        return new Chunks(rows, reader, now);
    }

    /** The rows of a checked file, a chunk at a time. */
    public static final class Chunks implements AutoCloseable {
        private final CsvTable.Rows rows;
        private final AchievementReader reader;
        private final Instant now;

        private Chunks(CsvTable.Rows rows, AchievementReader reader, Instant now) {
            this.rows = rows;
            this.reader = reader;
            this.now = now;
        }

        /** Up to {@code n} more results; fewer at the end of the file. A row that fails now (the file changed) fails them all. */
        public List<Achievement> next(int n) {
            List<Achievement> out = new ArrayList<>(Math.min(n, 10_000));
            List<Violation> problems = new ArrayList<>();
            while (out.size() < n && rows.next(row -> {
                Achievement a = reader.readChecked(input(row), (field, reason) -> row.fail(CsvRow.column(field), reason), "csv", now);
                if (a == null && row.ok()) {
                    row.fail("", "the row changed since the file was checked; check the file again");
                }
                if (a != null) {
                    out.add(a);
                }
            }, problems)) {
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(problems);
                }
            }
            return out;
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    public static List<Achievement> read(String source, byte[] content, AchievementReader reader, Instant now) {
        List<Achievement> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        CsvTable.read(source, content, COLUMNS, REQUIRED, row -> {
            Achievement a = read(row, reader, now);
            if (a != null) {
                Integer earlier = seen.putIfAbsent(a.id(), row.line());
                if (earlier != null) {
                    row.fail("reference", "'" + a.reference() + "' is used on line " + earlier + " already");
                } else {
                    out.add(a);
                }
            }
        });
        return out;
    }

    /** One row, bound to the API's input for a result; a problem is named by its column. */
    private static @Nullable Achievement read(CsvRow row, AchievementReader reader, Instant now) {
        return reader.read(input(row), (field, reason) -> row.fail(CsvRow.column(field), reason), "csv", now, null);
    }

    private static AchievementInput input(CsvRow row) {
        return new AchievementInput(row.get("learner"), row.get("student_number"), row.get("institution"), row.get("item"), row.get("date"),
                row.get("scale"), row.get("grade"), row.get("credit_points"), row.get("assessment"), row.yesNo("supervised", false),
                row.yesNo("identity_verified", false), row.get("reference"));
    }
}
