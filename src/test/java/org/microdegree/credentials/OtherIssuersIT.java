package org.microdegree.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.credentials.internal.did.DidWebResolver;
import org.microdegree.credentials.internal.proof.DataIntegrity;
import org.microdegree.credentials.internal.proof.Ed25519;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An employer's verifier is handed a credential of TU Wien, whose DID document is served by TU
 * Wien's own web server (here: an HTTPS server beside the test, with a certificate the verifier is
 * told to trust). The VC-API verifier resolves its did:web over HTTPS, once, and accepts what TU Wien
 * signed; it refuses a changed credential, a key the document does not list for assertions, a
 * proof made after the key's end, and an issuer whose server does not answer. A host in a private
 * network is not asked at all unless the installation allows it (as this test must, on localhost).
 */
class OtherIssuersIT extends DatabaseIT {

    private static final Path WORK = Path.of("target", "other-issuers");
    private static final char[] PASSWORD = "other-issuers".toCharArray();
    private static HttpsServer tuWien;
    private static final Map<String, String> documents = new ConcurrentHashMap<>();
    private static final AtomicInteger fetched = new AtomicInteger();
    private static final boolean READY = certificates();

    @DynamicPropertySource
    static void trustTuWien(DynamicPropertyRegistry registry) {
        registry.add("microdegree.did-web.allow-private-hosts", () -> "true");
        registry.add("microdegree.did-web.trust-store", () -> WORK.resolve("trust.p12").toString());
        registry.add("microdegree.did-web.trust-store-password", () -> new String(PASSWORD));
        registry.add("microdegree.did-web.timeout", () -> "3s");
    }

    @Autowired Verification verification;
    @Autowired MockMvc mvc;

    private final KeyPair tuKey = Ed25519.generate();

    @BeforeAll
    static void tuWienServesItsDidDocuments() throws Exception {
        Assumptions.assumeTrue(READY, "skipped: no TLS certificate could be made for the test's HTTPS server (keytool)");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(WORK.resolve("server.p12"))) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        tuWien = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tuWien.setHttpsConfigurator(new HttpsConfigurator(tls));
        tuWien.createContext("/", exchange -> {
            fetched.incrementAndGet();
            String body = documents.get(exchange.getRequestURI().getPath());
            byte[] bytes = body == null ? "not found".getBytes(StandardCharsets.UTF_8) : body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", body == null ? "text/plain" : "application/did+json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        tuWien.start();
    }

    @AfterAll
    static void stop() {
        if (tuWien != null) {
            tuWien.stop(0);
        }
    }

    private static String did(String path) {
        return "did:web:localhost%3A" + tuWien.getAddress().getPort() + ":" + path.replace('/', ':');
    }

    /** TU Wien's DID document at /{path}/did.json: this key, listed for assertions unless told otherwise. */
    private void publish(String path, KeyPair key, boolean forAssertions, Instant expires) {
        String did = did(path);
        var method = Json.createObjectBuilder().add("id", did + "#key-1").add("type", "Multikey").add("controller", did)
                .add("publicKeyMultibase", Ed25519.multikey(key.getPublic()));
        if (expires != null) {
            method.add("expires", expires.toString());
        }
        var document = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/did/v1").add("https://w3id.org/security/multikey/v1"))
                .add("id", did).add("verificationMethod", Json.createArrayBuilder().add(method))
                .add("assertionMethod", forAssertions ? Json.createArrayBuilder().add(did + "#key-1") : Json.createArrayBuilder());
        documents.put("/" + path + "/did.json", document.build().toString());
    }

    private JsonObject signed(String path, KeyPair key, Instant created) throws Exception {
        String did = did(path);
        JsonObject vc = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
                .add("id", "urn:uuid:2b9e6b44-5a4c-4bdb-9f0c-6a1f1a0c0d01")
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .add("issuer", did).add("validFrom", "2026-07-01T00:00:00Z")
                .add("credentialSubject", Json.createObjectBuilder().add("id", "did:example:learner").add("name", "Sustainable Energy Systems, 6 ECTS"))
                .build();
        return DataIntegrity.asProofSet(DataIntegrity.BUNDLED.sign(vc, key.getPrivate(), did + "#key-1", created));
    }

    private Verification.Outcome verify(JsonObject vc) {
        return verification.verifyAnyIssuer(vc);
    }

    @Test
    void aCredentialOfTuWienVerifiesByItsDidWebAndTheDocumentIsFetchedOnce() throws Exception {
        publish("partners/tuwien", tuKey, true, null);
        JsonObject vc = signed("partners/tuwien", tuKey, Instant.now());
        int before = fetched.get();
        Verification.Outcome outcome = verify(vc);
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.valid()).isTrue();
        assertThat(verify(vc).valid()).isTrue();
        assertThat(fetched.get() - before).as("the document is kept, not fetched for every credential").isEqualTo(1);

        mvc.perform(post("/credentials/verify").contentType(MediaType.APPLICATION_JSON).content("{\"verifiableCredential\": " + vc + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.checks[0]").value("proof")).andExpect(jsonPath("$.errors").doesNotExist());

        JsonObject changed = Json.createObjectBuilder(vc).add("credentialSubject",
                Json.createObjectBuilder().add("id", "did:example:learner").add("name", "Sustainable Energy Systems, 60 ECTS")).build();
        assertThat(verify(changed).valid()).isFalse();
        assertThat(verification.verify(vc).valid()).as("the installation's own verifier (the /verify page) knows its institutions only").isFalse();
    }

    @Test
    void aKeyNotListedForAssertionsOrUsedAfterItsEndOrAServerThatDoesNotAnswerIsRefused() throws Exception {
        publish("partners/not-for-assertions", tuKey, false, null);
        assertThat(verify(signed("partners/not-for-assertions", tuKey, Instant.now())).valid()).isFalse();

        Instant end = Instant.now().minus(Duration.ofDays(1));
        publish("partners/rotated", tuKey, true, end);
        assertThat(verify(signed("partners/rotated", tuKey, end.minus(Duration.ofDays(30)))).valid()).as("signed before the end").isTrue();
        Verification.Outcome after = verify(signed("partners/rotated", tuKey, end.plus(Duration.ofHours(1))));
        assertThat(after.valid()).isFalse();
        assertThat(after.errors()).anySatisfy(e -> assertThat(e).contains("retired"));

        Verification.Outcome nobody = verify(signed("partners/gone", tuKey, Instant.now()));
        assertThat(nobody.valid()).isFalse();
        assertThat(nobody.errors()).anySatisfy(e -> assertThat(e).startsWith("issuer"));
    }

    @Test
    void aHostInAPrivateNetworkIsNotAskedUnlessAllowed() throws Exception {
        publish("partners/tuwien", tuKey, true, null);
        int before = fetched.get();
        DidWebResolver careful = new DidWebResolver(Duration.ofSeconds(2), false, WORK.resolve("trust.p12").toString(), new String(PASSWORD),
                Clock.systemUTC());
        assertThat(careful.key(did("partners/tuwien") + "#key-1")).isEmpty();
        assertThat(fetched.get()).as("not even asked").isEqualTo(before);
        DidWebResolver allowed = new DidWebResolver(Duration.ofSeconds(2), true, WORK.resolve("trust.p12").toString(), new String(PASSWORD),
                Clock.systemUTC());
        assertThat(allowed.key(did("partners/tuwien") + "#key-1")).isPresent();
    }

    /** A self-signed certificate for localhost (PKCS#12 for the server) and a trust store holding it (for the verifier). */
    private static boolean certificates() {
        try {
            Files.createDirectories(WORK);
            for (String f : List.of("server.p12", "trust.p12", "server.pem")) {
                Files.deleteIfExists(WORK.resolve(f));
            }
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            String password = new String(PASSWORD);
            return run(keytool, "-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                    "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-keystore", WORK.resolve("server.p12").toString(),
                    "-storetype", "PKCS12", "-storepass", password)
                    && run(keytool, "-exportcert", "-rfc", "-alias", "localhost", "-keystore", WORK.resolve("server.p12").toString(),
                            "-storetype", "PKCS12", "-storepass", password, "-file", WORK.resolve("server.pem").toString())
                    && run(keytool, "-importcert", "-noprompt", "-alias", "tuwien", "-file", WORK.resolve("server.pem").toString(),
                            "-keystore", WORK.resolve("trust.p12").toString(), "-storetype", "PKCS12", "-storepass", password);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
