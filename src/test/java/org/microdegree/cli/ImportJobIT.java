package org.microdegree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microdegree.TestDatabase;

/**
 * An exam office's whole term (300 learners of the generated LUH installation) imported as a job:
 * the data, then one audit-and-award step over the learners it touched, with no event per learner.
 * Without the key password the job stops with its reason and waits; {@code jobs restart} issues
 * the certificates once the password is set, each exactly once.
 */
class ImportJobIT {

    private static final String PASSWORD = "import-job-key-password";

    @TempDir static Path shared;
    private static Path bundle;
    @TempDir Path dir;
    private Path data;

    @BeforeAll
    static void aGeneratedTermOfThreeHundredLearners() {
        // the commands run on a data directory's H2 file whatever the build's database: the PostgreSQL run adds nothing
        Assumptions.assumeFalse(TestDatabase.postgres(), "CLI on the H2 file of a data directory: run in the H2 phase");
        bundle = shared.resolve("luh-300.zip");
        InProcess.Run generated = InProcess.run("generate", "--preset", "luh", "--learners", "300", "--seed", "11", "--out", bundle.toString());
        assertThat(generated.exit()).as(generated.err()).isZero();
    }

    @BeforeEach
    void aNewDataDirectory() {
        System.clearProperty("microdegree.keys.password");
        data = dir.resolve("data");
    }

    @AfterEach
    void forgetThePassword() {
        System.clearProperty("microdegree.keys.password");
    }

    @Test
    void withoutTheKeyPasswordTheJobStopsWithItsReasonAndARestartIssuesEveryCertificateOnce() throws Exception {
        // the registrar has not set the key password: the data is imported, the audit records what was met, nothing is signed
        InProcess.Run imported = InProcess.run("import", bundle.toString(), "--data", data.toString());
        assertThat(imported.exit()).as(imported.out() + imported.err()).isEqualTo(1);
        assertThat(imported.err()).contains("set MICRODEGREE_KEY_PASSWORD").containsPattern("jobs restart \\d+").doesNotContain("Exception");
        long job = jobId(imported.err());
        assertThat(count("select count(*) from learners_learner")).isEqualTo(300);
        assertThat(count("select count(*) from certificate")).isZero();
        assertThat(count("select count(*) from event_publication")).as("nothing left to retry at every start").isZero();

        InProcess.Run listed = InProcess.run("jobs", "list", "--data", data.toString());
        assertThat(listed.out()).containsPattern(job + "\\s+import\\s+failed").contains("set MICRODEGREE_KEY_PASSWORD");

        // with the password, the job goes on where it stopped
        System.setProperty("microdegree.keys.password", PASSWORD);
        InProcess.Run restarted = InProcess.run("jobs", "restart", String.valueOf(job), "--data", data.toString());
        assertThat(restarted.exit()).as(restarted.err()).isZero();
        assertThat(restarted.out()).containsPattern("job \\d+ \\(import, the restart of job " + job + "\\) completed").contains("300 learners audited");
        long met = count("select count(*) from audit_requirements_met");
        long jointWaiting = count("select count(*) from audit_requirements_met m where not exists (select 1 from certificate c"
                + " where c.learner_id = m.learner_id and c.item_id = m.item_id and c.item_version = m.item_version)");
        assertThat(met).isPositive();
        assertThat(count("select count(*) from certificate")).isEqualTo(met - jointWaiting)
                .isEqualTo(count("select count(distinct award_key) from certificate"));
        assertThat(restarted.out()).contains("issued " + (met - jointWaiting) + " certificate(s)");
        assertThat(count("select count(*) from event_publication")).isZero();

        // a completed job is not run again; award --all finds nothing left but the joint awards waiting for partners
        InProcess.Run again = InProcess.run("jobs", "restart", String.valueOf(job), "--data", data.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("was restarted before as job");
        InProcess.Run award = InProcess.run("award", "--all", "--data", data.toString());
        assertThat(award.exit()).as(award.err()).isZero();
        assertThat(award.out()).contains("issued 0 certificate(s)").contains(jointWaiting + " awaiting partners' approval");
        InProcess.Run shown = InProcess.run("jobs", "show", String.valueOf(job), "--data", data.toString());
        assertThat(shown.out()).contains("import-data", "audit-and-award-learners:partition0", "learners.csv: 300 learners: 300 new");
    }

    @Test
    void aSecondImportOfTheSameTermChangesNothingAndIssuesNothing() throws Exception {
        System.setProperty("microdegree.keys.password", PASSWORD);
        InProcess.Run first = InProcess.run("import", bundle.toString(), "--data", data.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        long certificates = count("select count(*) from certificate");
        assertThat(certificates).isPositive();
        InProcess.Run again = InProcess.run("import", bundle.toString(), "--data", data.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("300 learners: 0 new, 0 changed, 300 unchanged").contains("0 learners audited; issued 0 certificate(s)");
        assertThat(count("select count(*) from certificate")).isEqualTo(certificates);
    }

    @Test
    void theImportedTermIsBackedUpAndRestoredIntoANewDataDirectory() throws Exception {
        System.setProperty("microdegree.keys.password", PASSWORD);
        assertThat(InProcess.run("import", bundle.toString(), "--data", data.toString()).exit()).isZero();
        long certificates = count("select count(*) from certificate");
        Path archive = dir.resolve("term.zip");
        InProcess.Run backup = InProcess.run("backup", "--out", archive.toString(), "--data", data.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).containsPattern("wrote .*term.zip: \\d+ tables, \\d+ rows");
        assertThat(InProcess.run("backup", "--out", archive.toString(), "--data", data.toString()).err()).contains("exists; name a new file");

        Path copy = dir.resolve("copy");
        InProcess.Run restore = InProcess.run("restore", archive.toString(), "--data", copy.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        data = copy;
        assertThat(count("select count(*) from certificate")).isEqualTo(certificates);
        InProcess.Run again = InProcess.run("restore", archive.toString(), "--data", copy.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("restore into a new, empty database").doesNotContain("Exception");
        Path text = Files.writeString(dir.resolve("not-a-backup.zip"), "hello");
        InProcess.Run refused = InProcess.run("restore", text.toString(), "--data", dir.resolve("third").toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("not-a-backup.zip").doesNotContain("Exception");
    }

    private static long jobId(String text) {
        Matcher m = Pattern.compile("jobs restart (\\d+)").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long count(String sql) throws Exception {
        return new DataDirectory(data).count(sql);
    }
}
