package org.microdegree.demo;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.microdegree.catalog.model.CatalogueBundle;

/**
 * A whole installation's synthetic data in one ZIP, as {@code import FILE.zip} reads it:
 * {@code catalogue.json}, {@code learners.csv}, {@code enrolments.csv} and {@code achievements.csv},
 * streamed entry by entry (a million learners never sit in memory). Entries carry a fixed time, so
 * the same seed gives the same bytes.
 */
public final class SyntheticInstallation {

    private SyntheticInstallation() {
    }

    /** How many learners and results were written. */
    public record Written(int learners, long results) {}

    /**
     * Writes the ZIP to {@code out} atomically (a temporary file beside it, then a move).
     *
     * @param catalogueJson the bundle as its JSON catalogue file
     * @param resultsPerLearner about this many results each
     */
    public static Written writeZip(CatalogueBundle bundle, byte[] catalogueJson, long seed, int learners, int resultsPerLearner, Path out)
            throws IOException {
        Population population = new Population(bundle, seed, learners, resultsPerLearner);
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".microdegree-", ".tmp");
        long results;
        try {
            try (var zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16));
                    var writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16)) {
                entry(zip, "catalogue.json");
                zip.write(catalogueJson);
                entry(zip, "learners.csv");
                population.writeLearners(writer);
                writer.flush();
                entry(zip, "enrolments.csv");
                population.writeEnrolments(writer);
                writer.flush();
                entry(zip, "achievements.csv");
                results = population.writeAchievements(writer);
                writer.flush();
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new Written(learners, results);
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(LocalDateTime.of(2026, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
        zip.putNextEntry(e);
    }
}
