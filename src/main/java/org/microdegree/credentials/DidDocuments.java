package org.microdegree.credentials;

import lombok.RequiredArgsConstructor;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.Institution;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.keys.KeyRing;
import org.microdegree.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * did:web documents: one per institution listing all its keys, current and retired, as assertion
 * methods, and the installation's own at {@code /.well-known/did.json}, which lists no keys of its own and
 * points to each institution's document.
 */
@Service
@RequiredArgsConstructor
public class DidDocuments {

    private static final List<String> CONTEXT = List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1");

    private final KeyRing keys;
    private final Catalogue catalogue;
    private final Urls urls;

    public Map<String, Object> institution(String id) {
        Institution institution = catalogue.institution(id).orElseThrow(() -> new NotFoundException("no institution " + id));
        String did = urls.did(id);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.put("id", did);
        doc.put("alsoKnownAs", institution.homepage() == null ? List.of() : List.of(institution.homepage()));
        List<Object> methods = new ArrayList<>();
        List<String> assertion = new ArrayList<>();
        for (KeyRing.PublicEntry key : keys.entries(id)) {
            methods.add(method(key));
            assertion.add(did + "#" + key.fragment());
        }
        doc.put("verificationMethod", methods);
        doc.put("assertionMethod", assertion);
        return doc;
    }

    public Map<String, Object> installation() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.put("id", urls.installationDid());
        // the institutions' keys belong to their own DIDs: listing them here would claim them for this one
        List<Object> services = new ArrayList<>();
        for (Institution i : catalogue.institutions()) {
            services.add(Map.of("id", urls.installationDid() + "#" + i.id().value(), "type", "LinkedDomains",
                    "serviceEndpoint", urls.base() + "/institutions/" + i.id().value() + "/did.json"));
        }
        doc.put("service", services);
        return doc;
    }

    private Map<String, Object> method(KeyRing.PublicEntry key) {
        String did = urls.did(key.institution());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", did + "#" + key.fragment());
        m.put("type", "Multikey");
        m.put("controller", did);
        m.put("publicKeyMultibase", key.publicMultikey());
        if (key.retired() != null) {
            // a retired key verifies what it signed before, nothing made after (Controlled Identifiers 1.0)
            m.put("expires", key.retired().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        return m;
    }
}
