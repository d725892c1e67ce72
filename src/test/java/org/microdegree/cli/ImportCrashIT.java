package org.microdegree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microdegree.MicrodegreeApplication;

/**
 * A term of 1,500 generated LUH learners is imported; the import is killed (SIGKILL) while its
 * audit-and-award step issues certificates. {@code jobs restart} goes on from the last committed
 * chunk: afterwards every met credential holds exactly one certificate (joint programmes wait for
 * their partners), and no event is left behind. Runs on the H2 file database of a data directory.
 */
class ImportCrashIT {

    private static final String PASSWORD = "import-crash-key-password";

    @TempDir
    Path dir;

    @Test
    void killedDuringItsAwardStepTheImportIsRestartedAndIssuesEachCertificateExactlyOnce() throws Exception {
        Path bundle = dir.resolve("luh-1500.zip");
        Path data = dir.resolve("data");
        assertThat(InProcess.run("generate", "--preset", "luh", "--learners", "1500", "--seed", "3", "--out", bundle.toString()).exit()).isZero();

        Process importing = cli("import", bundle.toString(), "--data", data.toString());
        Path lock = data.resolve("microdegree.lock.db");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (!Files.exists(lock) && importing.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        int before = 0;
        while (importing.isAlive() && Instant.now().isBefore(deadline) && (before = count(data, "select count(*) from certificate")) < 300) {
            Thread.sleep(100);
        }
        if (!importing.isAlive()) {
            throw new AssertionError("the import ended before it was killed (" + before + " certificates): "
                    + new String(importing.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        importing.destroyForcibly();   // SIGKILL: no shutdown hook; the job stays "running" in the repository
        assertThat(importing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        int afterKill = count(data, "select count(*) from certificate");
        assertThat(afterKill).isPositive();
        awaitUnlocked(data);

        InProcess.Run listed = InProcess.run("jobs", "list", "--data", data.toString());
        Matcher running = Pattern.compile("(\\d+)\\s+import\\s+started").matcher(listed.out());
        assertThat(running.find()).as(listed.out()).isTrue();
        System.setProperty("microdegree.keys.password", PASSWORD);
        try {
            // the dead job has not moved for a while; --quiet 0 says it is dead now
            InProcess.Run restarted = InProcess.run("jobs", "restart", running.group(1), "--quiet", "0", "--data", data.toString());
            assertThat(restarted.exit()).as(restarted.out() + restarted.err()).isZero();
            assertThat(restarted.out()).contains("(import, the restart of job " + running.group(1) + ") completed");
        } finally {
            System.clearProperty("microdegree.keys.password");
        }
        int met = count(data, "select count(*) from audit_requirements_met");
        int waiting = count(data, "select count(*) from audit_requirements_met m where not exists (select 1 from certificate c"
                + " where c.learner_id = m.learner_id and c.item_id = m.item_id and c.item_version = m.item_version)");
        int certificates = count(data, "select count(*) from certificate");
        assertThat(certificates).isGreaterThan(afterKill).isEqualTo(met - waiting)
                .isEqualTo(count(data, "select count(distinct award_key) from certificate"));
        assertThat(waiting).as("only joint programmes wait: for their partners' approval")
                .isEqualTo(count(data, "select count(*) from audit_requirements_met m where m.item_kind = 'micro-degree' and not exists"
                        + " (select 1 from certificate c where c.learner_id = m.learner_id and c.item_id = m.item_id)"));
        assertThat(count(data, "select count(*) from event_publication")).isZero();
    }

    private static void awaitUnlocked(Path data) throws InterruptedException {
        Path lock = data.resolve("microdegree.lock.db");
        Instant until = Instant.now().plusSeconds(30);
        while (Files.exists(lock) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        Thread.sleep(1500);
    }

    private static int count(Path data, String sql) throws Exception {
        System.setProperty("h2.bindAddress", "127.0.0.1");
        if (!Files.exists(data.resolve(".db-secret"))) {
            return 0;
        }
        String secret = Files.readString(data.resolve(".db-secret")).strip();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("microdegree")
                + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "microdegree", secret);
             ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            return 0;   // the tables are not there yet
        }
    }

    /** The real command in its own JVM, so that it can be killed. */
    private static Process cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MicrodegreeApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE);
        pb.environment().put("MICRODEGREE_KEY_PASSWORD", PASSWORD);
        pb.environment().remove("MICRODEGREE_DB_URL");
        return pb.start();
    }
}
