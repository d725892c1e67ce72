package org.microdegree.credentials.internal.proof;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.json.JsonUtils;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.processor.ToRdfProcessor;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.canon.CanonicalLabels;
import com.apicatalog.rdf.canon.RdfCanon;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.credentials.internal.Pool;

/** RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document, as N-Quads. */
public final class Rdfc {

    // Json.createXxx() looks the provider up through the ServiceLoader on every call: once is enough
    private static final JsonProvider JSON = JsonProvider.provider();

    /** With the contexts shipped in the jar and nothing else. */
    public static final Rdfc BUNDLED = new Rdfc(LocalContexts.INSTANCE);

    /** Options and the active contexts prepared under them: used by one caller at a time. */
    private record Prepared(JsonLdOptions options, Map<String, ActiveContext> contexts) {}

    // titanium's context cache is a plain LRU map and the prepared contexts are mutable maps: each
    // canonicalisation borrows a set of its own
    private final Pool<Prepared> prepared;

    public Rdfc(DocumentLoader contexts) {
        this.prepared = new Pool<>(() -> {
            JsonLdOptions options = new JsonLdOptions(contexts);
            // A term no context defines would silently drop out of the signed form: refuse it.
            options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
            return new Prepared(options, new HashMap<>());
        }, 64);
    }

    // Processing the top-level contexts (VC 2.0 and Open Badges: hundreds of terms) was half of each
    // canonicalisation. The active context they give is the same every time, so it is kept per
    // context list and the rest of the document expanded against it; the result is the same as
    // titanium's own expansion (RdfcShortcutTest compares both).

    private static boolean preparable(@Nullable JsonValue context) {
        if (context instanceof JsonString s) {
            return LocalContexts.INSTANCE.knows(s.getString());
        }
        return context instanceof JsonArray a && !a.isEmpty() && a.size() <= 4
                && a.stream().allMatch(v -> v instanceof JsonString s && LocalContexts.INSTANCE.knows(s.getString()));
    }

    private JsonArray expand(JsonObject document, JsonValue context, JsonLdOptions options, Map<String, ActiveContext> contexts)
            throws JsonLdError {
        String key = context.toString();
        ActiveContext active = contexts.get(key);
        if (active == null) {
            active = new ActiveContext(null, null, ProcessingRuntime.of(options)).newContext().create(context, null);
            contexts.put(key, active);
        }
        JsonObject body = JSON.createObjectBuilder(document).remove("@context").build();
        JsonValue expanded = Expansion.with(active, body, null, null).frameExpansion(false).ordered(false).compute();
        if (expanded instanceof JsonObject o && o.size() == 1 && o.containsKey("@graph")) {
            expanded = o.get("@graph");
        }
        return JsonUtils.isNull(expanded) ? JsonValue.EMPTY_JSON_ARRAY : JsonUtils.toJsonArray(expanded);
    }

    /**
     * An embedded context given as a context document ({@code {"@context": {...}}}), as some issuers
     * write it: jsonld.js takes the inner context, titanium calls it a redefinition of
     * {@code @context}. The contexts are not part of the canonical quads, so taking the inner one
     * changes nothing that is signed.
     */
    private static JsonObject unwrapped(JsonObject document) {
        if (!(document.get("@context") instanceof JsonArray context)
                || context.stream().noneMatch(c -> c instanceof JsonObject o && o.size() == 1 && o.containsKey("@context"))) {
            return document;
        }
        var contexts = JSON.createArrayBuilder();
        context.forEach(c -> contexts.add(c instanceof JsonObject o && o.size() == 1 && o.containsKey("@context") ? o.get("@context") : c));
        return JSON.createObjectBuilder(document).add("@context", contexts).build();
    }

    /**
     * A type no context maps (with no {@code @vocab} to catch it) expands to a relative IRI, which
     * JSON-LD then drops from the RDF without a word: it would go unsigned. Data Integrity asks to
     * refuse such data loss (DATA_LOSS_DETECTION_ERROR); titanium's undefined-term policy covers
     * properties, this covers types.
     */
    private static void requireAbsoluteTypes(JsonValue expanded) throws InvalidCredentialException {
        if (expanded instanceof JsonArray a) {
            for (JsonValue v : a) {
                requireAbsoluteTypes(v);
            }
        } else if (expanded instanceof JsonObject o) {
            JsonValue type = o.get("@type");
            for (JsonValue t : type instanceof JsonArray ts ? ts : type == null ? JsonValue.EMPTY_JSON_ARRAY : JSON.createArrayBuilder().add(type).build()) {
                if (t instanceof JsonString s && !s.getString().startsWith("@") && s.getString().indexOf(':') < 0) {
                    throw new InvalidCredentialException("DATA_LOSS_DETECTION_ERROR: the type '" + s.getString() + "' is not defined by any context");
                }
            }
            for (var e : o.entrySet()) {
                if (!e.getKey().equals("@type") && !e.getKey().equals("@value")) {
                    requireAbsoluteTypes(e.getValue());
                }
            }
        }
    }

    // The loader's own reason ("not bundled") sits below titanium's generic one.
    private static Throwable innermost(Throwable e) {
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        return inner.getMessage() == null ? e : inner;
    }

    public String canonicalize(JsonObject document) throws InvalidCredentialException {
        Dataset dataset = new Dataset();
        toQuads(document, dataset);
        return dataset.canonical();
    }

    /** The document's RDF quads as JSON-LD gives them, blank nodes not yet canonically labelled. */
    void toQuads(JsonObject document, RdfQuadConsumer quads) throws InvalidCredentialException {
        Prepared mine = prepared.take();
        JsonLdOptions options = mine.options();
        try {
            document = unwrapped(document);
            JsonValue context = document.get("@context");
            JsonArray expanded = preparable(context)
                    ? expand(document, context, options, mine.contexts())
                    : JsonLd.expand(JsonDocument.of(document)).options(options).get();
            requireAbsoluteTypes(expanded);
            ToRdfProcessor.toRdf(quads, expanded, options);
        } catch (JsonLdError e) {
            throw new InvalidCredentialException("JSON-LD: " + innermost(e).getMessage());
        } finally {
            prepared.give(mine);
        }
    }

    /**
     * The quads of one document: titanium-rdfc labels the blank nodes (RDFC-1.0 steps 1 to 6), and
     * step 7 is done here, each quad written once as canonical N-Quads and the lines sorted.
     * titanium's own step 7 writes both quads again in every comparison of its sort (ADR 0012).
     */
    static final class Dataset implements RdfQuadConsumer {
        private final List<String[]> quads = new ArrayList<>(128);

        @Override
        public RdfQuadConsumer quad(String subject, String predicate, String object, String datatype, String language, String direction,
                String graph) {
            quads.add(new String[]{subject, predicate, object, datatype, language, direction, graph});
            return this;
        }

        /** The canonical N-Quads, every blank node labelled by titanium-rdfc. */
        String canonical() {
            return write(titaniumLabels());
        }

        private Map<String, String> titaniumLabels() {
            RdfCanon canon = RdfCanon.create("SHA-256");
            for (String[] q : quads) {
                canon.quad(q[0], q[1], q[2], q[3], q[4], q[5], q[6]);
            }
            return CanonicalLabels.of(canon);
        }

        private String write(Map<String, String> labels) {
            String[] lines = new String[quads.size()];
            int i = 0;
            for (String[] q : quads) {
                boolean literal = RdfQuadConsumer.isLiteral(q[3], q[4], q[5]);
                lines[i++] = NQuadLines.line(relabel(q[0], labels), q[1], literal ? q[2] : relabel(q[2], labels), q[3], q[4], q[5],
                        relabel(q[6], labels));
            }
            return NQuadLines.document(lines, lines.length * 120);
        }

        private static @Nullable String relabel(@Nullable String term, Map<String, String> labels) {
            return term != null && RdfQuadConsumer.isBlank(term) ? labels.getOrDefault(term, term) : term;
        }
    }
}
