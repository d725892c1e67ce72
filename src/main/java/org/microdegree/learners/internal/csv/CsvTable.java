package org.microdegree.learners.internal.csv;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.microdegree.learners.internal.Fields;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;

/**
 * A CSV file as exam offices export it: UTF-8 with or without byte-order mark, ';' or ',' (found
 * from the header), named columns in any order. Reads every row into {@link Fields} and collects
 * every problem with its line and column; throws them all at the end, so nothing is half-read.
 */
final class CsvTable {

    static final int MAX_REPORTED = 200;

    /** What to do with one row: read its fields (problems go to them); {@code line} for messages. */
    interface RowReader {
        void read(Fields fields, int line);
    }

    private CsvTable() {
    }

    static void read(String source, byte[] content, List<String> known, List<String> required, RowReader rows) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Violation> problems = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, Integer> columns = new LinkedHashMap<>(parser.getHeaderMap());
            if (columns.isEmpty()) {
                throw new InvalidInputException(List.of(new Violation("", "the file is empty; the first line names the columns: "
                        + String.join(", ", known), source, 1, 0)));
            }
            for (Map.Entry<String, Integer> c : columns.entrySet()) {
                if (!known.contains(c.getKey())) {
                    problems.add(new Violation(c.getKey(), "unknown column '" + c.getKey() + "'; the columns are: " + String.join(", ", known),
                            source, 1, c.getValue() + 1));
                }
            }
            for (String column : required) {
                // "a|b": either column
                if (column.contains("|") ? java.util.Arrays.stream(column.split("\\|")).noneMatch(columns::containsKey) : !columns.containsKey(column)) {
                    problems.add(new Violation(column, "the required column '" + column.replace("|", "' or '") + "' is missing", source, 1, 0));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                Fields f = new Fields("", c -> {
                    Integer i = columns.get(c);
                    return i == null || i >= record.size() ? null : record.get(i);
                });
                rows.read(f, line);
                for (Violation v : f.problems()) {
                    Integer col = columns.get(v.path());
                    problems.add(new Violation(v.path(), v.reason(), source, line, col == null ? 0 : col + 1));
                }
                if (problems.size() >= MAX_REPORTED) {
                    problems.add(new Violation("", "stopped after " + MAX_REPORTED + " problems", source, line, 0));
                    break;
                }
            }
        } catch (java.io.UncheckedIOException e) {
            // a broken quote: the parser stops where it found it
            throw new InvalidInputException(List.of(org.microdegree.shared.CsvProblem.of(source, e)));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(List.of(new Violation("", "unreadable CSV: " + e.getMessage(), source, 0, 0)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
