package org.microdegree.shared;

import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Where this installation is reached, as certificates name it (did:web identifiers, status lists,
 * verification links, e-mailed links): the configured {@code MICRODEGREE_PUBLIC_URL}, else the
 * loopback address on the port actually served, so that a demo on another port names itself.
 */
public record PublicUrl(String base, boolean configured) {

    public PublicUrl {
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the public URL '" + base + "' is not a URL: " + e.getReason());
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
            throw new IllegalArgumentException("the public URL '" + base + "' must be an http:// or https:// URL with a host");
        }
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The configured URL if there is one, else {@code http://localhost:PORT}. */
    public static PublicUrl of(@Nullable String configured, int port) {
        if (configured != null && !configured.isBlank()) {
            return new PublicUrl(configured.strip(), true);
        }
        return new PublicUrl("http://localhost:" + port, false);
    }
}
