package org.microdegree.credentials.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.microdegree.shared.PublicUrl;
import org.springframework.stereotype.Component;

/**
 * The public names this installation gives: its did:web identifiers, status lists and
 * verification pages, all under {@code microdegree.public-url}.
 */
@Component
public class Urls {

    private final String base;
    private final String didHost;

    public Urls(PublicUrl publicUrl) {
        this.base = publicUrl.base();
        URI uri = URI.create(base);
        String host = uri.getHost() + (uri.getPort() > 0 ? "%3A" + uri.getPort() : "");
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "" : uri.getPath().substring(1).replace('/', ':');
        this.didHost = "did:web:" + host + (path.isEmpty() ? "" : ":" + path);
    }

    public String base() {
        return base;
    }

    /** The installation's DID: its document is at {@code /.well-known/did.json}. */
    public String installationDid() {
        return didHost;
    }

    /** An institution's DID: its document is at {@code /institutions/{id}/did.json}. */
    public String did(String institution) {
        return didHost + ":institutions:" + encode(institution);
    }

    /** The institution of one of our DIDs, or null for anyone else's. */
    public @org.jspecify.annotations.Nullable String institutionOf(String did) {
        String prefix = didHost + ":institutions:";
        return did.startsWith(prefix) ? URLDecoder.decode(did.substring(prefix.length()), StandardCharsets.UTF_8) : null;
    }

    public String statusList(String institution) {
        return base + "/credentials/status/" + encode(institution);
    }

    public String verifyPage(String certificateId) {
        return base + "/verify/" + certificateId;
    }

    public String achievement(String item, int version) {
        return base + "/catalogue/items/" + encode(item) + "?version=" + version;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
