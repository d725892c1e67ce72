package org.microdegree.credentials.internal.proof;

import lombok.RequiredArgsConstructor;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The RDF quads of the credentials we sign, from a template per shape. Our certificates of one
 * credential differ in their strings (names, ids, dates), not in their structure, and JSON-LD
 * expansion of a string in a given place does not depend on the string: a literal stays that
 * literal, an absolute IRI that IRI. So each shape (the document with its strings blanked) is
 * expanded once, with a numbered slot for each string, and later documents of that shape put their
 * strings into its quads. JSON-LD processing was two fifths of a bulk award (ADR 0015).
 *
 * <p>Only for documents we sign ourselves: a slot is used only where the template shows it as a
 * whole literal or a whole IRI, an IRI only for a plain absolute one ({@code urn:uuid:}, {@code did:},
 * {@code http(s)://}), and the first document of each shape is also canonicalised the ordinary way
 * and must agree; anything else takes the ordinary way ({@link Rdfc}).
 */
@RequiredArgsConstructor
final class QuadTemplates {

    private static final JsonProvider JSON = JsonProvider.provider();
    /** Shapes kept; a bulk award of the largest preset has a few hundred. */
    private static final int LIMIT = 4096;

    private final Rdfc rdfc;
    private final Map<String, Optional<CanonicalTemplate>> templates = new ConcurrentHashMap<>();
    private final AtomicLong filled = new AtomicLong();

    /** The canonical N-Quads of the document, through its shape's template where that is safe. */
    String canonicalize(JsonObject document) throws InvalidCredentialException {
        List<String> strings = new ArrayList<>(64);
        StringBuilder key = new StringBuilder(2048);
        shape(document, null, strings, key);
        String shape = key.toString();
        Optional<CanonicalTemplate> template = templates.get(shape);
        if (template == null) {
            if (templates.size() >= LIMIT) {
                templates.clear();
            }
            JsonObject skeleton = (JsonObject) blank(document, null, new ArrayList<>(strings.size()));
            String ordinary = rdfc.canonicalize(document);
            template = Optional.ofNullable(template(rdfc, skeleton, strings.size()))
                    // the first of each shape both ways: they must agree, or the shape is never templated
                    .filter(t -> ordinary.equals(t.fill(strings)));
            templates.put(shape, template);
            return ordinary;
        }
        if (template.isPresent()) {
            String filled = template.get().fill(strings);
            if (filled != null) {
                this.filled.incrementAndGet();
                return filled;
            }
        }
        return rdfc.canonicalize(document);
    }

    /** How many documents came from a template: for tests. */
    long filled() {
        return filled.get();
    }

    /**
     * The document's shape as a key, and its strings in the order {@link #blank} numbers their slots:
     * what the skeleton's JSON would say, written without building the skeleton (most documents'
     * shapes are known already). Keys are written with their length, so no key can pass for another.
     */
    private static void shape(JsonValue value, String key, List<String> strings, StringBuilder out) {
        if (value instanceof JsonObject o) {
            out.append('{');
            o.forEach((k, v) -> {
                out.append(k.length()).append(':').append(k).append('=');
                if (k.equals("@context") || k.equals("type") || k.equals("@type")) {
                    out.append(v);
                } else {
                    shape(v, k, strings, out);
                }
                out.append(',');
            });
            out.append('}');
        } else if (value instanceof JsonArray a) {
            out.append('[');
            a.forEach(v -> {
                shape(v, key, strings, out);
                out.append(',');
            });
            out.append(']');
        } else if (value instanceof JsonString s) {
            strings.add(s.getString());
            out.append('$');
        } else {
            out.append(value);
        }
    }

    /** The value with each string replaced by a numbered slot, except types and contexts, which select term definitions. */
    private static JsonValue blank(JsonValue value, String key, List<String> strings) {
        if (value instanceof JsonObject o) {
            JsonObjectBuilder b = JSON.createObjectBuilder();
            o.forEach((k, v) -> b.add(k, k.equals("@context") || k.equals("type") || k.equals("@type") ? v : blank(v, k, strings)));
            return b.build();
        }
        if (value instanceof JsonArray a) {
            JsonArrayBuilder b = JSON.createArrayBuilder();
            a.forEach(v -> b.add(blank(v, key, strings)));
            return b.build();
        }
        if (value instanceof JsonString s) {
            strings.add(s.getString());
            return JSON.createValue(CanonicalTemplate.SLOT + (strings.size() - 1));
        }
        return value;
    }

    /** The template of a skeleton: its quads as JSON-LD gives them, compiled for filling; null where that is not safe. */
    private static CanonicalTemplate template(Rdfc rdfc, JsonObject skeleton, int slots) {
        List<String[]> quads = new ArrayList<>(128);
        try {
            rdfc.toQuads(skeleton, (s, p, o, datatype, language, direction, g) -> {
                quads.add(new String[]{s, p, o, datatype, language, direction, g});
                return null;
            });
        } catch (InvalidCredentialException e) {
            return null;
        }
        return CanonicalTemplate.of(quads, slots);
    }
}
