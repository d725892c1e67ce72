package org.microdegree;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main class over 400 lines: a class that grows past it does more than one job and is split
 * into named use cases (ARCHITECTURE.md). No exceptions: the last four (LearnerStore, AuditEngine,
 * Admissions, Catalogue) were split in issue 19 (ADR 0018).
 */
class ClassSizeTest {

    private static final int LIMIT = 400;
    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void noMainClassIsLongerThanFourHundredLines() throws IOException {
        Map<String, Long> tooLong = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                long lines = lines(f);
                if (lines > LIMIT) {
                    tooLong.put(MAIN.relativize(f).toString().replace('\\', '/'), lines);
                }
            });
        }
        assertThat(tooLong).as("main classes over %d lines", LIMIT).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
