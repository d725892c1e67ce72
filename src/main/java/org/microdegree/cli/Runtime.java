package org.microdegree.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.microdegree.shared.DatabaseGuard;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application for a command: the web server, or a quiet context without one. */
final class Runtime {

    /** Set by the entry point: the cli module does not depend on the application class. */
    static Class<?> application = Object.class;

    private Runtime() {
    }

    static ConfigurableApplicationContext start(Path dataDir, boolean web, Map<String, Object> extra, List<String> profiles) {
        Map<String, Object> props = new HashMap<>(database(dataDir, profiles.contains("prod")));
        if (!web) {
            // standard output carries the command's result (an export may go to a pipe): no log lines there
            props.put("logging.threshold.console", "off");
            props.put("spring.main.log-startup-info", "false");
            // a command does its own work: events left unfinished by others are the server's to resume, not every command's
            props.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
            // a command needs a few of the beans a server needs: each is made when first asked for
            // (a second of every command's start-up on two cores; docs/benchmarks.md)
            props.put("spring.main.lazy-initialization", "true");
        }
        if (web) {
            // a server takes part in the jobs other instances on its database run (docs/jobs.md)
            props.put("microdegree.jobs.help-others", "true");
        }
        props.putAll(extra);
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        app.setDefaultProperties(props);
        app.setAdditionalProfiles(profiles.toArray(String[]::new));
        return app.run();
    }

    /**
     * PostgreSQL when MICRODEGREE_DB_URL is set; otherwise an H2 file under the data directory,
     * in AUTO_SERVER mode so that CLI commands work while a server runs on the same data. Its TCP
     * port listens on loopback only, and the password is a random secret kept beside the data.
     */
    static Map<String, Object> database(Path dataDir, boolean production) {
        String url = System.getenv("MICRODEGREE_DB_URL");
        if (production) {
            try {
                DatabaseGuard.requireProductionDatabase(url);
            } catch (IllegalStateException e) {
                throw new UsageException(e.getMessage());
            }
        }
        Map<String, Object> props = new HashMap<>();
        if (url != null && !url.isBlank()) {
            props.put("spring.datasource.url", url);
            props.put("spring.datasource.username", envOr("MICRODEGREE_DB_USER", ""));
            props.put("spring.datasource.password", envOr("MICRODEGREE_DB_PASSWORD", ""));
            return props;
        }
        System.setProperty("h2.bindAddress", "127.0.0.1");
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UsageException("cannot create the data directory " + dir + ": " + e.getMessage());
        }
        // H2 gives up waiting for a lock after 1 s (PostgreSQL waits): a job's partitions on two busy
        // cores waited longer than that now and then, and the job stopped "did not answer in time"
        props.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("microdegree")
                + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=262144;QUERY_CACHE_SIZE=64"
                + ";LOCK_TIMEOUT=30000");
        props.put("spring.datasource.username", "microdegree");
        props.put("spring.datasource.password", secret(dir.resolve(".db-secret")));
        return props;
    }

    private static String secret(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            String secret = HexFormat.of().formatHex(bytes);
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            // on a non-POSIX file system the directory's own permissions apply
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    /** Runs {@code work} with the application started (without a web server) on the data directory, and stops it after. */
    static void inContext(DataOptions data, Consumer<ConfigurableApplicationContext> work) {
        try (ConfigurableApplicationContext ctx = start(data.data, false, Map.of(), List.of())) {
            work.accept(ctx);
        }
    }
}
