package org.microdegree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microdegree.catalog.Fixtures;

/** The command line as a registrar uses it: exit codes, located errors, nothing half-written. */
class CliIT {

    @TempDir Path dir;

    private static InProcess.Run run(String... args) {
        return InProcess.run(args);
    }

    @Test
    void aSyntaxErrorOrADanglingReferenceExitsWithTwoAndChangesNothing() throws Exception {
        Path data = dir.resolve("data");
        Path example = dir.resolve("example.yaml");
        Files.write(example, Fixtures.workedExampleYaml());
        assertThat(run("import", example.toString(), "--data", data.toString()).exit()).isZero();
        Path before = dir.resolve("before.yaml");
        assertThat(run("export", "--data", data.toString(), "--out", before.toString()).exit()).isZero();

        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "format: microdegree-catalogue\nformatVersion: 1\nmodules:\n  - id: luh:x\n   title: bad\n");
        InProcess.Run syntax = run("import", broken.toString(), "--data", data.toString());
        assertThat(syntax.exit()).isEqualTo(2);
        assertThat(syntax.err()).contains(broken + ":5:").contains("syntax error").doesNotContain("Exception");

        Path dangling = dir.resolve("dangling.yaml");
        Files.writeString(dangling, new String(Fixtures.workedExampleYaml(), StandardCharsets.UTF_8)
                .replace("- luh:mb-vision-quality\n", "- luh:no-such-module\n"));
        InProcess.Run reference = run("import", dangling.toString(), "--data", data.toString());
        assertThat(reference.exit()).isEqualTo(2);
        assertThat(reference.err()).containsPattern(
                Pattern.quote(dangling.toString()) + ":\\d+:\\d+: microCredentials\\[\\d+]\\.modules\\[0]: module 'luh:no-such-module' does not exist");

        Path after = dir.resolve("after.yaml");
        assertThat(run("export", "--data", data.toString(), "--out", after.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(before));
    }

    @Test
    void aPublishedItemThatBreaksItsProfilesComesInOnlyWithAcceptFindings() throws Exception {
        Path data = dir.resolve("data");
        Path example = dir.resolve("example.yaml");
        Files.write(example, Fixtures.workedExampleYaml());
        assertThat(run("import", example.toString(), "--data", data.toString()).exit()).isZero();
        Path partner = dir.resolve("partner.yaml");
        Files.writeString(partner, """
                format: microdegree-catalogue
                formatVersion: 1
                microCredentials:
                  - id: luh:mc-partner-ai
                    status: published
                    title: {en: AI for Partners}
                    modules: [luh:mb-vision-quality]
                    creditPoints: 5
                    eqfLevel: 7
                    assessment: project
                    mode: online
                """);
        InProcess.Run refused = run("import", partner.toString(), "--data", data.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains(partner + ":4:", "eu-2022/learning-outcomes", "eu-2022/quality-assurance", "--accept-findings")
                .doesNotContain("Exception");
        InProcess.Run accepted = run("import", partner.toString(), "--data", data.toString(), "--accept-findings");
        assertThat(accepted.exit()).as(accepted.err()).isZero();
        assertThat(accepted.out()).as("err: " + accepted.err()).contains("1 added",
                "findings accepted: microCredentials[0].learningOutcomes: eu-2022/learning-outcomes");
    }

    @Test
    void thePublishedCatalogueExportsAsEuropassLearningOpportunities() throws Exception {
        Path data = dir.resolve("data");
        Path example = dir.resolve("example.yaml");
        Files.write(example, Fixtures.workedExampleYaml());
        assertThat(run("import", example.toString(), "--data", data.toString()).exit()).isZero();
        Path loq = dir.resolve("loq.jsonld");
        InProcess.Run export = run("export", "--data", data.toString(), "--format", "europass", "--out", loq.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readString(loq)).startsWith("{\"@context\":").contains("\"LearningOpportunity\"",
                "urn:epass:learningOpportunity:luh:md-solar-energy:1");

        // into another installation: the same learning opportunities come out again
        Path other = dir.resolve("other");
        InProcess.Run wrongStatus = run("import", loq.toString(), "--data", other.toString(), "--status", "gone");
        assertThat(wrongStatus.exit()).isEqualTo(2);
        assertThat(wrongStatus.err()).contains("--status: 'gone' is not one of");
        InProcess.Run imported = run("import", loq.toString(), "--data", other.toString(), "--status", "published", "--accept-findings");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("added");
        Path again = dir.resolve("again.jsonld");
        assertThat(run("export", "--data", other.toString(), "--format", "europass", "--out", again.toString()).exit()).isZero();
        assertThat(Files.readString(again)).isEqualTo(Files.readString(loq));
    }

    @Test
    void exportToStandardOutputIsTheBundleAndNothingElse() {
        Path data = dir.resolve("data");
        InProcess.Run export = run("export", "--data", data.toString(), "--format", "json");
        assertThat(export.exit()).isZero();
        assertThat(export.out().strip()).startsWith("{").endsWith("}").contains("\"format\" : \"microdegree-catalogue\"");
    }

    @Test
    void validateExitsWithZeroWhenTheDesignConformsAndOneWhenARuleFails() throws Exception {
        Path data = dir.resolve("data");
        Path example = dir.resolve("example.yaml");
        Files.write(example, Fixtures.workedExampleYaml());

        InProcess.Run own = run("validate", example.toString(), "--data", data.toString());
        assertThat(own.exit()).isZero();
        assertThat(own.out()).contains("against luh-2023@1, eu-2022@1: 0 error(s)").contains("Conforms.");

        InProcess.Run luh2025 = run("validate", example.toString(), "--profile", "luh-2025", "--data", data.toString(), "--lang", "en");
        assertThat(luh2025.exit()).isEqualTo(1);
        assertThat(luh2025.out()).contains("error    luh-2025/md-credits-range  microDegrees[luh:jm-sustainable-engineering].creditPoints")
                .contains("The micro-degree has 60 CP; the profile allows 10 to 30 CP.").contains("1 error(s)");

        InProcess.Run json = run("validate", example.toString(), "--profile", "luh-2025", "--format", "json", "--data", data.toString());
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.out()).contains("\"conforms\" : false").contains("\"rule\" : \"luh-2025/md-credits-range\"")
                .contains("\"de\" : \"Das Micro-Degree hat 60 LP; das Profil erlaubt 10 bis 30 LP.\"");

        InProcess.Run german = run("validate", example.toString(), "--profile", "luh-2025", "--lang", "de", "--data", data.toString());
        assertThat(german.out()).contains("Vorschlag:").contains("Nicht konform.");
    }

    @Test
    void validateRefusesAnUnknownProfileAndUnreadableInputWithTwo() throws Exception {
        Path data = dir.resolve("data");
        Path example = dir.resolve("example.yaml");
        Files.write(example, Fixtures.workedExampleYaml());
        InProcess.Run unknown = run("validate", example.toString(), "--profile", "luh-2099", "--data", data.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown rule profile 'luh-2099'").contains("luh-2023, luh-2025, eu-2022");

        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "format: microdegree-catalogue\nformatVersion: 1\nmodules:\n  - id: luh:x\n   title: bad\n");
        InProcess.Run syntax = run("validate", broken.toString(), "--data", data.toString());
        assertThat(syntax.exit()).isEqualTo(2);
        assertThat(syntax.err()).contains(broken + ":5:").doesNotContain("Exception");

        Path unknownOfProgramme = dir.resolve("unknown-profile.yaml");
        Files.writeString(unknownOfProgramme, new String(Fixtures.workedExampleYaml(), StandardCharsets.UTF_8)
                .replaceFirst("ruleProfiles:\n      - luh-2023", "ruleProfiles:\n      - luh-2030"));
        for (String command : new String[]{"validate", "import"}) {
            InProcess.Run stated = run(command, unknownOfProgramme.toString(), "--data", data.toString());
            assertThat(stated.exit()).isEqualTo(2);
            assertThat(stated.err()).containsPattern(Pattern.quote(unknownOfProgramme.toString())
                    + ":\\d+:\\d+: microDegrees\\[\\d+]\\.ruleProfiles\\[0]: unknown rule profile 'luh-2030'");
        }

        assertThat(run("validate", "--data", data.toString()).exit()).isEqualTo(2);
        assertThat(run("validate", example.toString(), "--format", "xml", "--data", data.toString()).exit()).isEqualTo(2);
    }

    @Test
    void anInstitutionCopiesAProfileAdoptsItAndItsProgrammesAreCheckedAgainstIt() throws Exception {
        Path data = dir.resolve("data");
        Path example = dir.resolve("example.yaml");
        Files.write(example, Fixtures.workedExampleYaml());
        assertThat(run("import", example.toString(), "--data", data.toString()).exit()).isZero();

        InProcess.Run copy = run("profiles", "copy", "luh-2025", "--as", "luh-2025-joint", "--institution", "luh",
                "--set", "md-credits-range.max=60", "--data", data.toString());
        assertThat(copy.exit()).isZero();
        assertThat(copy.out()).contains("luh-2025-joint (version 1), of luh, copied from luh-2025@1")
                .contains("luh-2025-joint/md-credits-range").contains("A micro-degree has 10 to 60 CP.");
        assertThat(run("validate", "--all", "--profile", "luh-2025-joint", "--data", data.toString()).exit()).isZero();
        assertThat(run("validate", "--all", "--profile", "luh-2025", "--data", data.toString()).exit()).isEqualTo(1);

        InProcess.Run bad = run("profiles", "copy", "luh-2025", "--as", "luh-bad", "--institution", "luh", "--set", "md-credits-range.max=ten",
                "--data", data.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("rules.md-credits-range.parameters.max: expected a number, got 'ten'");
        assertThat(run("profiles", "copy", "luh-2025", "--as", "x-1", "--institution", "nowhere", "--data", data.toString()).exit())
                .isEqualTo(2);

        InProcess.Run adopt = run("profiles", "adopt", "tuw", "luh-2025-joint", "eu-2022", "--data", data.toString());
        assertThat(adopt.out()).contains("tuw adopts: luh-2025-joint, eu-2022");
        assertThat(run("profiles", "list", "--data", data.toString()).out()).contains("luh-2025-joint").contains("eu-2022");
    }

    @Test
    void aZipBombAPartTooLargeOrAPartNamedTwiceIsRefusedWithTwoBeforeAnythingIsRead() throws Exception {
        // 64 MB of one letter packs into a few hundred kB: unpacked whole, a larger one would exhaust the memory
        Path bomb = dir.resolve("bomb.zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("achievements.csv"));
            byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 64; i++) {
                zip.write(block);
            }
        }
        InProcess.Run refused = run("import", bomb.toString(), "--data", dir.resolve("data").toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains(bomb + "!/achievements.csv: unpacks to more than 200 times its packed size")
                .doesNotContain("Exception", "OutOfMemory");

        Path small = dir.resolve("small.zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(small))) {
            zip.putNextEntry(new ZipEntry("learners.csv"));
            zip.write("institution;student_number;name;email;status\nluh;1;A B;a@luh.example;student\n".repeat(100).getBytes(StandardCharsets.UTF_8));
        }
        InProcess.Run tooLarge = run("import", small.toString(), "--max-part-size", "1KB", "--data", dir.resolve("data").toString());
        assertThat(tooLarge.exit()).isEqualTo(2);
        assertThat(tooLarge.err()).contains(small + "!/learners.csv: larger than 1024 bytes once unpacked (--max-part-size)");
        assertThat(run("import", small.toString(), "--max-total-size", "lots", "--data", dir.resolve("data").toString()).err())
                .contains("--max-total-size: expected a size such as 512MB or 2GB, got 'lots'");

        // the same part twice: the second would silently replace the first
        Path twice = dir.resolve("twice.zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(twice))) {
            for (String name : new String[]{"learners.csv", "learners.csX"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("institution;student_number;name;email;status\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] bytes = Files.readAllBytes(twice);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1).replace("learners.csX", "learners.csv");
        Files.write(twice, latin.getBytes(StandardCharsets.ISO_8859_1));
        InProcess.Run duplicate = run("import", twice.toString(), "--data", dir.resolve("data").toString());
        assertThat(duplicate.exit()).isEqualTo(2);
        assertThat(duplicate.err()).contains(twice + "!/learners.csv: the part is in the file twice");
        assertThat(Files.exists(dir.resolve("data"))).as("nothing was started, nothing written").isFalse();
    }

    @Test
    void unusableArgumentsExitWithTwo() {
        assertThat(run("import", dir.resolve("missing.yaml").toString()).err()).contains("no such file");
        assertThat(run("import", dir.resolve("missing.yaml").toString()).exit()).isEqualTo(2);
        assertThat(run("export", "--format", "xml").exit()).isEqualTo(2);
        assertThat(run("frobnicate").exit()).isEqualTo(2);
        assertThat(run("help").exit()).isZero();
        if (System.getenv("MICRODEGREE_PUBLIC_URL") == null) {
            // production names itself in every certificate: it does not guess
            InProcess.Run prod = run("serve", "--profile", "prod", "--data", dir.resolve("data").toString());
            assertThat(prod.exit()).isEqualTo(2);
            assertThat(prod.err()).contains("the prod profile needs MICRODEGREE_PUBLIC_URL");
        }
    }

    @Test
    void anExamOfficeImportIsAllOrNothingNamesLineAndColumnAndChangesNothingTheSecondTime() throws Exception {
        Path data = dir.resolve("data");
        Path example = dir.resolve("example.yaml");
        Files.write(example, Fixtures.workedExampleYaml());
        assertThat(run("import", example.toString(), "--data", data.toString()).exit()).isZero();
        Path learners = dir.resolve("learners.csv");
        Files.writeString(learners, """
                institution;student_number;name;email;status
                luh;10001;Lena Becker;lena@luh.example;student
                luh;10002;Jonas Weber;jonas@luh.example;alumnus
                """);
        InProcess.Run imported = run("learners", "import", learners.toString(), "--data", data.toString());
        assertThat(imported.out()).as(imported.err()).contains("2 rows: 2 new");

        Path results = dir.resolve("results.csv");
        Files.writeString(results, """
                institution;student_number;item;date;scale;grade;credit_points;assessment;supervised;identity_verified;reference
                luh;10001;luh:mc-machine-learning;2025-02-14;de;1,3;5;written-exam;ja;ja;PA-2025-001
                luh;10001;luh:mc-data-engineering;14.02.2025;ects;B;5;project;yes;yes;PA-2025-002
                luh;10002;luh:ml-fundamentals;2025-03-01;pass-fail;bestanden;5;oral-exam;no;no;PA-2025-003
                """);
        InProcess.Run first = run("achievements", "import", results.toString(), "--data", data.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("3 rows: 3 new, 0 corrected, 0 unchanged");
        assertThat(run("achievements", "import", results.toString(), "--data", data.toString()).out())
                .contains("3 rows: 0 new, 0 corrected, 3 unchanged");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                institution;student_number;item;date;scale;grade;credit_points;assessment;supervised;identity_verified;reference
                luh;10001;luh:mc-ai-ethics;2025-02-20;de;2.0;5;written-exam;yes;yes;PA-2025-004
                luh;10001;luh:mc-ai-ethics;2025-02-20;de;1.5;5;written-exam;yes;yes;PA-2025-005
                luh;99999;luh:mc-ai-ethics;2025-02-20;de;2.0;5;written-exam;yes;yes;PA-2025-006
                luh;10002;luh:no-such-module;2025-02-20;de;5.0;5;written-exam;yes;yes;PA-2025-007
                """);
        InProcess.Run refused = run("achievements", "import", bad.toString(), "--data", data.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains(bad + ":3:6: grade: '1.5' is not a grade on the de scale")
                .contains(bad + ":4:2: student_number: no learner has the student number '99999' at luh")
                .contains(bad + ":5:3: item: no module or micro-credential 'luh:no-such-module' is in the catalogue")
                .contains(bad + ":5:7: credit_points: a fail earns 0 CP, not 5")
                .doesNotContain("Exception");
        Path good = dir.resolve("only-the-good-row.csv");
        Files.writeString(good, String.join("\n", Files.readAllLines(bad).subList(0, 2)) + "\n");
        assertThat(run("achievements", "import", good.toString(), "--data", data.toString()).out())
                .as("the good row of the refused file was not written").contains("1 rows: 1 new");

        Path corrected = dir.resolve("corrected.csv");
        Files.writeString(corrected, """
                institution,student_number,item,date,scale,grade,credit_points,assessment,supervised,identity_verified,reference
                luh,10001,luh:mc-machine-learning,2025-02-14,de,1.0,5,written-exam,yes,yes,PA-2025-001
                """);
        assertThat(run("achievements", "import", corrected.toString(), "--data", data.toString()).out())
                .contains("1 rows: 0 new, 1 corrected, 0 unchanged");
        assertThat(run("achievements", "import", dir.resolve("missing.csv").toString(), "--data", data.toString()).exit()).isEqualTo(2);

        // a broken quote, a NUL character and an overlong name: each named with its place, exit 2, never a parser's exception
        Path quote = dir.resolve("quote.csv");
        Files.writeString(quote, """
                institution;student_number;item;date;scale;grade;credit_points;assessment;supervised;identity_verified;reference
                luh;10001;luh:mc-ai-ethics;2025-02-20;de;2.0;5;written-exam;yes;yes;"PA-2025-009
                """);
        InProcess.Run broken = run("achievements", "import", quote.toString(), "--data", data.toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains(quote + ":2:").contains("unreadable CSV").doesNotContain("Exception", "org.apache");
        Path people = dir.resolve("people.csv");
        Files.writeString(people, "institution;student_number;name;email;status\nluh;10003;Nul\u0000Name;nul@luh.example;student\n"
                + "luh;10004;" + "N".repeat(300) + ";long@luh.example;student\n");
        InProcess.Run odd = run("learners", "import", people.toString(), "--data", data.toString());
        assertThat(odd.exit()).isEqualTo(2);
        assertThat(odd.err()).contains(people + ":2:3: name: contains the control character U+0000")
                .contains(people + ":3:3: name: is 300 characters long").doesNotContain("Exception", "SQL");

        // enrolled in "AI Essentials" (two of three parts), Lena has met it with Machine Learning and Data Engineering
        Path enrolments = dir.resolve("enrolments.csv");
        Files.writeString(enrolments, """
                institution;student_number;kind;item
                luh;10001;micro-degree;luh:md-ai-essentials
                luh;10002;micro-degree;luh:md-nope
                """);
        InProcess.Run badEnrol = run("learners", "enrol", enrolments.toString(), "--data", data.toString());
        assertThat(badEnrol.exit()).isEqualTo(2);
        assertThat(badEnrol.err()).contains(enrolments + ":3:4: item: no published micro-credential, programme or study programme 'luh:md-nope'");
        Files.writeString(enrolments, String.join("\n", Files.readAllLines(enrolments).subList(0, 2)) + "\n");
        assertThat(run("learners", "enrol", enrolments.toString(), "--data", data.toString()).out()).contains("1 rows: 1 new");
        assertThat(run("audit", "--all", "--data", data.toString()).out()).contains("audited 1 learners: 1 of 1 enrolled credentials complete");
        assertThat(run("audit", "--data", data.toString()).exit()).as("neither --learner nor --all").isEqualTo(2);
    }

    @Test
    void aGeneratedInstallationIsTheSameForTheSameSeedImportsInOneGoAndIsAuditedWhole() throws Exception {
        // complete credentials are awarded within the import: signing needs the key password
        System.setProperty("microdegree.keys.password", "cli-test-key-password");
        Path first = dir.resolve("luh-a.zip");
        Path second = dir.resolve("luh-b.zip");
        InProcess.Run generated = run("generate", "--preset", "luh", "--learners", "300", "--seed", "11", "--out", first.toString());
        assertThat(generated.exit()).as(generated.err()).isZero();
        assertThat(generated.out()).contains("5 institutions, 3000 modules, 400 micro-credentials").contains("300 learners");
        assertThat(run("generate", "--preset", "luh", "--learners", "300", "--seed", "11", "--out", second.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(second)).as("same seed, same bytes").isEqualTo(Files.readAllBytes(first));
        assertThat(run("generate", "--preset", "luh", "--out", dir.resolve("luh.json").toString()).exit()).isEqualTo(2);

        // a bundle whose last result names an unknown learner leaves nothing behind, not even the catalogue
        Path broken = dir.resolve("broken.zip");
        try (var in = new ZipInputStream(Files.newInputStream(first));
                var out = new ZipOutputStream(Files.newOutputStream(broken))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                if (e.getName().equals("achievements.csv")) {
                    out.write("luh;999999;luh:m00000;2025-01-10;de;2.0;5;written-exam;yes;yes;BROKEN-1\n".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        Path data = dir.resolve("data");
        InProcess.Run refused = run("import", broken.toString(), "--data", data.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains(broken + "!/achievements.csv:").contains("no learner has the student number '999999' at luh")
                .doesNotContain("Exception");
        assertThat(run("audit", "--all", "--data", data.toString()).out()).contains("audited 0 learners");

        InProcess.Run imported = run("import", first.toString(), "--data", data.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("learners.csv: 300 learners: 300 new")
                .containsPattern("imported " + Pattern.quote(first.toString()) + " as job \\d+");
        InProcess.Run audited = run("audit", "--all", "--data", data.toString());
        Matcher auditJob = Pattern.compile("job (\\d+): audited 300 learners: ([1-9][0-9]*) of ([1-9][0-9]*) enrolled credentials complete \\(\\d+ ms\\)")
                .matcher(audited.out());
        assertThat(auditJob.find()).as(audited.out()).isTrue();
        // the audit is a job like the import: listed, with its steps and the same totals
        InProcess.Run shown = run("jobs", "show", auditJob.group(1), "--data", data.toString());
        assertThat(shown.out()).contains("audit ").contains("completed").contains("audit-all").contains("audit-learners:partition")
                .contains("audited 300 learners: " + auditJob.group(2) + " of " + auditJob.group(3) + " enrolled credentials complete");
        assertThat(run("import", first.toString(), "--data", data.toString()).out()).as("a second import changes nothing")
                .contains("300 learners: 0 new, 0 changed, 300 unchanged");
        System.clearProperty("microdegree.keys.password");
    }
}
