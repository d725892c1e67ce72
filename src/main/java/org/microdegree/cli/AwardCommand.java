package org.microdegree.cli;

import java.util.concurrent.Callable;
import org.microdegree.jobs.Jobs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "award", mixinStandardHelpOptions = true, description = {
        "Issue the certificates learners have earned and not yet received: every micro-credential and programme",
        "version the audit found met. Safe to run again or side by side: each certificate is issued once.",
        "Runs as a job: other instances on the same database share it (jobs work); a failed one resumes with jobs restart ID."})
final class AwardCommand implements Callable<Integer> {

    @Mixin DataOptions data;
    @Option(names = "--all", required = true, description = "Every met credential without a certificate.") boolean all;
    @Option(names = "--confirm", description = "Also issue those whose certificates wait for a registrar's confirmation: this run confirms them.") boolean confirm;

    @Override
    public Integer call() {
        Runtime.inContext(data, ctx -> {
            long started = System.nanoTime();
            try (JobProgress progress = new JobProgress(System.err)) {
                var job = ctx.getBean(Jobs.class).award(confirm, CertificatesCommand.operator().name(), progress);
                progress.close();
                Cli.stdout().printf("job %d: %s (%d ms)%n", job.id(), JobsCommand.awards(job), (System.nanoTime() - started) / 1_000_000);
            }
        });
        return Cli.OK;
    }
}
