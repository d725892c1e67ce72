package org.microdegree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microdegree.catalog.Fixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mia and Ben hold Machine Learning certificates. The registrar exports all certificates as a ZIP
 * whose VCs verify. Then the exam office finds the exam was graded from the wrong key, and the
 * registrar revokes both from a list: a list with mistakes is refused whole, each mistake named by
 * its line, nothing revoked; the corrected list revokes both as a job; the same list again changes
 * nothing.
 */
class CertificateJobsIT {

    @TempDir Path dir;
    private Path data;

    private InProcess.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        return InProcess.run(all.toArray(String[]::new));
    }

    @BeforeEach
    void miaAndBenPassMachineLearning() throws Exception {
        System.setProperty("microdegree.keys.password", "cli-test-key-password");
        data = dir.resolve("data");
        Path example = dir.resolve("example.yaml");
        Files.write(example, Fixtures.workedExampleYaml());
        assertThat(run("import", example.toString()).exit()).isZero();
        Path learners = Files.writeString(dir.resolve("learners.csv"), "institution;student_number;name;email;status\n"
                + "luh;10001;Mia Müller;mia@luh.example;student\nluh;10002;Ben Berger;ben@luh.example;student\n");
        Path enrol = Files.writeString(dir.resolve("enrol.csv"), "institution;student_number;kind;item\n"
                + "luh;10001;micro-credential;luh:mc-machine-learning\nluh;10002;micro-credential;luh:mc-machine-learning\n");
        Path results = Files.writeString(dir.resolve("results.csv"),
                "institution;student_number;item;date;scale;grade;credit_points;assessment;supervised;identity_verified;reference\n"
                        + "luh;10001;luh:mc-machine-learning;2025-02-14;de;1,7;5;written-exam;ja;ja;PA-2025-001\n"
                        + "luh;10002;luh:mc-machine-learning;2025-02-14;de;2,3;5;written-exam;ja;ja;PA-2025-002\n");
        assertThat(run("learners", "import", learners.toString()).exit()).isZero();
        assertThat(run("learners", "enrol", enrol.toString()).exit()).isZero();
        assertThat(run("achievements", "import", results.toString()).exit()).isZero();
    }

    @AfterEach
    void forgetPassword() {
        System.clearProperty("microdegree.keys.password");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> certificates() {
        InProcess.Run list = run("certificates", "list", "--format", "json");
        assertThat(list.exit()).isZero();
        return JsonMapper.builder().build().readValue(list.out(), List.class);
    }

    @Test
    void aListWithMistakesIsRefusedWholeAndTheCorrectedListRevokesBothOnce() throws Exception {
        List<Map<String, Object>> issued = certificates();
        assertThat(issued).hasSize(2).allSatisfy(c -> assertThat(c).containsEntry("status", "valid"));
        String mia = (String) issued.get(0).get("id");
        String ben = (String) issued.get(1).get("id");

        Path wrong = Files.writeString(dir.resolve("wrong.csv"), "certificate,reason\n"
                + mia + ",graded from the wrong answer key\n"
                + "no-such-certificate,graded from the wrong answer key\n"
                + ben + ",\n"
                + mia + ",listed again\n");
        InProcess.Run refused = run("certificates", "revoke", "--file", wrong.toString());
        assertThat(refused.exit()).as(refused.out() + refused.err()).isEqualTo(2);
        assertThat(refused.err()).contains(wrong + ":3", "no certificate no-such-certificate", wrong + ":4", "a revocation needs a reason",
                wrong + ":5", "listed before, on line 2").doesNotContain("Exception");
        assertThat(certificates()).allSatisfy(c -> assertThat(c).containsEntry("status", "valid"));

        Path list = Files.writeString(dir.resolve("revocations.csv"), "certificate;reason\n"
                + mia + ";graded from the wrong answer key\n" + ben + ";graded from the wrong answer key\n");
        InProcess.Run revoked = run("certificates", "revoke", "--file", list.toString());
        assertThat(revoked.exit()).as(revoked.out() + revoked.err()).isZero();
        assertThat(revoked.out()).contains("revoked 2 certificate(s); 0 revoked before");
        assertThat(certificates()).allSatisfy(c -> assertThat(c).containsEntry("status", "revoked")
                .containsEntry("revokedReason", "graded from the wrong answer key"));

        InProcess.Run again = run("certificates", "revoke", "--file", list.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("revoked 0 certificate(s); 2 revoked before");
        assertThat(run("jobs", "list").out()).contains("revoke");
    }

    @Test
    void everyCertificateIsExportedIntoAZipWhoseCredentialsVerify() throws Exception {
        Path zip = dir.resolve("certificates.zip");
        InProcess.Run export = run("certificates", "export-zip", "--out", zip.toString());
        assertThat(export.exit()).as(export.out() + export.err()).isZero();
        assertThat(export.out()).contains("wrote 2 certificate(s) to " + zip);
        assertThat(Files.exists(dir.resolve("certificates.zip.parts"))).as("the working folder is removed").isFalse();

        Map<String, byte[]> entries = new TreeMap<>();
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet()).hasSize(3).contains("certificates.csv");
        String index = new String(entries.get("certificates.csv"), StandardCharsets.UTF_8);
        assertThat(index.lines()).hasSize(3).first().isEqualTo("id,learner,kind,credential,version,title,status,issued");
        String first = entries.keySet().stream().filter(n -> n.endsWith(".json")).findFirst().orElseThrow();
        Path vc = Files.write(dir.resolve(first), entries.get(first));
        InProcess.Run verified = run("verify", vc.toString());
        assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();

        assertThat(run("certificates", "export-zip", "--out", dir.resolve("x.txt").toString()).exit()).isEqualTo(2);
        assertThat(run("certificates", "export-zip", "--out", zip.toString(), "--pdf", "fr").exit()).isEqualTo(2);
    }

    @Test
    void aCertificateAndAListAtOnceIsBadInput() throws Exception {
        Path list = Files.writeString(dir.resolve("revocations.csv"), "certificate,reason\n");
        assertThat(run("certificates", "revoke", "some-id", "--file", list.toString()).exit()).isEqualTo(2);
        InProcess.Run empty = run("certificates", "revoke", "--file", list.toString());
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("lists no certificate to revoke");
        Path headless = Files.writeString(dir.resolve("headless.csv"), "id,why\nx,y\n");
        assertThat(run("certificates", "revoke", "--file", headless.toString()).err()).contains("no column 'certificate'", "no column 'reason'");
    }
}
