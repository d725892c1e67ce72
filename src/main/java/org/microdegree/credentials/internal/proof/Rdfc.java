package org.microdegree.credentials.internal.proof;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonObject;
import java.io.StringWriter;

/** RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document, as N-Quads. */
public final class Rdfc {


    /** With the contexts shipped in the jar and nothing else. */
    public static final Rdfc BUNDLED = new Rdfc(LocalContexts.INSTANCE);

    // One per thread: titanium's context cache is a plain LRU map, and parsed contexts are what make
    // repeated canonicalisation fast.
    private final ThreadLocal<JsonLdOptions> options;

    public Rdfc(DocumentLoader contexts) {
        this.options = ThreadLocal.withInitial(() -> {
            JsonLdOptions options = new JsonLdOptions(contexts);
            // A term no context defines would silently drop out of the signed form: refuse it.
            options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
            return options;
        });
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
        JsonLdOptions options = this.options.get();
        RdfCanon canon = RdfCanon.create("SHA-256");
        try {
            JsonLd.toRdf(JsonDocument.of(document)).options(options).provide(canon);
            StringWriter out = new StringWriter(4096);
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (JsonLdError e) {
            throw new InvalidCredentialException("JSON-LD: " + innermost(e).getMessage());
        } catch (RdfConsumerException e) {
            throw new IllegalStateException("canonical form could not be written", e);
        }
    }
}
