package org.microdegree.cli;

import java.nio.file.Path;
import java.util.Map;
import org.microdegree.jobs.JobFailedException;
import org.microdegree.jobs.JobView;
import org.microdegree.learners.ImportSummary;
import org.microdegree.shared.Actor;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

@Command(name = "achievements", mixinStandardHelpOptions = true, description = "Assessment results of learners: import an exam office's CSV file.", subcommands = {
        AchievementsCommand.Import.class})
final class AchievementsCommand extends CommandGroup {

    @Command(name = "import", mixinStandardHelpOptions = true, description = {
            "Import assessment results from a CSV file (columns in docs/achievements-csv.md; ';' or ',').",
            "All or nothing: on any error nothing is written and every error is listed as FILE:LINE:COLUMN (exit 2).",
            "Rows are keyed by institution and reference: importing the same file again changes nothing,",
            "and a row sent again with other content corrects the stored result (journaled)."})
    static final class Import extends CsvFileCommand {
        @Override
        public Integer call() {
            return importAsJob(data, file, "achievements.csv", "corrected");
        }
    }

    /**
     * Results and enrolments are imported as a job: the rows in one transaction, then the learners
     * they touched are audited and their certificates issued (no event per learner). Prints what
     * changed as {@code N rows: ...}, then what was awarded.
     */
    static Integer importAsJob(DataOptions data, Path file, String part, String changed) {
        byte[] content = ImportCommand.read(file);
        boolean[] settled = {true};
        Runtime.inContext(data, ctx -> {
            long started = System.nanoTime();
            JobView job;
            try {
                job = ImportCommand.importJob(ctx, data.data, Map.of(part, content), file.toString());
            } catch (JobFailedException e) {
                // the rows are in; what failed comes after them
                printRows(e.view(), part, changed, started);
                throw e;
            }
            printRows(job, part, changed, started);
            Cli.stdout().printf("job %d: %s%n", job.id(), JobsCommand.awards(job));
            settled[0] = ImportCommand.awaitReaudits(ctx, Cli.stdout());
        });
        return settled[0] ? Cli.OK : Cli.FINDINGS;
    }

    private static void printRows(JobView job, String part, String changed, long started) {
        long[] s = job.rows(part);
        Cli.stdout().printf("%d rows: %d new, %d %s, %d unchanged (%d ms)%n", s[0], s[1], s[2], changed, s[3], (System.nanoTime() - started) / 1_000_000);
    }

    /** The import a CSV command runs in the application. */
    interface CsvImport {
        ImportSummary run(ConfigurableApplicationContext ctx, byte[] content, Actor actor);
    }

    /** Reads the file, imports it as the operator, prints what changed and how long the import took. */
    static Integer importCsv(DataOptions data, Path file, String changed, CsvImport work) {
        byte[] content = ImportCommand.read(file);
        boolean[] settled = {true};
        Runtime.inContext(data, ctx -> {
            long started = System.nanoTime();
            ImportSummary s = work.run(ctx, content, Actor.operator("cli:" + System.getProperty("user.name", "unknown")));
            Cli.stdout().printf("%d rows: %d new, %d %s, %d unchanged (%d ms)%n", s.rows(), s.inserted(), s.updated(), changed, s.unchanged(),
                    (System.nanoTime() - started) / 1_000_000);
            settled[0] = ImportCommand.awaitReaudits(ctx, Cli.stdout());
        });
        return settled[0] ? Cli.OK : Cli.FINDINGS;
    }
}
