package org.microdegree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microdegree.catalog.Fixtures;

/**
 * The joint Master negotiated at the command line: LUH proposes the shipped example, each partner's
 * decision is recorded (an objection without a reason is refused, exit 2), and the agreed
 * composition is imported once (a second import exits 2, nothing written twice).
 */
class ProposalsCliIT {

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

    @Test
    void luhProposesThePartnersDecideAndTheAgreedCompositionIsImportedOnce() {
        InProcess.Run proposed = run("proposals", "propose", "--input", Path.of("examples", "design", "joint-master.yaml").toString());
        assertThat(proposed.exit()).as(proposed.err()).isZero();
        assertThat(proposed.out()).contains("status   open; proposed by luh").contains("to but, lut, tuw, upm").contains("partner  lut   not decided yet");
        Matcher m = Pattern.compile("proposal (\\S+)").matcher(proposed.out());
        assertThat(m.find()).isTrue();
        String id = m.group(1);

        InProcess.Run noReason = run("proposals", "decide", id, "--as", "lut", "--object");
        assertThat(noReason.exit()).isEqualTo(2);
        assertThat(noReason.err()).contains("comment: say why the partner objects");
        InProcess.Run both = run("proposals", "decide", id, "--as", "lut", "--object", "--approve");
        assertThat(both.exit()).isEqualTo(2);

        for (String partner : List.of("lut", "but", "tuw")) {
            assertThat(run("proposals", "decide", id, "--as", partner, "--approve").exit()).isZero();
        }
        InProcess.Run early = run("proposals", "import", id);
        assertThat(early.exit()).isEqualTo(2);
        assertThat(early.err()).contains("not every partner approves yet (open)");
        InProcess.Run last = run("proposals", "decide", id, "--as", "upm", "--approve", "--comment", "UPM agrees.");
        assertThat(last.out()).contains("status   agreed").contains("partner  upm   approve").contains("UPM agrees.");

        InProcess.Run imported = run("proposals", "import", id);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(run("proposals", "import", id).exit()).isEqualTo(2);
        InProcess.Run list = run("proposals", "list");
        assertThat(list.out()).contains(id + "  imported").contains("1 proposals");
        assertThat(run("proposals", "show", "no-such-id").exit()).isEqualTo(2);
    }
}
