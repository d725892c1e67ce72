package org.microdegree.web.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.AssessmentType;
import org.microdegree.shared.Coded;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.Mode;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The designers' form for one kind of item, as a list of fields named by their path in the bundle
 * format ({@code title.en}, {@code creditPoints}). One template renders every kind; the form's
 * values become a bundle document, and an item's document becomes the form's values.
 */
final class DesignForm {

    enum Type {
        TEXT,
        TEXTAREA,
        NUMBER,
        LIST,
        LINES,
        OUTCOMES,
        OUTCOMES_DE,
        SELECT,
        /** an EQF level, chosen from the eight in words; stored as a number */
        LEVEL,
        /** an ISCED-F field, chosen by its name from the shipped list; stored as its code */
        ISCED,
        CHECKBOX,
        /** institutions ticked from the catalogue's list; stored as their ids */
        INSTITUTIONS,
        YAML
    }

    /** A field; {@code id} is its HTML id, {@code options} the codes of a select. */
    record Field(String name, Type type, boolean required, List<String> options) {
        String id() {
            return "f-" + name.replace('.', '-');
        }

        public String htmlId() {
            return id();
        }

        public String hintId() {
            return "hint-" + name.replace('.', '-');
        }

        public String labelKey() {
            return "field." + name;
        }

        public String typeName() {
            return type.name().toLowerCase(Locale.ROOT);
        }

        /** The message naming a select's option in words ({@code mode.online}, {@code eqf.level.6}); null where the option is its own name. */
        public @Nullable String optionKey(String option) {
            return switch (name) {
                case "mode" -> "mode." + option;
                case "assessment" -> "assessment." + option;
                case "eqfLevel" -> "eqf.level." + option;
                default -> null;
            };
        }

        /** Whether a problem at {@code path} (as the catalogue names it) concerns this field. */
        boolean concerns(String path) {
            String base = name.equals("learningOutcomes.de") ? "learningOutcomes" : name;
            return path.equals(base) || path.startsWith(base + ".") || path.startsWith(base + "[") || base.startsWith(path + ".");
        }
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Field LEVEL_FIELD = new Field("eqfLevel", Type.LEVEL, true, List.of("1", "2", "3", "4", "5", "6", "7", "8"));

    static final Map<ItemKind, List<Field>> FIELDS = Map.of(
            ItemKind.MODULE, List.of(
                    text("id", true), text("code", false), text("title.en", false), text("title.de", false),
                    area("description.en"), number("creditPoints", true), LEVEL_FIELD,
                    new Field("learningOutcomes", Type.OUTCOMES, false, List.of()), new Field("learningOutcomes.de", Type.OUTCOMES_DE, false, List.of()),
                    list("languages"), select("mode", Mode.class), select("assessment", AssessmentType.class),
                    text("unit", false), list("subjects"), lines("skills")),
            ItemKind.MICRO_CREDENTIAL, List.of(
                    text("id", true), text("title.en", false), text("title.de", false), area("description.en"),
                    lines("modules"), number("creditPoints", true), LEVEL_FIELD,
                    new Field("learningOutcomes", Type.OUTCOMES, true, List.of()), new Field("learningOutcomes.de", Type.OUTCOMES_DE, false, List.of()),
                    list("languages"), select("mode", Mode.class), select("assessment", AssessmentType.class),
                    lines("skills"), new Field("iscedField", Type.ISCED, false, List.of()), text("unit", false), text("platform", false),
                    text("counsellingContact", false), text("qualityAssurance", false)),
            ItemKind.MICRO_DEGREE, List.of(
                    text("id", true), text("title.en", false), text("title.de", false), area("description.en"),
                    new Field("requirements", Type.YAML, true, List.of()), number("creditPoints", true), LEVEL_FIELD,
                    area("labourMarketRationale.en"), list("targetGroups"), new Field("participatingInstitutions", Type.INSTITUTIONS, false, List.of()),
                    list("ruleProfiles"), new Field("jointAward", Type.CHECKBOX, false, List.of()),
                    list("languages"), select("mode", Mode.class), lines("skills"), text("unit", false),
                    text("counsellingContact", false), text("qualityAssurance", false)));

    private DesignForm() {
    }

    private static Field text(String name, boolean required) {
        return new Field(name, Type.TEXT, required, List.of());
    }

    private static Field area(String name) {
        return new Field(name, Type.TEXTAREA, false, List.of());
    }

    private static Field number(String name, boolean required) {
        return new Field(name, Type.NUMBER, required, List.of());
    }

    private static Field list(String name) {
        return new Field(name, Type.LIST, false, List.of());
    }

    private static Field lines(String name) {
        return new Field(name, Type.LINES, false, List.of());
    }

    private static <E extends Enum<E> & Coded> Field select(String name, Class<E> type) {
        List<String> codes = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            codes.add(e.code());
        }
        return new Field(name, Type.SELECT, false, codes);
    }

    /** The form's values as a bundle document, and the problems of values that are not even of the right shape. */
    record Parsed(Map<String, Object> document, Map<String, String> errors) {}

    static Parsed parse(ItemKind kind, MultiValueMap<String, String> form) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> outcomesDe = value(form, "learningOutcomes.de").lines().toList();
        for (Field f : FIELDS.get(kind)) {
            String v = value(form, f.name());
            switch (f.type()) {
                case TEXT, TEXTAREA, SELECT, ISCED -> {
                    if (!v.isBlank()) {
                        put(doc, f.name(), v.strip());
                    }
                }
                case NUMBER, LEVEL -> {
                    if (!v.isBlank()) {
                        try {
                            BigDecimal b = new BigDecimal(v.strip().replace(',', '.'));
                            // whole numbers as integers: an EQF level is one
                            boolean whole = b.stripTrailingZeros().scale() <= 0 && b.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0;
                            put(doc, f.name(), whole ? (Object) b.intValue() : b);
                        } catch (NumberFormatException e) {
                            errors.put(f.name(), "'" + v.strip() + "' is not a number");
                        }
                    }
                }
                case LIST -> putList(doc, f.name(), split(v, "[,\n]"));
                case INSTITUTIONS -> {
                    List<String> ids = form.getOrDefault(f.name(), List.of()).stream().flatMap(x -> split(x, "[,\n]").stream()).distinct().toList();
                    putList(doc, f.name(), ids);
                }
                case LINES -> putList(doc, f.name(), split(v, "[\n]"));
                case OUTCOMES -> {
                    // line by line: the English and the German of an outcome stand on the same line; either may be empty
                    List<String> en = v.lines().toList();
                    List<Map<String, String>> texts = new ArrayList<>();
                    for (int i = 0; i < Math.max(en.size(), outcomesDe.size()); i++) {
                        Map<String, String> t = new LinkedHashMap<>();
                        if (i < en.size() && !en.get(i).isBlank()) {
                            t.put("en", en.get(i).strip());
                        }
                        if (i < outcomesDe.size() && !outcomesDe.get(i).isBlank()) {
                            t.put("de", outcomesDe.get(i).strip());
                        }
                        if (!t.isEmpty()) {
                            texts.add(t);
                        }
                    }
                    if (!texts.isEmpty()) {
                        doc.put(f.name(), texts);
                    }
                }
                case OUTCOMES_DE -> {
                    // joined with the English lines above
                }
                case CHECKBOX -> put(doc, f.name(), form.containsKey(f.name()) && !"false".equals(v));
                case YAML -> {
                    if (!v.isBlank()) {
                        try {
                            put(doc, f.name(), YAML.readValue(v, Object.class));
                        } catch (JacksonException e) {
                            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
                            String m = e.getOriginalMessage() == null ? "not valid YAML" : e.getOriginalMessage();
                            errors.put(f.name(), where + m.lines().findFirst().orElse(m));
                        }
                    }
                }
            }
        }
        return new Parsed(doc, errors);
    }

    /** The form's values for a stored item's document. */
    @SuppressWarnings("unchecked")
    static Map<String, String> values(ItemKind kind, Map<String, Object> doc) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field f : FIELDS.get(kind)) {
            Object v = get(doc, f.type() == Type.OUTCOMES_DE ? "learningOutcomes" : f.name());
            String s = switch (f.type()) {
                case LIST, LINES, INSTITUTIONS -> v instanceof List<?> l
                        ? String.join(f.type() == Type.LINES ? "\n" : ", ", l.stream().map(String::valueOf).toList())
                        : "";
                case OUTCOMES, OUTCOMES_DE -> v instanceof List<?> l
                        ? String.join("\n", l.stream()
                                .map(t -> t instanceof Map<?, ?> m
                                        ? String.valueOf(
                                                m.get(f.type() == Type.OUTCOMES ? "en" : "de") == null ? "" : m.get(f.type() == Type.OUTCOMES ? "en" : "de"))
                                        : "")
                                .toList()).stripTrailing()
                        : "";
                case YAML -> v == null ? "" : YAML.writeValueAsString(v).replaceFirst("^---\\s*\n", "");
                case CHECKBOX -> Boolean.TRUE.equals(v) ? "true" : "";
                default -> v == null ? "" : v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(v);
            };
            // HTML drops a textarea's first line break: an outcome missing in this language on the first line keeps its place
            values.put(f.name(), s.startsWith("\n") ? "\n" + s : s);
        }
        return values;
    }

    /** Problems by field name; those of no field under the empty name. */
    static Map<String, List<String>> byField(ItemKind kind, Map<String, String> problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        problems.forEach((path, reason) -> {
            String field = FIELDS.get(kind).stream().filter(f -> f.concerns(path)).map(Field::name).findFirst().orElse("");
            out.computeIfAbsent(field, k -> new ArrayList<>()).add(reason);
        });
        return out;
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.replace("\r\n", "\n");
    }

    private static List<String> split(String v, String separators) {
        List<String> out = new ArrayList<>();
        for (String s : v.split(separators)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static void putList(Map<String, Object> doc, String name, List<String> values) {
        if (!values.isEmpty()) {
            put(doc, name, values);
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> doc, String path, Object value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            doc.put(path, value);
            return;
        }
        Map<String, Object> inner = (Map<String, Object>) doc.computeIfAbsent(path.substring(0, dot), k -> new LinkedHashMap<String, Object>());
        put(inner, path.substring(dot + 1), value);
    }

    private static @Nullable Object get(Map<String, Object> doc, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return doc.get(path);
        }
        return doc.get(path.substring(0, dot)) instanceof Map<?, ?> m ? getAny(m, path.substring(dot + 1)) : null;
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Object getAny(Map<?, ?> m, String path) {
        return get((Map<String, Object>) m, path);
    }

    /** A tree typed as YAML, as JSON for the tree builder; empty when it is not YAML the builder can read. */
    static String yamlAsJson(@Nullable String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return "";
        }
        try {
            return JsonMapper.builder().build().writeValueAsString(YAML.readValue(yaml, Object.class));
        } catch (JacksonException e) {
            return "";
        }
    }
}
