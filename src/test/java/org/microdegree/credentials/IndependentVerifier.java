package org.microdegree.credentials;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Digital Bazaar's JavaScript VC and Data Integrity libraries, run with Node: an implementation of
 * eddsa-rdfc-2022 and Bitstring Status List that shares no code with ours. Installed with
 * {@code npm ci} from the lock file on first use; it runs offline, with its own packages' contexts.
 */
public final class IndependentVerifier {

    public record Result(int exit, String output) {
        public boolean verified() {
            return exit == 0;
        }
    }

    private static final Path SOURCE = Path.of("src/test/node/vc-verifier");
    static final Path HOME = Path.of("target/vc-verifier");
    private static volatile boolean installed;

    private IndependentVerifier() {
    }

    public static Result verify(String credential, Map<String, Object> documents) throws IOException, InterruptedException {
        install();
        JsonMapper json = JsonMapper.builder().build();
        Object vc = json.readValue(credential, Object.class);
        Path input = Files.createTempFile(HOME, "input-", ".json");
        Files.writeString(input, json.writeValueAsString(Map.of("credential", vc, "documents", documents)));
        return run(List.of("node", "verify.mjs", HOME.relativize(input).toString()), 120);
    }

    static synchronized void install() throws IOException, InterruptedException {
        if (installed) {
            return;
        }
        Files.createDirectories(HOME);
        // test JVMs run side by side: one installs, the others wait for it
        try (FileChannel lock = FileChannel.open(HOME.resolveSibling("vc-verifier.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = lock.lock()) {
            installLocked();
        }
        installed = true;
    }

    private static void installLocked() throws IOException, InterruptedException {
        for (String f : List.of("package.json", "package-lock.json", "verify.mjs", "wallet.mjs")) {
            Files.copy(SOURCE.resolve(f), HOME.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(HOME.resolve("node_modules/@digitalbazaar/vc")) || !Files.isDirectory(HOME.resolve("node_modules/@sphereon/oid4vci-client"))) {
            Result npm = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 600);
            if (npm.exit() != 0) {
                throw new IllegalStateException("npm ci failed (" + npm.exit() + "): " + npm.output());
            }
        }
    }

    static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in " + timeoutSeconds + " s");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }
}
