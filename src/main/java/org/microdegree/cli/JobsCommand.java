package org.microdegree.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.microdegree.jobs.JobView;
import org.microdegree.jobs.Jobs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The bulk jobs: what ran, how far it got, why it stopped; restart one; lend a hand with another instance's job. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = {
        "Bulk jobs (import of a ZIP bundle, award --all): list them with their counts, show one, restart one that",
        "failed from its last committed chunk, or take part in the jobs another instance on the same database runs."}, subcommands = {
                JobsCommand.ListJobs.class, JobsCommand.Show.class, JobsCommand.Restart.class, JobsCommand.Work.class})
final class JobsCommand {

    /** The awards' outcome in one line, as {@code award --all} has always said it. */
    /** What the job's audit (and award) step found, over every run of the job. */
    static String awards(JobView job) {
        if (job.name().equals("audit")) {
            return String.format("audited %d learners: %d of %d enrolled credentials complete", job.count("learners"), job.count("complete"),
                    job.count("credentials"));
        }
        return String.format("%d learners audited; issued %d certificate(s); %d issued before; %d awaiting partners' approval;"
                + " %d awaiting confirmation (--confirm); %d failed", job.count("learners"), job.count("issued"), job.count("issuedBefore"),
                job.count("awaitingApproval"), job.count("awaitingConfirmation"), job.count("failed"));
    }

    static String line(JobView j) {
        String progress = j.total() > 0 ? String.format("%d/%d learners", j.done(), j.total()) : "-";
        return String.format("%-6d %-7s %-10s %-19s %-19s %-20s %s", j.id(), j.name(), j.status().toLowerCase(Locale.ROOT),
                j.started() == null ? "-" : j.started().withNano(0).toString().replace('T', ' '),
                j.ended() == null ? "-" : j.ended().withNano(0).toString().replace('T', ' '), progress,
                j.message() == null ? "" : j.message());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The most recent jobs, newest first.")
    static final class ListJobs implements Callable<Integer> {
        @Mixin DataOptions data;
        @Option(names = "--limit", defaultValue = "20", description = "How many (default: ${DEFAULT-VALUE}).") int limit;

        @Override
        public Integer call() {
            if (limit < 1 || limit > 1000) {
                throw new UsageException("--limit: expected 1 to 1000, got " + limit);
            }
            Runtime.inContext(data, ctx -> {
                var out = Cli.stdout();
                var jobs = ctx.getBean(Jobs.class).recent(limit);
                if (jobs.isEmpty()) {
                    out.println("no jobs yet");
                    return;
                }
                out.printf("%-6s %-7s %-10s %-19s %-19s %-20s %s%n", "ID", "JOB", "STATUS", "STARTED", "ENDED", "PROGRESS", "REASON");
                jobs.forEach(j -> out.println(line(j)));
            });
            return Cli.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One job: its steps and partitions with their counts, and who ran them.")
    static final class Show implements Callable<Integer> {
        @Mixin DataOptions data;
        @Parameters(paramLabel = "ID", description = "The job's id (jobs list).") long id;

        @Override
        public Integer call() {
            Runtime.inContext(data, ctx -> {
                var out = Cli.stdout();
                JobView j = ctx.getBean(Jobs.class).find(id).orElseThrow(() -> new UsageException("no job " + id + " (see jobs list)"));
                out.println(line(j));
                j.summary().forEach(s -> out.println("  " + s));
                if (j.total() > 0) {
                    out.println("  " + awards(j));
                }
                out.printf("  %-40s %-10s %8s %8s %8s %8s  %s%n", "STEP", "STATUS", "READ", "WRITTEN", "SKIPPED", "COMMITS", "WORKER");
                j.steps().forEach(s -> out.printf("  %-40s %-10s %8d %8d %8d %8d  %s%n", s.name(), s.status().toLowerCase(Locale.ROOT),
                        s.read(), s.written(), s.skipped(), s.commits(), s.worker() == null ? "" : s.worker()));
            });
            return Cli.OK;
        }
    }

    @Command(name = "restart", mixinStandardHelpOptions = true, description = {
            "Restart a failed job from its last committed chunk (after setting the key password, say).",
            "A job whose process died shows as running: it is restarted once it has not moved for --quiet minutes."})
    static final class Restart implements Callable<Integer> {
        @Mixin DataOptions data;
        @Parameters(paramLabel = "ID", description = "The job's id (jobs list).") long id;
        @Option(names = "--quiet", defaultValue = "2", paramLabel = "MINUTES", description = "A running job that has not moved for this long counts as dead (default: ${DEFAULT-VALUE}).") int quiet;

        @Override
        public Integer call() {
            if (quiet < 0) {
                throw new UsageException("--quiet: expected 0 or more minutes, got " + quiet);
            }
            Runtime.inContext(data, ctx -> {
                long started = System.nanoTime();
                try (JobProgress progress = new JobProgress(System.err)) {
                    JobView j = ctx.getBean(Jobs.class).restart(id, Duration.ofMinutes(quiet), progress);
                    progress.close();
                    Cli.stdout().printf("job %d (%s, the restart of job %d) completed (%d ms): %s%n", j.id(), j.name(), id,
                            (System.nanoTime() - started) / 1_000_000, awards(j));
                }
                ImportCommand.awaitReaudits(ctx, Cli.stdout());
            });
            return Cli.OK;
        }
    }

    @Command(name = "work", mixinStandardHelpOptions = true, description = {
            "Take part in the jobs other instances on the same database run: take their open partitions and run them,",
            "until none has come for --idle seconds."})
    static final class Work implements Callable<Integer> {
        @Mixin DataOptions data;
        @Option(names = "--idle", defaultValue = "30", paramLabel = "SECONDS", description = "Stop after this long without work (default: ${DEFAULT-VALUE}).") int idle;

        @Override
        public Integer call() {
            if (idle < 0) {
                throw new UsageException("--idle: expected 0 or more seconds, got " + idle);
            }
            Runtime.inContext(data, ctx -> Cli.stdout().printf("ran %d partition(s) of other instances' jobs%n",
                    ctx.getBean(Jobs.class).work(Duration.ofSeconds(idle))));
            return Cli.OK;
        }
    }
}
