package org.microdegree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microdegree.catalog.Fixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * A registrar at the command line: the exam office's results earn Mia her Machine Learning
 * certificate; she gets it as PDF and VC, anyone verifies both, one changed character or a
 * revocation makes them fail, and an unreadable file is bad input.
 */
class CertificatesCliIT {

    @TempDir Path dir;
    private Path data;

    private InProcess.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        return InProcess.run(all.toArray(String[]::new));
    }

    @BeforeEach
    void miaPassesMachineLearning() throws Exception {
        System.setProperty("microdegree.keys.password", "cli-test-key-password");
        data = dir.resolve("data");
        Path example = dir.resolve("example.yaml");
        Files.write(example, Fixtures.workedExampleYaml());
        assertThat(run("import", example.toString()).exit()).isZero();
        Path learners = Files.writeString(dir.resolve("learners.csv"),
                "institution;student_number;name;email;status\nluh;10001;Mia Müller;mia@luh.example;student\n");
        Path enrol = Files.writeString(dir.resolve("enrol.csv"), "institution;student_number;kind;item\nluh;10001;micro-credential;luh:mc-machine-learning\n");
        Path results = Files.writeString(dir.resolve("results.csv"),
                "institution;student_number;item;date;scale;grade;credit_points;assessment;supervised;identity_verified;reference\n"
                        + "luh;10001;luh:mc-machine-learning;2025-02-14;de;1,7;5;written-exam;ja;ja;PA-2025-001\n");
        assertThat(run("learners", "import", learners.toString()).exit()).isZero();
        assertThat(run("learners", "enrol", enrol.toString()).exit()).isZero();
        assertThat(run("achievements", "import", results.toString()).exit()).isZero();
        // the re-audit and the award ran after the import's commit; award --all finds nothing left
        assertThat(run("award", "--all").out()).contains("issued 0 certificate(s)");
    }

    @AfterEach
    void forgetPassword() {
        System.clearProperty("microdegree.keys.password");
    }

    @Test
    void theCertificateIsExportedVerifiedTamperedWithAndRevoked() throws Exception {
        InProcess.Run list = run("certificates", "list", "--format", "json");
        assertThat(list.exit()).isZero();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> certificates = JsonMapper.builder().build().readValue(list.out(), List.class);
        assertThat(certificates).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("title", "Machine Learning").containsEntry("kind", "micro-credential").containsEntry("status", "valid")
                    .containsKeys("id", "learner");
        });
        String id = (String) certificates.getFirst().get("id");

        Path pdf = dir.resolve("mia.pdf");
        Path vc = dir.resolve("mia.json");
        Path elm = dir.resolve("mia-edc.jsonld");
        assertThat(run("certificates", "export", id, "--format", "pdf", "--lang", "de", "--out", pdf.toString()).exit()).isZero();
        assertThat(run("certificates", "export", id, "--format", "vc", "--out", vc.toString()).exit()).isZero();
        assertThat(run("certificates", "export", id, "--format", "elm", "--out", elm.toString()).exit()).isZero();
        assertThat(Files.readString(elm)).contains("EuropeanDigitalCredential", "eIDASIdentifier");

        InProcess.Run pdfOk = run("verify", pdf.toString());
        assertThat(pdfOk.exit()).as(pdfOk.out() + pdfOk.err()).isZero();
        assertThat(pdfOk.out()).contains("ok   signature", "valid");
        assertThat(run("verify", vc.toString()).exit()).isZero();

        Path tampered = dir.resolve("tampered.json");
        Files.writeString(tampered, Files.readString(vc).replace("Machine Learning", "Machine Learninh"));
        InProcess.Run bad = run("verify", tampered.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("FAIL signature", "invalid");

        Path garbage = Files.writeString(dir.resolve("garbage.txt"), "not a credential {");
        InProcess.Run unreadable = run("verify", garbage.toString());
        assertThat(unreadable.exit()).isEqualTo(2);
        assertThat(unreadable.err()).contains(garbage.toString()).contains("not JSON").doesNotContain("Exception");

        assertThat(run("certificates", "revoke", id, "--reason", "results annulled").exit()).isZero();
        InProcess.Run revoked = run("verify", pdf.toString());
        assertThat(revoked.exit()).isEqualTo(1);
        assertThat(revoked.out()).contains("FAIL status", "revoked");

        // the installation's document lists no key: every key belongs to an institution's DID, listed there
        InProcess.Run did = run("keys", "did-document");
        assertThat(did.exit()).isZero();
        assertThat(did.out()).contains("LinkedDomains", "/institutions/luh/did.json").doesNotContain("verificationMethod", "#key-");
        InProcess.Run luh = run("keys", "did-document", "--institution", "luh");
        assertThat(luh.exit()).isZero();
        assertThat(luh.out()).contains("\"verificationMethod\"", "Multikey", "z6Mk");
        assertThat(Pattern.compile("did:web:[^\"#]*#key-\\d+").matcher(luh.out()).results().map(m -> m.group()).toList())
                .isNotEmpty().allSatisfy(key -> assertThat(key).startsWith("did:web:localhost%3A8080:institutions:luh#"));
    }

    @Test
    void withoutTheKeyPasswordNothingIsSignedAndTheCommandSaysWhy() throws Exception {
        System.clearProperty("microdegree.keys.password");
        InProcess.Run r = run("certificates", "export", "no-such-id", "--format", "vc", "--out", dir.resolve("x.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        InProcess.Run rotate = run("keys", "rotate", "luh");
        assertThat(rotate.exit()).isEqualTo(2);
        assertThat(rotate.err()).contains("MICRODEGREE_KEY_PASSWORD").doesNotContain("Exception");

        // an import whose results complete a credential cannot award it: it says why and exits 1, not 0
        Path learners = Files.writeString(dir.resolve("more-learners.csv"),
                "institution;student_number;name;email;status\nluh;10002;Max Meyer;max@luh.example;student\n");
        Path enrol = Files.writeString(dir.resolve("more-enrol.csv"),
                "institution;student_number;kind;item\nluh;10002;micro-credential;luh:mc-machine-learning\n");
        Path results = Files.writeString(dir.resolve("more-results.csv"),
                "institution;student_number;item;date;scale;grade;credit_points;assessment;supervised;identity_verified;reference\n"
                        + "luh;10002;luh:mc-machine-learning;2025-02-14;de;2,0;5;written-exam;ja;ja;PA-2025-002\n");
        assertThat(run("learners", "import", learners.toString()).exit()).isZero();
        assertThat(run("learners", "enrol", enrol.toString()).exit()).isZero();
        InProcess.Run imported = run("achievements", "import", results.toString());
        assertThat(imported.out()).contains("1 rows: 1 new");
        assertThat(imported.exit()).isEqualTo(1);
        // the import job stops at its award step, names the reason, and waits to be restarted
        assertThat(imported.err()).contains("set MICRODEGREE_KEY_PASSWORD").containsPattern("\\./microdegree jobs restart \\d+")
                .doesNotContain("Exception");
        // nothing clogs: no event is left to retry at the next start, and award --all with the password issues it
        System.setProperty("microdegree.keys.password", "cli-test-key-password");
        assertThat(run("award", "--all").out()).contains("issued 1 certificate(s)");
    }
}
