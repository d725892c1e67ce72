package org.microdegree.catalog.internal.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.microdegree.catalog.model.AssessmentType;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.shared.Coded;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.Mode;
import org.microdegree.catalog.model.Module;
import org.microdegree.shared.InstitutionId;
import org.microdegree.catalog.model.InstitutionKind;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.Offering;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.CsvProblem;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;
import org.microdegree.shared.TextRules;
import org.microdegree.shared.Violation;

/**
 * Modules from a CSV file as an exam office exports it (columns in {@code docs/bundle-format.md}).
 * Comma or semicolon separated (found from the header); lists inside a cell are separated by {@code |}.
 * Every problem names the line and the column.
 */
public final class ModuleCsv {

    public static final List<String> COLUMNS = List.of("id", "code", "title_en", "title_de", "credit_points", "eqf_level",
            "languages", "mode", "assessment", "offering", "unit", "subjects", "skills", "learning_outcomes_en",
            "learning_outcomes_de", "status", "version", "institution_name", "institution_country", "institution_legal_identifier");
    private static final Set<String> REQUIRED = Set.of("id", "credit_points", "eqf_level");

    /** Modules read from the file, and how to turn a bundle path into the file's line and column. */
    public record Read(CatalogueBundle bundle, UnaryOperator<Violation> locate) {}

    private ModuleCsv() {
    }

    public static Read read(String source, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Violation> problems = new ArrayList<>();
        List<Module> modules = new ArrayList<>();
        // an exam office's export may name the institution too: it need not exist before (the prefix of the id)
        Map<String, Institution> institutions = new LinkedHashMap<>();
        List<Long> lines = new ArrayList<>();
        Map<String, Integer> columns;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            columns = new LinkedHashMap<>(parser.getHeaderMap());
            for (Map.Entry<String, Integer> c : columns.entrySet()) {
                if (!COLUMNS.contains(c.getKey())) {
                    problems.add(new Violation(c.getKey(), "unknown column '" + c.getKey() + "'; the columns are: "
                            + String.join(", ", COLUMNS), source, 1, c.getValue() + 1));
                }
            }
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    problems.add(new Violation(required, "the required column '" + required + "' is missing", source, 1, 0));
                }
            }
            if (!columns.containsKey("title_en") && !columns.containsKey("title_de")) {
                problems.add(new Violation("title_en", "a title column is required: 'title_en', 'title_de' or both", source, 1, 0));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                Row row = new Row(record, columns, source, line, problems);
                Module m = row.module();
                if (m != null) {
                    modules.add(m);
                    lines.add(line);
                    row.institution(m.id().institution(), institutions);
                }
            }
        } catch (UncheckedIOException e) {
            // a broken quote: the parser stops where it found it
            throw new InvalidInputException(List.of(CsvProblem.of(source, e)));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(List.of(new Violation("", "unreadable CSV: " + e.getMessage(), source, 0, 0)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Integer> cols = columns;
        UnaryOperator<Violation> locate = v -> {
            // modules[i].field... -> the row's line, the field's column
            String p = v.path();
            if (!p.startsWith("modules[")) {
                return v.locatedIn(source, 0, 0);
            }
            int i = Integer.parseInt(p.substring("modules[".length(), p.indexOf(']')));
            String rest = p.substring(p.indexOf(']') + 1);
            String field = rest.startsWith(".") ? rest.substring(1).replaceAll("[.\\[].*", "") : "id";
            Integer col = cols.get(FIELD_COLUMN.getOrDefault(field, field));
            return new Violation(FIELD_COLUMN.getOrDefault(field, field), v.reason(), source, lines.get(i).intValue(),
                    col == null ? 0 : col + 1);
        };
        return new Read(CatalogueBundle.of(List.copyOf(institutions.values()), modules), locate);
    }

    private static final Map<String, String> FIELD_COLUMN = Map.ofEntries(Map.entry("title", "title_en"),
            Map.entry("creditPoints", "credit_points"), Map.entry("eqfLevel", "eqf_level"),
            Map.entry("learningOutcomes", "learning_outcomes_en"));

    /** One CSV row; problems are collected, not thrown, so that a file reports all of them at once. */
    private record Row(CSVRecord record, Map<String, Integer> columns, String source, long line, List<Violation> problems) {

        Module module() {
            int before = problems.size();
            // every cell: no control characters, nothing longer than the store keeps
            columns.forEach((name, i) -> {
                String problem = i < record.size()
                        ? TextRules.problem(record.get(i),
                                name.startsWith("title") ? TextRules.TITLE : TextRules.ANY_TEXT)
                        : null;
                if (problem != null) {
                    fail(name, "the text " + problem);
                }
            });
            if (problems.size() > before) {
                return null;
            }
            ItemId id = parse("id", ItemId::of);
            String titleEn = get("title_en");
            String titleDe = get("title_de");
            if (titleEn.isEmpty() && titleDe.isEmpty()) {
                fail(columns.containsKey("title_en") ? "title_en" : "title_de", "required: a title in English, German or both");
            }
            CreditPoints cp = parse("credit_points", CreditPoints::parse);
            EqfLevel eqf = parse("eqf_level", s -> EqfLevel.of(Integer.parseInt(s)));
            Mode mode = coded("mode", Mode.class);
            AssessmentType assessment = coded("assessment", AssessmentType.class);
            Offering offering = coded("offering", Offering.class);
            LifecycleStatus status = coded("status", LifecycleStatus.class);
            ItemId unit = parse("unit", ItemId::of);
            Integer version = parse("version", Integer::parseInt);
            List<String> outcomesEn = list("learning_outcomes_en");
            List<String> outcomesDe = list("learning_outcomes_de");
            if (!outcomesDe.isEmpty() && !outcomesEn.isEmpty() && outcomesDe.size() != outcomesEn.size()) {
                fail("learning_outcomes_de", "has " + outcomesDe.size() + " outcomes but learning_outcomes_en has " + outcomesEn.size());
            }
            if (problems.size() > before || id == null || cp == null || eqf == null) {
                return null;
            }
            List<Text> outcomes = new ArrayList<>();
            for (int i = 0; i < Math.max(outcomesEn.size(), outcomesDe.size()); i++) {
                outcomes.add(text(outcomesEn.isEmpty() ? "" : outcomesEn.get(i), outcomesDe.isEmpty() ? "" : outcomesDe.get(i)));
            }
            return new Module(id, version == null ? 1 : version, status, get("code").isEmpty() ? null : get("code"),
                    text(titleEn, titleDe), null, cp, eqf, null, null, outcomes, list("languages"), mode, assessment,
                    offering, unit, list("subjects"), list("skills"));
        }

        /** The English and German cells as one text; either may be empty (a German exam office's module list). */
        private static Text text(String en, String de) {
            Map<String, String> versions = new java.util.LinkedHashMap<>();
            versions.put("en", en);
            versions.put("de", de);
            return new Text(versions);
        }

        /**
         * The institution the row names (its name, ISO country, legal identifier), as the module id's
         * prefix: one per prefix; a row that names it otherwise than an earlier one is a problem.
         */
        void institution(String prefix, Map<String, Institution> known) {
            String name = get("institution_name");
            String country = get("institution_country");
            if (name.isEmpty() && country.isEmpty()) {
                return;
            }
            if (name.isEmpty() || !country.matches("[A-Z]{2}")) {
                fail(name.isEmpty() ? "institution_name" : "institution_country",
                        name.isEmpty() ? "required with institution_country" : "'" + country + "' is not an ISO 3166-1 country code (e.g. DE)");
                return;
            }
            String legal = get("institution_legal_identifier");
            Institution named = new Institution(InstitutionId.of(prefix), Text.en(name), null, country, legal.isEmpty() ? null : legal,
                    InstitutionKind.UNIVERSITY, null, List.of(), null);
            Institution earlier = known.putIfAbsent(prefix, named);
            if (earlier != null && !earlier.equals(named)) {
                fail("institution_name", "names institution '" + prefix + "' otherwise than an earlier row (" + earlier.name().en() + ", "
                        + earlier.country() + ")");
            }
        }

        String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= record.size() ? "" : record.get(i);
        }

        List<String> list(String column) {
            String v = get(column);
            return v.isEmpty() ? List.of() : Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        <T> T parse(String column, Function<String, T> parser) {
            String v = get(column);
            if (v.isEmpty()) {
                if (REQUIRED.contains(column)) {
                    fail(column, "required");
                }
                return null;
            }
            try {
                return parser.apply(v);
            } catch (IllegalArgumentException | ArithmeticException e) {
                fail(column, e instanceof NumberFormatException ? "'" + v + "' is not a number" : e.getMessage());
                return null;
            }
        }

        <E extends Enum<E> & Coded> E coded(String column, Class<E> type) {
            String v = get(column);
            if (v.isEmpty()) {
                return null;
            }
            E e = Coded.fromCode(type, v).orElse(null);
            if (e == null) {
                fail(column, "'" + v + "' is not one of: " + Coded.codes(type));
            }
            return e;
        }

        void fail(String column, String reason) {
            Integer i = columns.get(column);
            problems.add(new Violation(column, reason, source, (int) line, i == null ? 0 : i + 1));
        }
    }
}
