package org.microdegree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A designer imports labour-market figures at the command line and lists them. */
class LabourMarketCliIT {

    @TempDir Path dir;

    @Test
    void theSampleImportsAndIsListed() throws Exception {
        Path csv = dir.resolve("figures.csv");
        try (var in = LabourMarketCliIT.class.getResourceAsStream("/labour/sample-figures.csv")) {
            Files.write(csv, in.readAllBytes());
        }
        String data = dir.resolve("data").toString();
        InProcess.Run run = InProcess.run("labour-market", "import", csv.toString(), "--data", data);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("36 figures for 18 occupations: 36 new, 0 replaced");
        InProcess.Run list = InProcess.run("labour-market", "figures", "--occupation",
                "http://data.europa.eu/esco/occupation/82616669-cc82-4455-9332-a2df209e9f3e", "--data", data);
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("DE     2025     vacancies").contains("3 figures");
    }

    @Test
    void aBadFileNamesEveryProblemAndExitsTwo() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "occupation,region,period,measure,value,source\nhttp://example.org/x,Germany,2025,vacancies,many,BA\n");
        InProcess.Run run = InProcess.run("labour-market", "import", csv.toString(), "--data", dir.resolve("data").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("bad.csv:2:1").contains("bad.csv:2:2").contains("bad.csv:2:5").doesNotContain("Exception");
    }
}
