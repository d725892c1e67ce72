package org.microdegree.credentials.internal.proof;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.json.JsonUtils;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.processor.ToRdfProcessor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.credentials.internal.Pool;
import java.io.StringWriter;

/** RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document, as N-Quads. */
public final class Rdfc {

    // Json.createXxx() looks the provider up through the ServiceLoader on every call: once is enough
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();


    /** With the contexts shipped in the jar and nothing else. */
    public static final Rdfc BUNDLED = new Rdfc(LocalContexts.INSTANCE);

    /** Options and the active contexts prepared under them: used by one caller at a time. */
    private record Prepared(JsonLdOptions options, Map<String, ActiveContext> contexts) {
    }

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

    // The loader's own reason ("not bundled") sits below titanium's generic one.
    private static Throwable innermost(Throwable e) {
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        return inner.getMessage() == null ? e : inner;
    }

    public String canonicalize(JsonObject document) throws InvalidCredentialException {
        Prepared mine = prepared.take();
        JsonLdOptions options = mine.options();
        RdfCanon canon = RdfCanon.create("SHA-256");
        try {
            JsonValue context = document.get("@context");
            if (preparable(context)) {
                ToRdfProcessor.toRdf(canon, expand(document, context, options, mine.contexts()), options);
            } else {
                JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
            }
            StringWriter out = new StringWriter(4096);
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (JsonLdError e) {
            throw new InvalidCredentialException("JSON-LD: " + innermost(e).getMessage());
        } catch (RdfConsumerException e) {
            throw new IllegalStateException("canonical form could not be written", e);
        } finally {
            prepared.give(mine);
        }
    }
}
