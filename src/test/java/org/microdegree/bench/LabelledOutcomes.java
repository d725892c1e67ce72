package org.microdegree.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The outcomes of the labelled set (src/test/resources/skills/labelled-outcomes.tsv), without their labels. */
final class LabelledOutcomes {

    private LabelledOutcomes() {
    }

    static List<String> outcomes() throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(LabelledOutcomes.class.getResourceAsStream("/skills/labelled-outcomes.tsv")), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.startsWith("#") && !l.startsWith("source\t") && !l.isBlank()).forEach(l -> out.add(l.split("\t")[1]));
        }
        return out;
    }
}
