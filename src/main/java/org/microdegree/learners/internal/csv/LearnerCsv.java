package org.microdegree.learners.internal.csv;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.microdegree.learners.internal.Fields;
import org.microdegree.learners.model.LearnerStatus;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;

/** A registrar's list of learners (columns in docs/achievements-csv.md), keyed by institution and student number. */
public final class LearnerCsv {

    public static final List<String> COLUMNS = List.of("institution", "student_number", "name", "email", "status", "birth_date");
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public record Row(InstitutionId institution, String studentNumber, String name, String email, LearnerStatus status,
                      @Nullable LocalDate birthDate) {
    }

    private LearnerCsv() {
    }

    public static List<Row> read(String source, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Violation> problems = new ArrayList<>();
        List<Row> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, Integer> columns = new LinkedHashMap<>(parser.getHeaderMap());
            for (Map.Entry<String, Integer> c : columns.entrySet()) {
                if (!COLUMNS.contains(c.getKey())) {
                    problems.add(new Violation(c.getKey(), "unknown column '" + c.getKey() + "'; the columns are: " + String.join(", ", COLUMNS),
                            source, 1, c.getValue() + 1));
                }
            }
            for (String required : List.of("institution", "student_number", "name", "email", "status")) {
                if (!columns.containsKey(required)) {
                    problems.add(new Violation(required, "the required column '" + required + "' is missing", source, 1, 0));
                }
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
                if (f.ok() && seen.putIfAbsent(inst + "|" + number, (int) line) != null) {
                    f.fail("student_number", "'" + number + "' is on line " + seen.get(inst + "|" + number) + " already");
                }
                for (Violation v : f.problems()) {
                    Integer col = columns.get(v.path());
                    problems.add(new Violation(v.path(), v.reason(), source, (int) line, col == null ? 0 : col + 1));
                }
                if (f.ok()) {
                    out.add(new Row(InstitutionId.of(inst), number, name, email, status, birth));
                }
                if (problems.size() >= 200) {
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
