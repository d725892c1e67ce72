package org.microdegree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microdegree.MicrodegreeApplication;
import org.microdegree.catalog.Fixtures;
import picocli.CommandLine;

/** The command line as a registrar uses it: exit codes, located errors, nothing half-written. */
class CliIT {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        Runtime.application = MicrodegreeApplication.class;
        CommandLine cl = Cli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        PrintStream stdout = System.out;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        System.setOut(new PrintStream(raw, true, StandardCharsets.UTF_8));
        try {
            int exit = cl.execute(args);
            return new Run(exit, out + raw.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
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
        Run syntax = run("import", broken.toString(), "--data", data.toString());
        assertThat(syntax.exit()).isEqualTo(2);
        assertThat(syntax.err()).contains(broken + ":5:").contains("syntax error").doesNotContain("Exception");

        Path dangling = dir.resolve("dangling.yaml");
        Files.writeString(dangling, new String(Fixtures.workedExampleYaml(), StandardCharsets.UTF_8)
                .replace("- luh:mb-vision-quality\n", "- luh:no-such-module\n"));
        Run reference = run("import", dangling.toString(), "--data", data.toString());
        assertThat(reference.exit()).isEqualTo(2);
        assertThat(reference.err()).containsPattern(java.util.regex.Pattern.quote(dangling.toString()) + ":\\d+:\\d+: microCredentials\\[\\d+]\\.modules\\[0]: module 'luh:no-such-module' does not exist");

        Path after = dir.resolve("after.yaml");
        assertThat(run("export", "--data", data.toString(), "--out", after.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(before));
    }

    @Test
    void exportToStandardOutputIsTheBundleAndNothingElse() {
        Path data = dir.resolve("data");
        Run export = run("export", "--data", data.toString(), "--format", "json");
        assertThat(export.exit()).isZero();
        assertThat(export.out().strip()).startsWith("{").endsWith("}").contains("\"format\" : \"microdegree-catalogue\"");
    }

    @Test
    void unusableArgumentsExitWithTwo() {
        assertThat(run("import", dir.resolve("missing.yaml").toString()).err()).contains("no such file");
        assertThat(run("import", dir.resolve("missing.yaml").toString()).exit()).isEqualTo(2);
        assertThat(run("export", "--format", "xml").exit()).isEqualTo(2);
        assertThat(run("frobnicate").exit()).isEqualTo(2);
        assertThat(run("help").exit()).isZero();
    }
}
