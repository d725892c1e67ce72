package org.microdegree.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.microdegree.jobs.JobView;

/**
 * A job's progress on standard error (standard output carries the result): a progress bar with the
 * learners done, their rate and the time left on a terminal; elsewhere (a pipe, a log, CI) a plain
 * line every ten percent.
 */
final class JobProgress implements Consumer<JobView>, AutoCloseable {

    private final PrintStream err;
    private final boolean terminal;
    private @Nullable ProgressBar bar;
    private long said = -1;
    private boolean importing;

    JobProgress(PrintStream err) {
        this.err = err;
        this.terminal = onTerminal() && System.getenv("CI") == null;
    }

    /** Whether standard input and output are a terminal (JDK 22 and later answer that; on 21 a console is one). */
    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void accept(JobView job) {
        if (job.total() == 0) {
            if (!importing && job.steps().stream().anyMatch(s -> s.name().equals("import-data") && s.status().equals("STARTED"))) {
                err.println("job " + job.id() + ": importing the data ...");
                importing = true;
            }
            return;
        }
        boolean ofCertificates = job.name().equals("revoke") || job.name().equals("export-certificates");
        String doing = job.name().equals("revoke") ? "revoked" : "exported";
        String learnersDone = job.name().equals("audit") ? "audited" : "audited and awarded";
        if (terminal) {
            if (bar == null) {
                bar = new ProgressBarBuilder()
                        .setTaskName("job " + job.id() + (ofCertificates || job.name().equals("audit") ? " " + job.name() : " audit and award"))
                        .setInitialMax(job.total())
                        .setStyle(ProgressBarStyle.ASCII).setUnit(ofCertificates ? " certificates" : " learners", 1).showSpeed().setConsumer(
                                new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                        .build();
            }
            bar.stepTo(job.done());
            return;
        }
        long tenth = job.done() * 10 / job.total();
        if (tenth != said) {
            said = tenth;
            if (ofCertificates) {
                err.printf("job %d: %s %d of %d certificates (%d%%)%n", job.id(), doing, job.done(), job.total(), tenth * 10);
            } else {
                err.printf("job %d: %s %d of %d learners (%d%%)%n", job.id(), learnersDone, job.done(), job.total(), tenth * 10);
            }
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
