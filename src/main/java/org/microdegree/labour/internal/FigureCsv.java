package org.microdegree.labour.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.microdegree.labour.DemandFigure;
import org.microdegree.labour.Measure;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;
import org.microdegree.shared.csv.CsvRow;
import org.microdegree.shared.csv.CsvTable;
import org.microdegree.skills.EscoConcept;
import org.microdegree.skills.Skills;

/**
 * Reads a CSV of labour-market figures (docs/labour-market.md): one row per ESCO occupation,
 * region, period and measure. Every problem is collected with its line and column; a file with any
 * problem is refused whole.
 */
public final class FigureCsv {

    public static final List<String> COLUMNS = List.of("occupation", "occupation_label", "region", "period", "measure", "value", "source");
    private static final List<String> REQUIRED = List.of("occupation", "region", "period", "measure", "value", "source");
    /** A NUTS code (country, NUTS 1-3) or the Union as a whole. */
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}[A-Z0-9]{0,3}|EU27(_2020)?");
    private static final Pattern PERIOD = Pattern.compile("(19|20)\\d\\d(-Q[1-4]|-(0[1-9]|1[0-2]))?");
    private static final Pattern COUNT = Pattern.compile("\\d{1,12}");

    private FigureCsv() {
    }

    /** The figures of the file, one per key (a key repeated in the file is a problem: which one would count?). */
    public static List<DemandFigure> read(String source, byte[] content, Skills skills) {
        Map<String, DemandFigure> figures = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<Violation> repeated = new ArrayList<>();
        CsvTable.read(source, content, COLUMNS, REQUIRED, row -> {
            DemandFigure f = figure(row, skills);
            if (f != null) {
                String key = f.occupation() + ' ' + f.region() + ' ' + f.period() + ' ' + f.measure();
                Integer first = lineOf.putIfAbsent(key, row.line());
                if (first != null) {
                    repeated.add(new Violation("", "the same occupation, region, period and measure as line " + first, source, row.line(), 0));
                } else {
                    figures.put(key, f);
                }
            }
        });
        if (!repeated.isEmpty()) {
            throw new InvalidInputException(repeated);
        }
        if (figures.isEmpty()) {
            throw new InvalidInputException(List.of(new Violation("", "the file has no figures, only the header", source, 1, 0)));
        }
        return List.copyOf(figures.values());
    }

    private static @Nullable DemandFigure figure(CsvRow row, Skills skills) {
        String occupation = row.get("occupation");
        if (occupation == null) {
            row.fail("occupation", "an ESCO occupation URI is required");
        } else if (!skills.find(occupation).map(EscoConcept::type).filter("occupation"::equals).isPresent()) {
            row.fail("occupation", "'" + occupation + "' is not an occupation of ESCO " + Skills.ESCO_VERSION);
        }
        String region = matching(row, "region", REGION, "a NUTS code (DE, DE9, DE929) or EU27");
        String period = matching(row, "period", PERIOD, "a year (2025), quarter (2025-Q3) or month (2025-09)");
        String measureCode = row.get("measure");
        Optional<Measure> measure = measureCode == null ? Optional.empty() : Measure.fromCode(measureCode);
        if (measure.isEmpty()) {
            row.fail("measure", (measureCode == null ? "required" : "'" + measureCode + "' is unknown") + "; one of: vacancies, job-ads");
        }
        String value = matching(row, "value", COUNT, "a whole number of openings, 0 or more, without separators");
        String publisher = row.get("source");
        if (publisher == null) {
            row.fail("source", "name who published the figure (and where)");
        } else if (publisher.length() > 500) {
            row.fail("source", "at most 500 characters");
        }
        if (!row.ok() || occupation == null || region == null || period == null || value == null || publisher == null) {
            return null;
        }
        return new DemandFigure(occupation, region, period, measure.orElseThrow(), Long.parseLong(value), publisher);
    }

    private static @Nullable String matching(CsvRow row, String column, Pattern pattern, String expected) {
        String v = row.get(column);
        if (v == null) {
            row.fail(column, "required: " + expected);
            return null;
        }
        if (!pattern.matcher(v).matches()) {
            row.fail(column, "'" + v + "' is not " + expected);
            return null;
        }
        return v;
    }
}
