package org.microdegree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microdegree.catalog.Fixtures;

/**
 * A designer at the command line: each shipped example of examples/design builds a draft from the
 * worked example that passes {@code validate --profile luh-2023} and imports; an impossible design
 * exits 1 with its reason and writes nothing; a wrong input exits 2 naming the file, line and field.
 */
class DesignCliIT {

    @TempDir Path dir;
    private Path data;

    private InProcess.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        return InProcess.run(all.toArray(String[]::new));
    }

    @BeforeEach
    void theWorkedExampleIsPublished() throws Exception {
        data = dir.resolve("data");
        Path example = dir.resolve("example.yaml");
        Files.write(example, Fixtures.workedExampleYaml());
        assertThat(run("import", example.toString()).exit()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"update", "gap-filler", "elective-extension", "interconnected", "admission-bridge", "power-programme", "joint-master"})
    void eachShippedExampleBuildsADraftThatPassesLuh2023AndImports(String pattern) {
        Path draft = dir.resolve(pattern + ".json");
        InProcess.Run design = run("design", pattern, "--input", Path.of("examples", "design", pattern + ".yaml").toString(), "--out", draft.toString());
        assertThat(design.exit()).as(design.out() + design.err()).isZero();
        assertThat(design.out()).contains("draft    micro-degree");

        InProcess.Run validate = run("validate", draft.toString(), "--profile", "luh-2023");
        assertThat(validate.exit()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out()).contains("Conforms.");

        InProcess.Run imported = run("import", draft.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    @Test
    void anImpossibleQuotaExitsOneWithItsReasonAndWritesNothing() throws Exception {
        String yaml = Files.readString(Path.of("examples", "design", "joint-master.yaml")).replace("  tuw: 3\n", "  tuw: 4\n").replace("  upm: 2\n",
                "  upm: 1\n");
        Path input = Files.writeString(dir.resolve("too-much-tu-wien.yaml"), yaml);
        Path draft = dir.resolve("draft.json");

        InProcess.Run design = run("design", "joint-master", "--input", input.toString(), "--out", draft.toString());

        assertThat(design.exit()).isEqualTo(1);
        assertThat(design.out()).contains("Quota of tuw: 4 micro-credentials are asked for, but tuw offers 3 of 5 CP at EQF 7.");
        assertThat(draft).doesNotExist();
    }

    @Test
    void germanMessagesOnRequest() {
        InProcess.Run design = run("design", "gap-filler", "--input", Path.of("examples", "design", "gap-filler.yaml").toString(), "--lang", "de");
        assertThat(design.exit()).isZero();
        assertThat(design.out()).contains("Studierende von luh:bsc-computer-science belegen genau ihre fehlenden Teile: data-engineering, ai-ethics.");
    }

    @Test
    void badInputNamesFileLineAndField() throws Exception {
        Path input = Files.writeString(dir.resolve("gap.yaml"), """
                programme:
                  id: luh:md-x
                  title: {en: X}
                  labourMarketRationale: {en: Needed.}
                  counsellingContact: a@b.example
                  qualityAssurance: QA
                studyProgrammes:
                  - luh:bsc-computer-science
                  - luh:bsc-astrology
                subjects: [machine-learning, ai-ethics]
                """);

        InProcess.Run design = run("design", "gap-filler", "--input", input.toString());

        assertThat(design.exit()).isEqualTo(2);
        assertThat(design.err()).contains("gap.yaml:9:").contains("studyProgrammes[1]")
                .contains("no published study programme 'luh:bsc-astrology'").doesNotContain("Exception");
        InProcess.Run unknownField = run("design", "update", "--input", Files.writeString(dir.resolve("u.yaml"), "programme: {}\nfeild: {}\n").toString());
        assertThat(unknownField.exit()).isEqualTo(2);
        assertThat(unknownField.err()).contains("unknown field 'feild'");
        assertThat(run("design", "pyramid", "--input", input.toString()).exit()).isEqualTo(2);
    }
}
