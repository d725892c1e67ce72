package org.microdegree.jobs.internal;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of each bulk job. Identifying are only what makes a run a new job (the folder, the
 * file, the time asked); who asked and with which institutions' rights ({@code registrarAt}, empty
 * for the operator) ride along, so that a restart acts with the same rights.
 */
public final class JobParameterSets {

    private JobParameterSets() {
    }

    public static JobParameters importing(Path dir, String source, String user, Set<String> registrarAt) {
        return new JobParametersBuilder()
                .addString("dir", dir.toAbsolutePath().toString())
                .addString("source", source, false)
                .addString("user", user, false)
                .addString("audit", "true", false)
                .addString("registrarAt", String.join(",", registrarAt), false)
                .toJobParameters();
    }

    public static JobParameters awarding(boolean confirm, String user, Set<String> registrarAt) {
        return new JobParametersBuilder()
                .addLocalDateTime("requested", LocalDateTime.now())
                .addString("user", user, false)
                .addString("confirm", Boolean.toString(confirm), false)
                .addString("audit", "false", false)
                .addString("registrarAt", String.join(",", registrarAt), false)
                .toJobParameters();
    }

    public static JobParameters auditing(String user) {
        return new JobParametersBuilder()
                .addLocalDateTime("requested", LocalDateTime.now())
                .addString("user", user, false)
                .toJobParameters();
    }

    public static JobParameters revoking(Path file, String source, String user, Set<String> registrarAt) {
        return new JobParametersBuilder()
                .addString("file", file.toAbsolutePath().toString())
                .addLocalDateTime("requested", LocalDateTime.now())
                .addString("source", source, false)
                .addString("user", user, false)
                .addString("registrarAt", String.join(",", registrarAt), false)
                .toJobParameters();
    }

    public static JobParameters exporting(Path zip, @Nullable String institution, @Nullable String pdfLanguage, String user,
            Set<String> registrarAt) {
        return new JobParametersBuilder()
                .addString("out", zip.toAbsolutePath().toString())
                .addLocalDateTime("requested", LocalDateTime.now())
                .addString("institution", institution == null ? "" : institution, false)
                .addString("pdf", pdfLanguage == null ? "" : pdfLanguage, false)
                .addString("user", user, false)
                .addString("registrarAt", String.join(",", registrarAt), false)
                .toJobParameters();
    }
}
