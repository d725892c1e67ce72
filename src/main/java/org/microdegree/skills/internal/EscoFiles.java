package org.microdegree.skills.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.microdegree.skills.EscoConcept;

/** Reads the gzip-compressed ESCO CSV files shipped under {@code /esco} on the classpath. */
final class EscoFiles {

    private EscoFiles() {
    }

    static void read(String name, Consumer<CSVRecord> row) {
        String path = "/esco/" + name + ".csv.gz";
        try (InputStream raw = EscoFiles.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("ESCO file " + path + " is missing from the build");
            }
            try (Reader in = new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8)) {
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).forEach(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Multi-valued cells hold one value per line. */
    static List<String> lines(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** @param collections the ESCO collections that list a skill, by skill URI (skills in none are absent) */
    record Loaded(Map<String, EscoConcept> concepts, Map<String, List<String>> collections) {}

    static Loaded loadAll() {
        Map<String, EscoConcept> concepts = new HashMap<>(40_000);
        Map<String, List<String>> collections = new HashMap<>();
        read("skills_en_derived", r -> {
            concepts.put(r.get("conceptUri"), new EscoConcept(
                    r.get("conceptUri"), r.get("skillType").isBlank() ? "skill/competence" : r.get("skillType"),
                    r.get("preferredLabel"), lines(r.get("altLabels")), blankToNull(r.get("description")),
                    r.get("broaderUris").isBlank() ? List.of() : List.of(r.get("broaderUris").split("\\|"))));
            if (!r.get("collections").isBlank()) {
                collections.put(r.get("conceptUri"), List.of(r.get("collections").split("\\|")));
            }
        });
        read("skillGroups_en", r -> concepts.put(r.get("conceptUri"), new EscoConcept(
                r.get("conceptUri"), "skill-group", r.get("preferredLabel"), lines(r.get("altLabels")),
                blankToNull(r.get("description")), List.of())));
        read("occupations_en", r -> concepts.put(r.get("conceptUri"), new EscoConcept(
                r.get("conceptUri"), "occupation", r.get("preferredLabel"), lines(r.get("altLabels")),
                blankToNull(r.get("description")), List.of())));
        return new Loaded(Map.copyOf(concepts), Map.copyOf(collections));
    }
}
