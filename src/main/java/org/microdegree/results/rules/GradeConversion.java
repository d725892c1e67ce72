package org.microdegree.results.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.microdegree.results.model.Grade;
import org.microdegree.results.model.GradeScale;

/**
 * Reading grades and converting between scales, by the table in docs/grades.md: German grades map
 * to ECTS grades by bands (1.0-1.5 A, 1.7-2.0 B, 2.3-3.0 C, 3.3-3.5 D, 3.7-4.0 E, 5.0 F), and ECTS
 * grades to the German step nearest the middle of their band (A 1.3, B 2.0, C 2.7, D 3.3, E 4.0,
 * FX and F 5.0), so that a grade converted there and back is unchanged.
 */
public final class GradeConversion {

    /** The steps of German examination regulations. */
    public static final List<String> GERMAN_STEPS = List.of("1.0", "1.3", "1.7", "2.0", "2.3", "2.7", "3.0", "3.3", "3.7", "4.0", "5.0");
    public static final List<String> ECTS_GRADES = List.of("A", "B", "C", "D", "E", "FX", "F");
    private static final BigDecimal PASS_LIMIT = new BigDecimal("4.0");
    private static final Map<String, String> ECTS_TO_GERMAN = Map.of("A", "1.3", "B", "2.0", "C", "2.7", "D", "3.3", "E", "4.0",
            "FX", "5.0", "F", "5.0");

    private GradeConversion() {
    }

    /** The grade {@code value} in {@code scale}, or empty with no such grade on that scale. */
    public static Optional<Grade> parse(GradeScale scale, String value) {
        String v = value.strip();
        return switch (scale) {
            case GERMAN -> {
                String normal = v.replace(',', '.');
                if (normal.matches("[1-5]")) {
                    normal = normal + ".0";
                }
                if (!GERMAN_STEPS.contains(normal)) {
                    yield Optional.empty();
                }
                BigDecimal g = new BigDecimal(normal);
                yield Optional.of(new Grade(scale, normal, g, g.compareTo(PASS_LIMIT) <= 0));
            }
            case ECTS -> {
                String upper = v.toUpperCase(Locale.ROOT);
                yield ECTS_GRADES.contains(upper)
                        ? Optional.of(new Grade(scale, upper, new BigDecimal(ECTS_TO_GERMAN.get(upper)), !upper.startsWith("F")))
                        : Optional.empty();
            }
            case PASS_FAIL -> switch (v.toLowerCase(Locale.ROOT)) {
                case "pass", "passed", "bestanden" -> Optional.of(new Grade(scale, "pass", null, true));
                case "fail", "failed", "nicht bestanden" -> Optional.of(new Grade(scale, "fail", null, false));
                default -> Optional.empty();
            };
        };
    }

    /** What may be written for {@code scale}, for error messages. */
    public static String allowed(GradeScale scale) {
        return switch (scale) {
            case GERMAN -> String.join(", ", GERMAN_STEPS);
            case ECTS -> String.join(", ", ECTS_GRADES);
            case PASS_FAIL -> "pass, fail";
        };
    }

    /** The ECTS grade of a German grade, by the bands above. */
    public static String toEcts(BigDecimal german) {
        double g = german.doubleValue();
        if (g <= 1.5) {
            return "A";
        } else if (g <= 2.0) {
            return "B";
        } else if (g <= 3.0) {
            return "C";
        } else if (g <= 3.5) {
            return "D";
        } else if (g <= 4.0) {
            return "E";
        }
        return "F";
    }

    /** The ECTS grade of any grade, or null for pass/fail. */
    public static @Nullable String ectsOf(Grade grade) {
        return grade.german() == null ? null : grade.scale() == GradeScale.ECTS ? grade.value() : toEcts(grade.german());
    }
}
