package org.microdegree.catalog.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The catalogue bundle format, version 1, in its two syntaxes (YAML and JSON, the same structure).
 * Reading reports every problem with file, line, column and path; writing is deterministic, so
 * that exporting an unchanged catalogue gives the same bytes.
 */
public final class BundleFormat {

    /** A bundle read from a file, with the positions of its paths for later messages. */
    public record Parsed(CatalogueBundle bundle, String source, Supplier<LocationIndex> locations) {

        public Violation locate(Violation v) {
            LocationIndex.Position p = locations.get().find(v.path());
            return v.locatedIn(source, p.line(), p.column());
        }

        public List<Violation> locate(List<Violation> violations) {
            return violations.stream().map(this::locate).toList();
        }
    }

    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public BundleFormat() {
        this.json = configure(JsonMapper.builder()).enable(SerializationFeature.INDENT_OUTPUT).build();
        // SnakeYAML refuses documents over 3 MB by default; a catalogue of 10,000 MCs is about 20 MB
        this.yaml = configure(YAMLMapper.builder(YAMLFactory.builder()
                .loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build()).build())
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLWriteFeature.SPLIT_LINES)
                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)).build();
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        return builder
                .addModule(new CatalogueJsonModule())
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_EMPTY)
                        .withContentInclusion(JsonInclude.Include.NON_EMPTY));
    }

    /** The mapper for JSON documents (API bodies and stored documents use the same rules). */
    public ObjectMapper json() {
        return json;
    }

    public byte[] write(CatalogueBundle bundle, BundleSyntax syntax) {
        return (syntax == BundleSyntax.JSON ? json : yaml).writeValueAsBytes(bundle);
    }

    /**
     * Reads a bundle; any problem of syntax or structure is an {@link InvalidInputException}
     * naming the source, line, column and path.
     */
    public Parsed read(String source, byte[] content, BundleSyntax syntax) {
        Located<CatalogueBundle> read = readValue(source, content, syntax, CatalogueBundle.class);
        CatalogueBundle bundle = read.value();
        Parsed parsed = new Parsed(bundle, source, read.locations());
        List<Violation> header = new ArrayList<>();
        if (!CatalogueBundle.FORMAT.equals(bundle.format())) {
            header.add(Violation.at("format", "expected '" + CatalogueBundle.FORMAT + "', the format of a catalogue bundle"));
        }
        if (bundle.formatVersion() != CatalogueBundle.FORMAT_VERSION) {
            header.add(Violation.at("formatVersion", "this version reads format version " + CatalogueBundle.FORMAT_VERSION
                    + ", the file has " + bundle.formatVersion()));
        }
        if (!header.isEmpty()) {
            throw new InvalidInputException(parsed.locate(header));
        }
        return parsed;
    }

    /** A document of any type read from a file, with the positions of its paths for later messages. */
    public record Located<T>(T value, String source, Supplier<LocationIndex> locations) {

        public Violation locate(Violation v) {
            LocationIndex.Position p = locations.get().find(v.path());
            return v.locatedIn(source, p.line(), p.column());
        }

        public List<Violation> locate(List<Violation> violations) {
            return violations.stream().map(this::locate).toList();
        }
    }

    /**
     * Reads a document of the bundle's types (ids, texts, credit points, requirement trees) with the
     * same strict rules; any problem of syntax or structure is an {@link InvalidInputException}
     * naming the source, line, column and path.
     */
    public <T> Located<T> readValue(String source, byte[] content, BundleSyntax syntax, Class<T> type) {
        ObjectMapper mapper = syntax == BundleSyntax.JSON ? json : yaml;
        // positions are only needed to report a problem: scan for them then, not for every file read
        Supplier<LocationIndex> locations = new Supplier<>() {
            private @Nullable LocationIndex index;

            @Override
            public synchronized LocationIndex get() {
                if (index == null) {
                    try (JsonParser parser = mapper.createParser(content)) {
                        index = LocationIndex.scan(parser);
                    }
                }
                return index;
            }
        };
        try {
            T value = mapper.readValue(content, type);
            if (value == null) {
                throw new InvalidInputException(List.of(new Violation("", "the file is empty", source, 1, 1)));
            }
            return new Located<>(value, source, locations);
        } catch (DatabindException e) {
            Violation first = violation(e, "", source, locations);
            if (type != CatalogueBundle.class) {
                throw new InvalidInputException(List.of(first));
            }
            // Jackson stops at the first problem: read each entry of each list on its own, and a
            // refused entry field by field, so that every problem is named at once
            JsonNode tree;
            try {
                tree = mapper.readTree(content);
            } catch (JacksonException notATree) {
                throw new InvalidInputException(List.of(first));
            }
            Located<CatalogueBundle> located = new Located<>(null, source, locations);
            EntryByEntry.Result entries = new EntryByEntry(mapper, (problem, prefix) -> violation(problem, prefix, source, locations),
                    located::locate).read(tree);
            Map<String, Violation> all = new LinkedHashMap<>();
            entries.problems().forEach(v -> all.putIfAbsent(v.path(), v));
            if (all.keySet().stream().noneMatch(path -> path.equals(first.path()) || first.path().startsWith(path + ".")
                    || first.path().startsWith(path + "["))) {
                all.put(first.path(), first);
            }
            throw new UnreadableEntries(sorted(all.values()), entries.readable(), entries.positions(), entries.unreadableIds(), located);
        } catch (JacksonException e) {
            throw syntaxError(source, e);
        }
    }

    private static Violation violation(DatabindException e, String prefix, String source, Supplier<LocationIndex> locations) {
        BundleProblem problem = findProblem(e);
        String relative = problem != null ? problem.path() : Paths.of(e.getPath());
        String path = prefix.isEmpty() ? relative : relative.isEmpty() ? prefix : relative.startsWith("[") ? prefix + relative : prefix + "." + relative;
        String reason = problem != null ? problem.getMessage() : reason(e);
        LocationIndex.Position p = locations.get().find(path);
        if (prefix.isEmpty() && problem == null && e.getLocation() != null && e.getLocation().getLineNr() > 0 && path.isEmpty()) {
            p = new LocationIndex.Position(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        }
        return new Violation(path, reason, source, p.line(), p.column());
    }

    /** Problems in the order of the file. */
    static List<Violation> sorted(java.util.Collection<Violation> problems) {
        List<Violation> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Violation::line).thenComparingInt(Violation::column));
        return sorted;
    }

    private static @Nullable BundleProblem findProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BundleProblem p) {
                return p;
            }
        }
        return null;
    }

    private static String reason(DatabindException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'; known fields: " + String.join(", ",
                    u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList());
        }
        String m = e.getOriginalMessage();
        if (m.startsWith("Cannot construct instance") || m.contains("problem:")) {
            int cut = m.lastIndexOf("problem: ");
            if (cut >= 0) {
                return m.substring(cut + "problem: ".length());
            }
        }
        return firstLine(m);
    }

    private static InvalidInputException syntaxError(String source, JacksonException e) {
        TokenStreamLocation l = e.getLocation();
        int line = l == null ? 0 : l.getLineNr();
        int column = l == null ? 0 : l.getColumnNr();
        return new InvalidInputException(List.of(new Violation("", "syntax error: " + firstLine(e.getOriginalMessage()),
                source, line, column)));
    }

    private static String firstLine(@Nullable String m) {
        if (m == null) {
            return "unreadable";
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
