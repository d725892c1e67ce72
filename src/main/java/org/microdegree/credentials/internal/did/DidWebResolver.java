package org.microdegree.credentials.internal.did;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;
import org.microdegree.credentials.internal.proof.Ed25519;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Another issuer's did:web, resolved as the did:web method specifies: {@code did:web:host%3Aport:path}
 * is {@code https://host:port/path/did.json} ({@code /.well-known/did.json} without a path). Only
 * HTTPS, a short timeout, at most 100 KB, no redirects; documents are kept ten minutes (a failure one
 * minute) for up to 1,000 DIDs. A host that resolves to a loopback, private or link-local address is
 * not asked (a public verifier must not be turned against the network it runs in) unless
 * {@code microdegree.did-web.allow-private-hosts} says so, as tests do.
 */
@Component
public class DidWebResolver {

    /** An Ed25519 key of an assertion method, and when the document says it ends (null: it does not). */
    public record ResolvedKey(PublicKey key, @Nullable Instant expires) {}

    private static final Logger log = LoggerFactory.getLogger(DidWebResolver.class);
    private static final int MAX_BYTES = 100_000;
    private static final int MAX_ENTRIES = 1_000;
    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final Duration KEEP_FAILURE = Duration.ofMinutes(1);

    private record Cached(@Nullable JsonObject document, Instant until) {}

    private final Map<String, Cached> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private final HttpClient http;
    private final Duration timeout;
    private final boolean allowPrivateHosts;
    private final Clock clock;

    public DidWebResolver(@Value("${microdegree.did-web.timeout:5s}") Duration timeout,
            @Value("${microdegree.did-web.allow-private-hosts:false}") boolean allowPrivateHosts,
            @Value("${microdegree.did-web.trust-store:}") String trustStore,
            @Value("${microdegree.did-web.trust-store-password:}") String trustStorePassword, Clock clock) {
        this.timeout = timeout;
        this.allowPrivateHosts = allowPrivateHosts;
        this.clock = clock;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER);
        if (!trustStore.isBlank()) {
            builder.sslContext(sslContext(Path.of(trustStore), trustStorePassword.toCharArray()));
        }
        this.http = builder.build();
    }

    /** The key a verification method ({@code did:web:...#fragment}) names, if its document lists it for assertions. */
    public Optional<ResolvedKey> key(String method) {
        int hash = method.indexOf('#');
        if (!method.startsWith("did:web:") || hash < 0) {
            return Optional.empty();
        }
        String did = method.substring(0, hash);
        JsonObject document = document(did);
        if (document == null) {
            return Optional.empty();
        }
        String fragment = method.substring(hash);
        if (!listed(document.get("assertionMethod"), method, fragment)) {
            return Optional.empty();
        }
        for (JsonObject candidate : methods(document)) {
            String id = candidate.getString("id", "");
            if ((id.equals(method) || id.equals(fragment)) && !candidate.containsKey("revoked")
                    && candidate.get("publicKeyMultibase") instanceof JsonString multibase) {
                return Ed25519.fromMultikey(multibase.getString()).map(k -> new ResolvedKey(k, instant(candidate.get("expires"))));
            }
        }
        return Optional.empty();
    }

    private static Iterable<JsonObject> methods(JsonObject document) {
        List<JsonObject> out = new ArrayList<>();
        if (document.get("verificationMethod") instanceof JsonArray list) {
            list.forEach(v -> {
                if (v instanceof JsonObject o) {
                    out.add(o);
                }
            });
        }
        if (document.get("assertionMethod") instanceof JsonArray list) {
            list.forEach(v -> {
                if (v instanceof JsonObject o) {
                    out.add(o);
                }
            });
        }
        return out;
    }

    private static boolean listed(@Nullable JsonValue assertion, String method, String fragment) {
        if (!(assertion instanceof JsonArray list)) {
            return false;
        }
        return list.stream().anyMatch(v -> v instanceof JsonString s && (s.getString().equals(method) || s.getString().equals(fragment))
                || v instanceof JsonObject o && (method.equals(o.getString("id", "")) || fragment.equals(o.getString("id", ""))));
    }

    private synchronized @Nullable Cached cached(String did, Instant now) {
        Cached e = cache.get(did);
        return e != null && e.until().isAfter(now) ? e : null;
    }

    private synchronized void keep(String did, @Nullable JsonObject document, Instant now) {
        cache.put(did, new Cached(document, now.plus(document == null ? KEEP_FAILURE : KEEP)));
    }

    private @Nullable JsonObject document(String did) {
        Instant now = clock.instant();
        Cached hit = cached(did, now);
        if (hit != null) {
            return hit.document();
        }
        JsonObject document = null;
        try {
            document = fetch(did);
        } catch (IOException | RuntimeException e) {
            log.info("the DID document of {} could not be resolved: {}", did, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        keep(did, document, now);
        return document;
    }

    private @Nullable JsonObject fetch(String did) throws IOException, InterruptedException {
        URI url = url(did);
        if (!allowPrivateHosts && privateHost(url.getHost())) {
            throw new IOException("the host " + url.getHost() + " is in a private network: not asked");
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "application/did+json, application/json").GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " from " + url);
            }
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("the document at " + url + " is larger than " + MAX_BYTES + " bytes");
            }
            JsonObject document;
            try (var reader = Json.createReader(new ByteArrayInputStream(bytes))) {
                document = reader.readObject();
            }
            if (!did.equals(document.getString("id", ""))) {
                throw new IOException("the document at " + url + " is not that of " + did);
            }
            return document;
        } catch (JsonException e) {
            throw new IOException("the document at " + url + " is not a JSON object");
        }
    }

    /** did:web:example.com%3A8443:u:alice -> https://example.com:8443/u/alice/did.json */
    static URI url(String did) {
        String[] parts = did.substring("did:web:".length()).split(":");
        String host = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        if (host.isBlank() || host.contains("/") || host.contains("@")) {
            throw new IllegalArgumentException("not a did:web host: " + parts[0]);
        }
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            path.append('/').append(URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
        }
        return URI.create("https://" + host + (path.isEmpty() ? "/.well-known" : path) + "/did.json");
    }

    private static boolean privateHost(@Nullable String host) throws UnknownHostException {
        if (host == null) {
            return true;
        }
        for (InetAddress a : InetAddress.getAllByName(host)) {
            if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                    || a.isMulticastAddress() || a.getAddress().length == 16 && (a.getAddress()[0] & 0xfe) == 0xfc) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Instant instant(@Nullable JsonValue value) {
        if (value instanceof JsonString s) {
            try {
                return OffsetDateTime.parse(s.getString()).toInstant();
            } catch (DateTimeParseException e) {
                return Instant.MIN; // an end that cannot be read: ended
            }
        }
        return null;
    }

    private static SSLContext sslContext(Path store, char[] password) {
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keys);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("microdegree.did-web.trust-store " + store + " could not be read: " + e.getMessage(), e);
        }
    }
}
