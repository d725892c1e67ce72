package org.microdegree.jobs.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.microdegree.credentials.CertificateForms;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.model.Certificate;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.util.FileSystemUtils;

/**
 * The certificate export job's two steps: every certificate the caller may see (or one
 * institution's) is written, 500 per chunk in order of their ids, into a folder beside the ZIP to
 * be ({@code ID.json}, the signed VC; {@code ID.pdf} when asked; each chunk's lines of the index);
 * the last id written is committed with each chunk, so a restart goes on from there and rewrites at
 * most one chunk's files. Then the folder is packed into the ZIP (written aside, moved into place)
 * and removed.
 */
final class CertificateExport {

    static final int CHUNK = 500;

    private CertificateExport() {
    }

    private static Path folder(Path zip) {
        return zip.resolveSibling(zip.getFileName() + ".parts");
    }

    static Tasklet write(Certificates certificates, CertificateForms forms) {
        return (StepContribution contribution, ChunkContext chunk) -> {
            var step = chunk.getStepContext().getStepExecution();
            JobParameters parameters = step.getJobExecution().getJobParameters();
            Path zip = Path.of(String.valueOf(parameters.getString("out")));
            String institution = parameters.getString("institution", "");
            String pdf = parameters.getString("pdf", "");
            ExecutionContext ctx = step.getExecutionContext();
            String only = institution == null || institution.isEmpty() ? null : institution;
            if (!ctx.containsKey("size")) {
                ctx.putLong("size", certificates.count(only, JobActors.of(parameters)));
            }
            String after = ctx.getString("after", "");
            List<Certificate> page = certificates.page(only, after, CHUNK, JobActors.of(parameters));
            Path parts = folder(zip);
            StringBuilder index = new StringBuilder();
            try {
                Files.createDirectories(parts);
                for (Certificate c : page) {
                    contribution.incrementReadCount();
                    Files.writeString(parts.resolve(c.id() + ".json"), forms.vc(c), StandardCharsets.UTF_8);
                    if (pdf != null && !pdf.isEmpty()) {
                        Files.write(parts.resolve(c.id() + ".pdf"), forms.pdf(c, pdf));
                    }
                    index.append(CertificateForms.indexLine(c));
                    contribution.incrementWriteCount(1);
                }
                if (!page.isEmpty()) {
                    // named by the chunk's first id: a chunk done again writes the same part again
                    Files.writeString(parts.resolve("index-" + page.getFirst().id() + ".csv"), index, StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the export beside " + zip + ": " + e.getMessage(), e);
            }
            if (!page.isEmpty()) {
                ctx.putString("after", page.getLast().id().value());
                ctx.putLong("done", ctx.getLong("done", 0L) + page.size());
                ctx.putLong("exported", ctx.getLong("exported", 0L) + page.size());
            }
            return page.size() < CHUNK ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
        };
    }

    static Tasklet pack() {
        return (StepContribution contribution, ChunkContext chunk) -> {
            Path zip = Path.of(String.valueOf(chunk.getStepContext().getStepExecution().getJobExecution().getJobParameters().getString("out")));
            Path parts = folder(zip);
            Path aside = zip.resolveSibling(zip.getFileName() + ".tmp");
            try {
                Files.createDirectories(parts);
                try (OutputStream out = Files.newOutputStream(aside); ZipOutputStream z = new ZipOutputStream(out)) {
                    List<Path> files = list(parts);
                    z.putNextEntry(new ZipEntry("certificates.csv"));
                    z.write(CertificateForms.INDEX_HEADER.getBytes(StandardCharsets.UTF_8));
                    for (Path p : files) {
                        if (isIndex(p)) {
                            z.write(Files.readAllBytes(p));
                        }
                    }
                    z.closeEntry();
                    for (Path p : files) {
                        if (!isIndex(p)) {
                            z.putNextEntry(new ZipEntry(p.getFileName().toString()));
                            Files.copy(p, z);
                            z.closeEntry();
                            contribution.incrementWriteCount(1);
                        }
                    }
                }
                Files.move(aside, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                FileSystemUtils.deleteRecursively(parts);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + zip + ": " + e.getMessage(), e);
            }
            return RepeatStatus.FINISHED;
        };
    }

    private static boolean isIndex(Path p) {
        return p.getFileName().toString().startsWith("index-");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
