package org.microdegree.jobs.internal;

import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.ImportSummary;
import org.microdegree.learners.Learners;
import org.microdegree.shared.Actor;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The import's first step: the catalogue, learners and enrolments of a bundle, and a check of its
 * results, in the step's one transaction: an error anywhere leaves nothing written (and the job
 * failed, naming every error); {@link ImportResults} writes the results in chunks afterwards. The learners newly enrolled or whose results are new or changed are listed for the audit-and-award step;
 * no event is sent per learner.
 */
@RequiredArgsConstructor
class ImportData implements Tasklet {

    /** The parts of a bundle in the order they are imported: later parts refer to earlier ones. */
    static final List<String> PARTS = List.of("catalogue.json", "catalogue.yaml", "learners.csv", "enrolments.csv", "achievements.csv");

    private final Catalogue catalogue;
    private final Learners learners;
    private final EnrollingLearners enrollingLearners;
    private final Achievements achievements;
    private final JobLearners touched;

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        var step = chunk.getStepContext().getStepExecution();
        var parameters = step.getJobExecution().getJobParameters();
        Path dir = Path.of(String.valueOf(parameters.getString("dir")));
        String source = String.valueOf(parameters.getString("source", dir.toString()));
        String user = String.valueOf(parameters.getString("user", "job"));
        Actor actor = JobActors.of(parameters);
        long instance = step.getJobExecution().getJobInstance().getInstanceId();
        List<String> summary = new ArrayList<>();
        for (String part : PARTS) {
            Path file = dir.resolve(part);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            // the results, the largest part by far, are read from disk row by row; the others whole
            byte[] content = part.equals("achievements.csv") ? new byte[0] : read(file);
            String where = source.toLowerCase(Locale.ROOT).endsWith(".zip") ? source + "!/" + part : source;
            long t = System.nanoTime();
            String said = switch (part) {
                case "learners.csv" -> rows(part, learners.importCsv(where, content, actor), "learners", contribution, step);
                case "enrolments.csv" -> {
                    ImportSummary s = enrollingLearners.importEnrolmentsForJob(where, content, actor);
                    touched.add(instance, s.learners().stream().map(LearnerId::value).toList());
                    yield rows(part, s, "enrolments", contribution, step);
                }
                case "achievements.csv" -> {
                    // checked whole here, in this step's transaction (an error leaves nothing written); the next step writes it in chunks
                    long rows = achievements.checkForJob(where, file, actor);
                    step.getJobExecution().getExecutionContext().putLong(ImportResults.ROWS, rows);
                    step.getJobExecution().getExecutionContext().putString(ImportResults.WHERE, where);
                    yield String.format("%d results checked", rows);
                }
                default -> catalogue.importBundle(where, content, part.endsWith(".json") ? BundleSyntax.JSON : BundleSyntax.YAML, user).summary();
            };
            summary.add(String.format("%s: %s (%d ms)", part, said, (System.nanoTime() - t) / 1_000_000));
        }
        step.getJobExecution().getExecutionContext().putString("summary", String.join("\n", summary));
        return RepeatStatus.FINISHED;
    }

    private static String rows(String part, ImportSummary s, String what, StepContribution contribution,
            StepExecution step) {
        step.getJobExecution().getExecutionContext().putString("rows:" + part,
                s.rows() + "," + s.inserted() + "," + s.updated() + "," + s.unchanged());
        for (int i = 0; i < s.rows(); i++) {
            contribution.incrementReadCount();
        }
        contribution.incrementWriteCount(s.inserted() + s.updated());
        contribution.incrementFilterCount(s.unchanged());
        return String.format("%d %s: %d new, %d changed, %d unchanged", s.rows(), what, s.inserted(), s.updated(), s.unchanged());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
