package org.microdegree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microdegree.TestDatabase;

/**
 * A term of 2,000 generated LUH learners (about 8,800 certificates) is imported; the import is killed (SIGKILL) while its
 * audit-and-award step issues certificates. {@code jobs restart} goes on from the last committed
 * chunk: afterwards every met credential holds exactly one certificate (joint programmes wait for
 * their partners), and no event is left behind. Runs on the H2 file database of a data directory.
 */
class ImportCrashIT {

    private static final String PASSWORD = "import-crash-key-password";

    @TempDir Path dir;

    @Test
    void killedDuringItsAwardStepTheImportIsRestartedAndIssuesEachCertificateExactlyOnce() throws Exception {
        // the commands run on a data directory's H2 file whatever the build's database: the PostgreSQL run adds nothing
        Assumptions.assumeFalse(TestDatabase.postgres(), "CLI on the H2 file of a data directory: run in the H2 phase");
        // enough learners that the award step still runs a second after its first certificates
        Path bundle = dir.resolve("luh-2000.zip");
        Path data = dir.resolve("data");
        assertThat(InProcess.run("generate", "--preset", "luh", "--learners", "2000", "--seed", "3", "--out", bundle.toString()).exit()).isZero();

        DataDirectory db = new DataDirectory(data);
        Process importing = DataDirectory.command(PASSWORD, "import", bundle.toString(), "--data", data.toString());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        db.awaitOpenedBy(importing, deadline);
        long before = 0;
        while (importing.isAlive() && Instant.now().isBefore(deadline) && (before = db.count("select count(*) from certificate")) < 200) {
            Thread.sleep(100);
        }
        // certificates are stored a hundred per transaction, and H2 writes committed work to its file
        // within half a second: a moment later the first are on disk, and the kill finds some kept
        Thread.sleep(1_000);
        if (!importing.isAlive()) {
            throw new AssertionError("the import ended before it was killed (" + before + " certificates): "
                    + new String(importing.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        importing.destroyForcibly(); // SIGKILL: no shutdown hook; the job stays "running" in the repository
        assertThat(importing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long afterKill = db.count("select count(*) from certificate");
        assertThat(afterKill).isPositive();
        db.awaitUnlocked();

        InProcess.Run listed = InProcess.run("jobs", "list", "--data", data.toString());
        Matcher running = Pattern.compile("(\\d+)\\s+import\\s+started").matcher(listed.out());
        assertThat(running.find()).as(listed.out()).isTrue();
        System.setProperty("microdegree.keys.password", PASSWORD);
        try {
            // the dead job has not moved for a while; --quiet 0 says it is dead now
            InProcess.Run restarted = InProcess.run("jobs", "restart", running.group(1), "--quiet", "0", "--data", data.toString());
            assertThat(restarted.exit()).as(() -> restarted.out() + restarted.err() + db.failedSteps()).isZero();
            assertThat(restarted.out()).contains("(import, the restart of job " + running.group(1) + ") completed");
        } finally {
            System.clearProperty("microdegree.keys.password");
        }
        long met = db.count("select count(*) from audit_requirements_met");
        long waiting = db.count("select count(*) from audit_requirements_met m where not exists (select 1 from certificate c"
                + " where c.learner_id = m.learner_id and c.item_id = m.item_id and c.item_version = m.item_version)");
        long certificates = db.count("select count(*) from certificate");
        assertThat(certificates).isGreaterThan(afterKill).isEqualTo(met - waiting)
                .isEqualTo(db.count("select count(distinct award_key) from certificate"));
        assertThat(waiting).as("only joint programmes wait: for their partners' approval")
                .isEqualTo(db.count("select count(*) from audit_requirements_met m where m.item_kind = 'micro-degree' and not exists"
                        + " (select 1 from certificate c where c.learner_id = m.learner_id and c.item_id = m.item_id)"));
        assertThat(db.count("select count(*) from event_publication")).isZero();
    }

    @Test
    void killedWhileWritingItsResultsTheImportIsRestartedAndWritesEachResultOnce() throws Exception {
        Assumptions.assumeFalse(TestDatabase.postgres(), "CLI on the H2 file of a data directory: run in the H2 phase");
        Path bundle = dir.resolve("luh-1500.zip");
        Path data = dir.resolve("data");
        InProcess.Run generated = InProcess.run("generate", "--preset", "luh", "--learners", "1500", "--seed", "5", "--out", bundle.toString());
        assertThat(generated.exit()).isZero();
        Matcher said = Pattern.compile("(\\d+) results").matcher(generated.out());
        assertThat(said.find()).as(generated.out()).isTrue();
        long results = Long.parseLong(said.group(1));

        DataDirectory db = new DataDirectory(data);
        // 5,000 results per chunk (50,000 by default; about 50,000 results in all), so that it is caught between two chunks;
        // results are written fast (some 15,000 a second): fewer would leave no time between chunks to kill it in
        Process importing = DataDirectory.command(PASSWORD, List.of("-Dmicrodegree.jobs.result-chunk=5000"), "import", bundle.toString(),
                "--data", data.toString());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        db.awaitOpenedBy(importing, deadline);
        long written = 0;
        // kill it after the first chunks, before the last
        while (importing.isAlive() && Instant.now().isBefore(deadline) && (written = db.count("select count(*) from learners_achievement")) < 15_000) {
            Thread.sleep(20);
        }
        importing.destroyForcibly();
        assertThat(importing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long afterKill = db.count("select count(*) from learners_achievement");
        assertThat(afterKill).as("killed while writing the results (%d written when seen)", written).isPositive().isLessThan(results);
        db.awaitUnlocked();

        Matcher running = Pattern.compile("(\\d+)\\s+import\\s+started").matcher(InProcess.run("jobs", "list", "--data", data.toString()).out());
        assertThat(running.find()).isTrue();
        System.setProperty("microdegree.keys.password", PASSWORD);
        try {
            InProcess.Run restarted = InProcess.run("jobs", "restart", running.group(1), "--quiet", "0", "--data", data.toString());
            assertThat(restarted.exit()).as(() -> restarted.out() + restarted.err() + db.failedSteps()).isZero();
        } finally {
            System.clearProperty("microdegree.keys.password");
        }
        assertThat(db.count("select count(*) from learners_achievement")).isEqualTo(results);
        long met = db.count("select count(*) from audit_requirements_met");
        long waiting = db.count("select count(*) from audit_requirements_met m where not exists (select 1 from certificate c"
                + " where c.learner_id = m.learner_id and c.item_id = m.item_id and c.item_version = m.item_version)");
        assertThat(met).isPositive();
        assertThat(db.count("select count(*) from certificate")).isEqualTo(met - waiting)
                .isEqualTo(db.count("select count(distinct award_key) from certificate"));
    }
}
