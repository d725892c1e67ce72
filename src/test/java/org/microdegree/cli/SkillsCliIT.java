package org.microdegree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A designer asks the command line which ESCO skills her outcomes teach. */
class SkillsCliIT {

    @TempDir Path dir;

    @Test
    void outcomesFromArgumentsOrAFileGetRankedSkillsWithTheWordsThatMatched() throws Exception {
        InProcess.Run run = InProcess.run("skills", "suggest", "Build machine learning models in Python.", "--limit", "5", "--data",
                dir.resolve("data").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("machine learning").contains("(matched: ").contains("http://data.europa.eu/esco/skill/");

        Path outcomes = dir.resolve("outcomes.txt");
        Files.writeString(outcomes, "Install and maintain photovoltaic systems on roofs.\n\nConduct an energy audit of a building.\n");
        InProcess.Run json = InProcess.run("skills", "suggest", "--file", outcomes.toString(), "--format", "json", "--data", dir.resolve("data").toString());
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"label\" : \"install photovoltaic systems\"").contains("\"label\" : \"conduct energy audit\"");
    }

    @Test
    void badInputNamesEveryProblemAndExitsTwo() {
        InProcess.Run run = InProcess.run("skills", "suggest", "--language", "fr", "--limit", "0", "--data", dir.resolve("data").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("outcomes").contains("language").contains("limit").doesNotContain("Exception");
    }
}
