package org.microdegree.analytics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The analytics as CSV, the numbers behind each chart, for a spreadsheet. */
public final class AnalyticsCsv {

    /** The tables of one programme's analysis that a CSV can be had of. */
    public static final List<String> TABLES = List.of("terms", "passed", "stopped", "skills");

    private AnalyticsCsv() {
    }

    public static String of(Overview o) {
        return write(List.of("institution", "term", "kind", "id", "title", "applications", "admitted", "enrolled", "withdrawn", "completed",
                "certificates", "median_days_to_completion"),
                o.programmes().stream()
                        .map(p -> List.<Object>of(o.institution(), o.term() == null ? "all" : o.term().code(), p.kind().code(), p.id().value(),
                                p.title().en(), p.applications(), p.admitted(), p.enrolled(), p.withdrawn(), p.completed(), p.certificates(),
                                p.medianDays() == null ? "" : p.medianDays()))
                        .toList());
    }

    /** One table of a programme's analysis: {@code terms}, {@code passed}, {@code stopped} or {@code skills}. */
    public static String of(ProgrammeAnalysis a, String table) {
        String id = a.figures().id().value();
        return switch (table) {
            case "terms" -> write(List.of("programme", "term", "applications", "admitted", "enrolled", "completed", "certificates"), a.perTerm().stream()
                    .map(t -> List.<Object>of(id, t.term().code(), t.applications(), t.admitted(), t.enrolled(), t.completed(), t.certificates())).toList());
            case "passed", "stopped" -> write(List.of("programme", "component", "title", table.equals("passed") ? "learners_passed" : "learners_stopped_after"),
                    (table.equals("passed") ? a.passed() : a.stoppedAt()).stream()
                            .map(c -> List.<Object>of(id, c.key().isEmpty() ? "none" : c.key(), c.label(), c.value())).toList());
            case "skills" -> write(List.of("programme", "esco_skill", "label", "learners"), a.skills().stream()
                    .map(c -> List.<Object>of(id, c.key(), c.label(), c.value())).toList());
            default -> throw new IllegalArgumentException(table);
        };
    }

    private static String write(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> r : rows) {
                csv.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
