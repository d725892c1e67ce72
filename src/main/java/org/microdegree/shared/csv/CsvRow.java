package org.microdegree.shared.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Violation;
import org.microdegree.shared.validation.Format;
import org.microdegree.shared.validation.Inputs;

/**
 * One row of a CSV file: its values by column name and the problems found in it, each named by its
 * column, so that {@link CsvTable} reports them with line and column. A row is usually bound to the
 * input record the API takes for the same thing and checked with that record's constraints ({@link #check}).
 */
public final class CsvRow {

    private final CSVRecord record;
    private final Map<String, Integer> columns;
    private final int line;
    private final List<Violation> problems = new ArrayList<>();

    CsvRow(CSVRecord record, Map<String, Integer> columns, int line) {
        this.record = record;
        this.columns = columns;
        this.line = line;
    }

    public int line() {
        return line;
    }

    /** The column's value, stripped; null when the column is missing or the cell empty. */
    public @Nullable String get(String column) {
        Integer i = columns.get(column);
        return i == null || i >= record.size() ? null : Format.present(record.get(i));
    }

    /** A yes/no column as a Boolean; a value that is neither is a problem of the row. */
    public boolean yesNo(String column, boolean fallback) {
        String v = get(column);
        if (v == null) {
            return fallback;
        }
        Boolean b = Format.yesNo(v);
        if (b == null) {
            fail(column, "'" + v + "' is not yes or no");
            return fallback;
        }
        return b;
    }

    public void fail(String column, String reason) {
        problems.add(Violation.at(column, reason));
    }

    /** Checks the input record bound from this row; a field's problem is named by its column (creditPoints: credit_points). */
    public void check(Object input) {
        for (Violation v : Inputs.violations(input)) {
            fail(column(v.path()), v.reason());
        }
    }

    /** The column of a record field: the field's name in lower case with underscores. */
    public static String column(String field) {
        StringBuilder s = new StringBuilder(field.length() + 4);
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (Character.isUpperCase(c)) {
                s.append('_').append(Character.toLowerCase(c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    List<Violation> problems() {
        return problems;
    }
}
