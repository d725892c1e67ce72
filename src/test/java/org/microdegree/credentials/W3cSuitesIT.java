package org.microdegree.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.TestDatabase;
import org.microdegree.accounts.Accounts;
import org.microdegree.accounts.TokenScope;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The W3C test suites run against this installation: vc-data-model-2.0-test-suite and
 * vc-di-eddsa-test-suite, unpacked at test time from {@code ../shared/conformance/w3c} (never copied
 * into the project; skipped with a message where absent), installed from the npm registry with
 * their two GitHub-only helpers packed locally, and pointed at the VC-API of a server on HTTPS (a
 * self-signed certificate made here, which Node trusts through NODE_EXTRA_CA_CERTS): did:web
 * resolves over HTTPS and the suites send the API token only to https endpoints. The pass counts
 * are printed and written to {@code target/w3c/}, with each failing test's title.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class W3cSuitesIT {

    private static final Path SHARED = Path.of("..", "shared", "conformance", "w3c");
    private static final Path WORK = Path.of("target", "w3c").toAbsolutePath();
    private static final int PORT = freePort();
    private static final boolean READY = Files.isDirectory(SHARED) && tls();

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        TestDatabase.properties("w3csuites").forEach((k, v) -> registry.add(k, () -> v));
        registry.add("server.port", () -> PORT);
        if (READY) {
            registry.add("server.ssl.key-store", () -> WORK.resolve("tls.p12").toUri().toString());
            registry.add("server.ssl.key-store-password", () -> "w3c-suites");
            registry.add("server.ssl.key-store-type", () -> "PKCS12");
            registry.add("microdegree.public-url", () -> "https://localhost:" + PORT);
        }
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired Accounts accounts;
    @Autowired Catalogue catalogue;
    @Autowired Urls urls;
    @Autowired VerifiableCredentials issuing;

    @Test
    void theW3cSuitesRunAgainstTheVcApi() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "skipped: the W3C test suites are not here (" + SHARED.toAbsolutePath()
                + "); they come with the project's shared conformance material");
        Assumptions.assumeTrue(READY, "skipped: no TLS certificate could be made for the test server (keytool)");
        Assumptions.assumeTrue(run(WORK, List.of("npm", "--version"), Map.of(), 60) == 0, "skipped: npm is not installed");
        EmptyDatabase.clear(jdbc);
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        var admin = accounts.create("w3c-suites@luh.example", "Conformance Suites", null, Set.of(Grant.of(Role.ADMIN, "luh")));
        String token = accounts.createToken(admin.id(), "W3C test suites", Set.of(TokenScope.READ, TokenScope.WRITE), Duration.ofDays(1)).secret();

        Path packs = WORK.resolve("packs");
        Path implementations = unpack("vc-test-suite-implementations");
        Path assertions = unpack("data-integrity-test-suite-assertion");
        Files.createDirectories(packs);
        String implementationsPack = pack(implementations, packs);
        String assertionPack = pack(assertions, packs);

        Counts dataModel = suite("vc-data-model-2.0-test-suite", localConfig(urls.did("luh"), token),
                Map.of("vc-test-suite-implementations", implementationsPack));
        // the eddsa suite resolves did:key only: LUH issues there under the did:key of its current key
        Counts eddsa = suite("vc-di-eddsa-test-suite", localConfig(issuing.didKey("luh"), token), Map.of("vc-test-suite-implementations", implementationsPack,
                "data-integrity-test-suite-assertion", assertionPack));
        System.out.println("W3C vc-data-model-2.0-test-suite: " + dataModel.passes() + " of " + dataModel.tests() + " pass");
        System.out.println("W3C vc-di-eddsa-test-suite: " + eddsa.passes() + " of " + eddsa.tests() + " pass");
        assertThat(dataModel.tests()).as("the data model suite ran").isPositive();
        assertThat(eddsa.tests()).as("the eddsa suite ran").isPositive();
        // what passes stays passing; the one data-model test left needs the verifier to fetch a related
        // resource from the web and compare its digest, which this installation does not do (docs/certificates.md)
        assertThat(dataModel.failures()).as("failing data-model tests").allSatisfy(f -> assertThat(f).contains("digest"));
        assertThat(dataModel.passes()).as("data-model tests passing").isGreaterThanOrEqualTo(58);
        assertThat(eddsa.failures()).as("failing eddsa tests").isEmpty();
    }

    record Counts(int tests, int passes, List<String> failures) {}

    private static String localConfig(String issuerDid, String token) {
        String base = "https://localhost:" + PORT;
        return """
                module.exports = {
                  settings: {enableInteropTests: false, testAllImplementations: false},
                  implementations: [{
                    name: 'microdegree', implementation: 'microdegree',
                    issuers: [{id: '%1$s', endpoint: '%2$s/credentials/issue', headers: {Authorization: 'Bearer %3$s'},
                      supports: {vc: ['1.1', '2.0']}, tags: ['vc2.0', 'eddsa-rdfc-2022', 'localhost']}],
                    verifiers: [{id: '%1$s', endpoint: '%2$s/credentials/verify', supports: {vc: ['1.1', '2.0']},
                      tags: ['vc2.0', 'eddsa-rdfc-2022', 'localhost']}],
                    vpVerifiers: [{id: '%1$s', endpoint: '%2$s/presentations/verify', supports: {vc: ['1.1', '2.0']},
                      tags: ['vc2.0', 'eddsa-rdfc-2022', 'localhost']}]
                  }]
                };
                """.formatted(issuerDid, base, token);
    }

    private Counts suite(String name, String config, Map<String, String> packed) throws Exception {
        Path dir = unpack(name);
        Path manifest = dir.resolve("package.json");
        String json = Files.readString(manifest);
        for (var p : packed.entrySet()) {
            json = json.replaceAll("\"" + p.getKey() + "\": \"github:[^\"]+\"", "\"" + p.getKey() + "\": \"file:" + p.getValue() + "\"");
        }
        Files.writeString(manifest, json);
        Files.writeString(dir.resolve("localConfig.cjs"), config);
        if (!Files.isDirectory(dir.resolve("node_modules"))) {
            assertThat(run(dir, List.of("npm", "install", "--omit=dev", "--no-audit", "--no-fund"), Map.of(), 600)).as("npm install " + name).isZero();
        }
        Path report = WORK.resolve(name + ".json");
        Files.deleteIfExists(report);
        run(dir, List.of("npx", "mocha", "tests/", "--no-package", "--preserve-symlinks", "--timeout", "15000",
                "--reporter", "json", "--reporter-option", "output=" + report),
                Map.of("APP_ROOT_PATH", dir.toString(),
                        "NODE_EXTRA_CA_CERTS", WORK.resolve("tls.pem").toString()),
                900);
        JsonNode result = new ObjectMapper().readTree(report.toFile());
        List<String> failures = new ArrayList<>();
        result.get("failures").forEach(f -> failures.add(f.get("fullTitle").asText() + " -- " + f.path("err").path("message").asText()));
        Files.write(WORK.resolve(name + "-failures.txt"), failures, StandardCharsets.UTF_8);
        return new Counts(result.get("stats").get("tests").asInt(), result.get("stats").get("passes").asInt(), failures);
    }

    /** A suite's source from the shared archive, in target/w3c/NAME/ (its inner folder). */
    private static Path unpack(String name) throws IOException, InterruptedException {
        Path into = WORK.resolve(name);
        if (!Files.isDirectory(into)) {
            Files.createDirectories(into);
            assertThat(run(into, List.of("tar", "-xzf", SHARED.resolve(name + ".tar.gz").toAbsolutePath().toString()), Map.of(), 120)).isZero();
        }
        Path inner = into.resolve(name);
        return Files.isDirectory(inner) ? inner : into;
    }

    private static String pack(Path dir, Path packs) throws IOException, InterruptedException {
        assertThat(run(dir, List.of("npm", "pack", "--pack-destination", packs.toString()), Map.of(), 120)).isZero();
        try (var files = Files.list(packs)) {
            String prefix = dir.getFileName().toString();
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow().toString();
        }
    }

    private static int run(Path dir, List<String> command, Map<String, String> env, int seconds) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve("run.log").toFile()));
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -2; // the command is not installed
        }
    }

    /** A self-signed certificate for localhost, as PKCS#12 for the server and PEM for Node. */
    private static boolean tls() {
        try {
            Files.createDirectories(WORK);
            Path store = WORK.resolve("tls.p12");
            Files.deleteIfExists(store);
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            int made = run(WORK, List.of(keytool, "-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-keystore", store.toString(),
                    "-storetype", "PKCS12", "-storepass", "w3c-suites"), Map.of(), 60);
            int exported = run(WORK, List.of(keytool, "-exportcert", "-rfc", "-alias", "localhost", "-keystore", store.toString(),
                    "-storetype", "PKCS12", "-storepass", "w3c-suites", "-file", WORK.resolve("tls.pem").toString()), Map.of(), 60);
            return made == 0 && exported == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
