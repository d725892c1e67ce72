package org.microdegree.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.microdegree.learners.ImportSummary;
import org.microdegree.learners.Learners;
import org.microdegree.shared.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "learners", mixinStandardHelpOptions = true,
        description = "Learner records: import a registrar's list of learners.",
        subcommands = {LearnersCommand.Import.class})
final class LearnersCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(Cli.stdout());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import learners from a CSV file (columns institution, student_number, name, email, status, birth_date;",
                    "see docs/achievements-csv.md). All or nothing; a known student number updates that learner."})
    static final class Import implements Callable<Integer> {
        @Mixin
        DataOptions data;
        @Parameters(paramLabel = "FILE", description = "The CSV file.")
        Path file;

        @Override
        public Integer call() {
            byte[] content = ImportCommand.read(file);
            Runtime.inContext(data, ctx -> {
                long started = System.nanoTime();
                ImportSummary s = ctx.getBean(Learners.class).importCsv(file.toString(), content,
                        Actor.operator("cli:" + System.getProperty("user.name", "unknown")));
                Cli.stdout().printf("%d rows: %d new, %d updated, %d unchanged (%d ms)%n", s.rows(), s.inserted(), s.updated(), s.unchanged(),
                        (System.nanoTime() - started) / 1_000_000);
            });
            return Cli.OK;
        }
    }
}
