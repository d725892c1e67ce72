package org.microdegree.shared.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.microdegree.shared.CsvProblem;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;

/**
 * A CSV file as exam offices export it: UTF-8 with or without byte-order mark, ';' or ',' (found
 * from the header), named columns in any order. Reads every row as a {@link CsvRow} and collects
 * every problem with its line and column; throws them all at the end, so nothing is half-read.
 * A large file is read row by row from disk ({@link #open(String, Path, List, List)}), never whole.
 */
public final class CsvTable {

    public static final int MAX_REPORTED = 200;

    /** What to do with one row: read its values; its problems go to the row. */
    public interface RowReader {
        void read(CsvRow row);
    }

    private CsvTable() {
    }

    public static void read(String source, byte[] content, List<String> known, List<String> required, RowReader rows) {
        String text = new String(content, StandardCharsets.UTF_8);
        try (Rows table = new Rows(source, new StringReader(text), known, required)) {
            table.readAll(rows);
        }
    }

    /** The rows of a file on disk, one at a time: the header is checked here. */
    public static Rows open(String source, Path file, List<String> known, List<String> required) {
        try {
            // a byte that is no UTF-8 is refused, not replaced
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new Rows(source, new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16), known, required);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Violation("", "cannot read the file: " + e.getMessage(), source, 0, 0)));
        }
    }

    /** An open CSV file, read row by row. */
    public static final class Rows implements AutoCloseable {

        private final String source;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final Map<String, Integer> columns;

        Rows(String source, Reader in, List<String> known, List<String> required) {
            this.source = source;
            try {
                BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
                reader.mark(1 << 16);
                String header = reader.readLine();
                reader.reset();
                if (header != null && header.startsWith("\uFEFF")) {
                    reader.skip(1);
                    header = header.substring(1);
                }
                String h = header == null ? "" : header;
                char delimiter = h.chars().filter(c -> c == ';').count() > h.chars().filter(c -> c == ',').count() ? ';' : ',';
                CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).setTrim(true).get();
                this.parser = format.parse(reader);
                this.records = parser.iterator();
                this.columns = new LinkedHashMap<>(parser.getHeaderMap());
            } catch (UncheckedIOException e) {
                throw new InvalidInputException(List.of(CsvProblem.of(source, e)));
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                throw new InvalidInputException(List.of(new Violation("", "unreadable CSV: " + e.getMessage(), source, 0, 0)));
            }
            List<Violation> problems = new ArrayList<>();
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
                if (column.contains("|") ? Arrays.stream(column.split("\\|")).noneMatch(columns::containsKey) : !columns.containsKey(column)) {
                    problems.add(new Violation(column, "the required column '" + column.replace("|", "' or '") + "' is missing", source, 1, 0));
                }
            }
            if (!problems.isEmpty()) {
                close();
                throw new InvalidInputException(problems);
            }
        }

        /** Reads the next row into {@code rows}, its problems added to {@code problems}; false at the end of the file. */
        public boolean next(RowReader rows, List<Violation> problems) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return false;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof CharacterCodingException) {
                        throw new InvalidInputException(List.of(new Violation("", "not UTF-8 text: save the file as UTF-8", source,
                                (int) parser.getCurrentLineNumber() + 1, 0)));
                    }
                }
                // a broken quote: the parser stops where it found it
                throw new InvalidInputException(List.of(CsvProblem.of(source, e)));
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new InvalidInputException(List.of(new Violation("", "unreadable CSV: " + e.getMessage(), source, 0, 0)));
            }
            CsvRow row = new CsvRow(record, columns, (int) parser.getCurrentLineNumber());
            rows.read(row);
            for (Violation v : row.problems()) {
                Integer col = columns.get(v.path());
                problems.add(new Violation(v.path(), v.reason(), source, row.line(), col == null ? 0 : col + 1));
            }
            return true;
        }

        /** Every row; all problems thrown at the end (at most {@link #MAX_REPORTED}). */
        public void readAll(RowReader rows) {
            List<Violation> problems = new ArrayList<>();
            while (next(rows, problems)) {
                if (problems.size() >= MAX_REPORTED) {
                    problems.add(new Violation("", "stopped after " + MAX_REPORTED + " problems", source, (int) parser.getCurrentLineNumber(), 0));
                    break;
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }

        @Override
        public void close() {
            try {
                if (parser != null) {
                    parser.close();
                }
            } catch (IOException e) {
                // read only: nothing is lost
            }
        }
    }
}
