package org.microdegree.credentials.internal.proof;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The JSON-LD contexts our credentials use, shipped in the jar: a credential is never signed or
 * verified with a context fetched from the network, where it could change under the signature.
 * Any other context is refused.
 */
public final class LocalContexts implements DocumentLoader {

    public static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";
    public static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";
    public static final String MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";
    /** The W3C examples vocabulary: the VC-API test suites issue credentials with it. */
    public static final String VC_EXAMPLES = "https://www.w3.org/ns/credentials/examples/v2";
    public static final String EDC = "http://data.europa.eu/snb/model/context/edc-ap";

    private static final Map<String, String> FILES = Map.of(
            VC_V1, "credentials-v1.jsonld",
            VC_V2, "credentials-v2.jsonld",
            OB_V3, "ob-v3p0-context-3.0.3.json",
            DATA_INTEGRITY_V2, "data-integrity-v2.jsonld",
            MULTIKEY_V1, "multikey-v1.jsonld",
            VC_EXAMPLES, "credentials-examples-v2.jsonld",
            EDC, "edc-ap-context.jsonld");

    public static final LocalContexts INSTANCE = new LocalContexts();

    private final Map<String, Document> documents;

    private LocalContexts() {
        var loaded = new HashMap<String, Document>();
        FILES.forEach((url, file) -> loaded.put(url, read(url, file)));
        documents = Map.copyOf(loaded);
    }

    public boolean knows(String url) {
        return documents.containsKey(url);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        Document document = documents.get(url.toString());
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "context " + url + " is not bundled; nothing is fetched");
        }
        return document;
    }

    private static Document read(String url, String file) {
        try (InputStream in = LocalContexts.class.getResourceAsStream("/credentials/contexts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled context " + file);
            }
            JsonDocument document = JsonDocument.of(MediaType.JSON_LD, in);
            document.setDocumentUrl(URI.create(url));
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("bundled context " + file + " is broken", e);
        }
    }
}
