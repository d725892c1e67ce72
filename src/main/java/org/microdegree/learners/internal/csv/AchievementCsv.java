package org.microdegree.learners.internal.csv;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.microdegree.learners.internal.AchievementReader;
import org.microdegree.learners.internal.Fields;
import org.microdegree.learners.model.Achievement;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;

/**
 * Assessment results from an exam office's CSV file (columns in docs/achievements-csv.md), comma
 * or semicolon separated. Every problem of the whole file is reported, each with line and column.
 */
public final class AchievementCsv {

    public static final List<String> COLUMNS = List.of("institution", "student_number", "learner", "item", "date", "scale", "grade",
            "credit_points", "assessment", "supervised", "identity_verified", "reference");
    private static final List<String> REQUIRED = List.of("item", "date", "scale", "grade", "credit_points", "assessment", "reference");
    private static final int MAX_REPORTED = 200;

    private AchievementCsv() {
    }

    public static List<Achievement> read(String source, byte[] content, AchievementReader reader, Instant now) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Violation> problems = new ArrayList<>();
        List<Achievement> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, Integer> columns = new LinkedHashMap<>(parser.getHeaderMap());
            if (columns.isEmpty()) {
                throw new InvalidInputException(List.of(new Violation("", "the file is empty; the first line names the columns: "
                        + String.join(", ", COLUMNS), source, 1, 0)));
            }
            for (Map.Entry<String, Integer> c : columns.entrySet()) {
                if (!COLUMNS.contains(c.getKey())) {
                    problems.add(new Violation(c.getKey(), "unknown column '" + c.getKey() + "'; the columns are: " + String.join(", ", COLUMNS),
                            source, 1, c.getValue() + 1));
                }
            }
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    problems.add(new Violation(required, "the required column '" + required + "' is missing", source, 1, 0));
                }
            }
            if (!columns.containsKey("learner") && !columns.containsKey("student_number")) {
                problems.add(new Violation("student_number", "a column student_number (with institution) or learner is required", source, 1, 0));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                Fields f = new Fields("", c -> {
                    Integer i = columns.get(c);
                    return i == null || i >= record.size() ? null : record.get(i);
                });
                Achievement a = reader.read(f, "csv", now, null);
                for (Violation v : f.problems()) {
                    Integer col = columns.get(v.path());
                    problems.add(new Violation(v.path(), v.reason(), source, (int) line, col == null ? 0 : col + 1));
                }
                if (a != null) {
                    Integer earlier = seen.putIfAbsent(a.institution().value() + "|" + a.reference(), (int) line);
                    if (earlier != null) {
                        Integer col = columns.get("reference");
                        problems.add(new Violation("reference", "'" + a.reference() + "' is used on line " + earlier + " already", source,
                                (int) line, col == null ? 0 : col + 1));
                    } else {
                        out.add(a);
                    }
                }
                if (problems.size() >= MAX_REPORTED) {
                    problems.add(new Violation("", "stopped after " + MAX_REPORTED + " problems", source, (int) line, 0));
                    break;
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(List.of(new Violation("", "unreadable CSV: " + e.getMessage(), source, 0, 0)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out;
    }
}
