package org.microdegree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microdegree.catalog.Fixtures;

/**
 * 12,000 learners met the Machine Learning micro-credential. {@code award --all} is killed
 * (SIGKILL) while it issues their certificates; after a second run there are exactly 12,000, one
 * per learner. Runs on the H2 file database a user's data directory holds.
 */
class AwardCrashIT {

    private static final int LEARNERS = 12_000;
    private static final String PASSWORD = "crash-test-key-password";

    @TempDir Path dir;
    private Path data;

    @BeforeEach
    void threeThousandLearnersMetAMicroCredential() throws Exception {
        System.setProperty("microdegree.keys.password", PASSWORD);
        data = dir.resolve("data");
        Path example = dir.resolve("example.yaml");
        Files.write(example, Fixtures.workedExampleYaml());
        assertThat(inProcess("import", example.toString(), "--data", data.toString())).isZero();
        StringBuilder csv = new StringBuilder("institution;student_number;name;email;status\n");
        for (int i = 0; i < LEARNERS; i++) {
            csv.append("luh;ML-").append(i).append(";Learner ").append(i).append(";l").append(i).append("@luh.example;student\n");
        }
        Path learners = dir.resolve("learners.csv");
        Files.writeString(learners, csv);
        assertThat(inProcess("learners", "import", learners.toString(), "--data", data.toString())).isZero();
        // what the audit records when each of them passes (the audit itself is tested elsewhere)
        try (Connection db = connect();
                PreparedStatement insert = db.prepareStatement(
                        "insert into audit_requirements_met (learner_id, item_kind, item_id, item_version, met_on, recorded_at, institution_id)"
                                + " select id, 'micro-credential', 'luh:mc-machine-learning', 1, date '2026-09-30', current_timestamp, 'luh' from learners_learner")) {
            assertThat(insert.executeUpdate()).isEqualTo(LEARNERS);
        }
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty("microdegree.keys.password");
    }

    @Test
    void killedMidwayAndRunAgainItIssuesExactlyOneCertificatePerLearner() throws Exception {
        awaitUnlocked();
        Process award = cli("award", "--all", "--data", data.toString());
        // the award process must own the database file before this one looks in (through its server):
        // had this JVM opened the file first, the other could not
        new DataDirectory(data).awaitOpenedBy(award, Instant.now().plus(Duration.ofMinutes(2)));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        int before;
        while ((before = certificates()) < 500 && award.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        // certificates are stored a hundred per transaction, a slice of 2,000 at once, and H2 writes
        // committed work to its file within half a second: a moment later the first are on disk
        Thread.sleep(1_000);
        if (!award.isAlive()) {
            throw new AssertionError("award --all ended before it was killed (" + before + " certificates): "
                    + new String(award.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        award.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback but the database's own
        assertThat(award.waitFor(60, TimeUnit.SECONDS)).isTrue();
        int afterKill = certificates();
        // H2 writes committed work to its file within half a second: the last moments before a
        // SIGKILL may be lost, never half a certificate
        assertThat(afterKill).isBetween(1, LEARNERS - 1);

        awaitUnlocked(); // this JVM counted with the file open: let it go first
        Process again = cli("award", "--all", "--data", data.toString());
        assertThat(again.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String out = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.exitValue()).as(out).isZero();
        assertThat(out).contains("issued " + (LEARNERS - afterKill) + " certificate(s)");

        try (Connection db = connect();
                ResultSet rs = db.createStatement().executeQuery(
                        "select count(*), count(distinct award_key), count(distinct learner_id), count(distinct status_index) from certificate")) {
            rs.next();
            assertThat(List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).containsOnly(LEARNERS);
        }
    }

    private int certificates() throws Exception {
        return (int) new DataDirectory(data).count("select count(*) from certificate");
    }

    private Connection connect() throws Exception {
        return new DataDirectory(data).connect();
    }

    private void awaitUnlocked() throws InterruptedException {
        new DataDirectory(data).awaitUnlocked();
    }

    private Process cli(String... args) throws Exception {
        return DataDirectory.command(PASSWORD, args);
    }

    private int inProcess(String... args) {
        InProcess.Run run = InProcess.run(args);
        if (run.exit() != 0) {
            System.err.println(run.err());
        }
        return run.exit();
    }

}
