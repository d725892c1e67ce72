package org.microdegree.catalog.format;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.shared.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a bundle that Jackson refused as a whole (it stops at the first problem) entry by entry and,
 * within a refused entry, field by field: every field with a problem is named, and the entries that
 * read are kept for the reference checks.
 */
final class EntryByEntry {

    /** The problems found, the entries that read (per list, with their places in the file), the ids of those that did not ("list id"). */
    record Result(List<Violation> problems, CatalogueBundle readable, Map<String, List<Integer>> positions, Set<String> unreadableIds) {}

    private final ObjectMapper mapper;
    /** A Jackson problem of a value read under a path prefix, as a placed violation. */
    private final BiFunction<DatabindException, String, Violation> violation;

    private final UnaryOperator<Violation> locate;

    EntryByEntry(ObjectMapper mapper, BiFunction<DatabindException, String, Violation> violation, UnaryOperator<Violation> locate) {
        this.mapper = mapper;
        this.violation = violation;
        this.locate = locate;
    }

    Result read(JsonNode tree) {
        List<Violation> problems = new ArrayList<>();
        Map<String, List<Object>> readable = new LinkedHashMap<>();
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        Set<String> unreadableIds = new HashSet<>();
        for (RecordComponent list : CatalogueBundle.class.getRecordComponents()) {
            JsonNode entries = tree.get(list.getName());
            if (!List.class.equals(list.getType()) || entries == null || !entries.isArray()) {
                continue;
            }
            Class<?> entryType = (Class<?>) ((ParameterizedType) list.getGenericType()).getActualTypeArguments()[0];
            List<Object> read = readable.computeIfAbsent(list.getName(), n -> new ArrayList<>());
            List<Integer> at = positions.computeIfAbsent(list.getName(), n -> new ArrayList<>());
            for (int i = 0; i < entries.size(); i++) {
                JsonNode entry = entries.get(i);
                String path = list.getName() + "[" + i + "]";
                try {
                    read.add(mapper.treeToValue(entry, entryType));
                    at.add(i);
                } catch (DatabindException e) {
                    Map<String, Violation> fields = fieldByField(entry, entryType, path);
                    problems.addAll(fields.isEmpty() ? List.of(violation.apply(e, path)) : fields.values());
                    // the entry without its unreadable fields, so that the rest of it is checked too
                    Object rest = withoutFields(entry, fields.keySet(), entryType);
                    if (rest != null) {
                        read.add(rest);
                        at.add(i);
                    } else if (entry.path("id").isString()) {
                        unreadableIds.add(list.getName() + " " + entry.path("id").stringValue());
                    }
                } catch (JacksonException e) {
                    // a problem of the file itself: the whole read's first report says it
                }
            }
        }
        CatalogueBundle bundle = new CatalogueBundle(tree.path("format").asString(CatalogueBundle.FORMAT),
                tree.path("formatVersion").asInt(CatalogueBundle.FORMAT_VERSION), cast(readable.get("institutions")),
                cast(readable.get("studyProgrammes")), cast(readable.get("modules")), cast(readable.get("microCredentials")),
                cast(readable.get("microDegrees")));
        return new Result(problems, bundle, positions, unreadableIds);
    }

    private @Nullable Object withoutFields(JsonNode entry, Set<String> fields, Class<?> type) {
        if (fields.isEmpty() || !(entry instanceof ObjectNode object)) {
            return null;
        }
        ObjectNode rest = object.deepCopy();
        fields.forEach(rest::remove);
        try {
            return mapper.treeToValue(rest, type);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Each field of an entry read alone, as the record component it fills: the problem of every field that has one, by field name. */
    private Map<String, Violation> fieldByField(JsonNode entry, Class<?> type, String path) {
        Map<String, Violation> out = new LinkedHashMap<>();
        if (!type.isRecord() || !entry.isObject()) {
            return out;
        }
        Map<String, RecordComponent> fields = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            fields.put(c.getName(), c);
        }
        for (Map.Entry<String, JsonNode> property : entry.properties()) {
            RecordComponent field = fields.get(property.getKey());
            if (field == null) {
                out.put(property.getKey(), locate.apply(Violation.at(path + "." + property.getKey(), "unknown field '" + property.getKey()
                        + "'; known fields: " + String.join(", ", new TreeSet<>(fields.keySet())))));
                continue;
            }
            try {
                mapper.treeToValue(property.getValue(), mapper.getTypeFactory().constructType(field.getGenericType()));
            } catch (DatabindException e) {
                out.put(property.getKey(), violation.apply(e, path + "." + property.getKey()));
            } catch (BundleProblem e) {
                // a requirement tree read alone names its node relative to the field
                String node = e.path().isEmpty() || e.path().startsWith("[") ? e.path() : "." + e.path();
                out.put(property.getKey(), locate.apply(Violation.at(path + "." + property.getKey() + node, e.getMessage())));
            } catch (JacksonException e) {
                // not a type problem of this field
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> entries) {
        return entries == null ? List.of() : (List<T>) (List<?>) entries;
    }
}
