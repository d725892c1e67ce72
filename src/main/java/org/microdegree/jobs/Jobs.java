package org.microdegree.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.microdegree.jobs.internal.ImportPreview;
import org.microdegree.jobs.internal.JobActors;
import org.microdegree.jobs.internal.JobExecutions;
import org.microdegree.jobs.internal.JobParameterSets;
import org.microdegree.jobs.internal.Revocations;
import org.microdegree.credentials.Certificates;
import org.microdegree.jobs.internal.JobViews;
import org.microdegree.jobs.internal.PartitionBoard;
import org.microdegree.learners.ImportSummary;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * The jobs module's API: start a bulk job and follow it, list jobs, restart one that failed, and
 * lend a hand with other instances' jobs. A job runs in the caller's process until it ends;
 * {@code progress} hears how far it got about twice a second.
 */
@Service
public class Jobs {

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job importJob;
    private final Job awardJob;
    private final Job revokeJob;
    private final Job exportJob;
    private final Job auditJob;
    private final PartitionBoard board;
    private final JdbcClient jdbc;
    private final ImportPreview previews;
    private final JobViews views;
    private final Certificates certificates;

    Jobs(JobOperator operator, JobRepository repository, Job importJob, Job awardJob, Job revokeJob, Job exportJob, Job auditJob, PartitionBoard board,
            JdbcClient jdbc,
            ImportPreview previews, JobViews views, Certificates certificates) {
        this.certificates = certificates;
        this.previews = previews;
        this.operator = operator;
        this.repository = repository;
        this.importJob = importJob;
        this.awardJob = awardJob;
        this.revokeJob = revokeJob;
        this.exportJob = exportJob;
        this.auditJob = auditJob;
        this.board = board;
        this.jdbc = jdbc;
        this.views = views;
    }

    /**
     * Revokes the certificates a CSV lists ({@code certificate,reason} per row): every row is checked
     * first and a list with errors refused whole ({@link InvalidInputException}); then revoked 500
     * at a time, restartable. Those revoked before are skipped.
     *
     * @param source what the user named, for the errors' places
     */
    public JobView revoke(Path file, String source, String user, Consumer<JobView> progress) {
        return follow(revokeJob, JobParameterSets.revoking(file, source, user, Set.of()), progress);
    }

    /**
     * Writes every certificate (or one institution's) into a ZIP: {@code ID.json} (the signed VC),
     * {@code ID.pdf} in {@code pdfLanguage} when given, and {@code certificates.csv}; restartable.
     */
    public JobView exportCertificates(Path zip, @Nullable String institution, @Nullable String pdfLanguage, String user,
            Consumer<JobView> progress) {
        return follow(exportJob, JobParameterSets.exporting(zip, institution, pdfLanguage, user, Set.of()), progress);
    }

    /**
     * Checks a revocation list as the job would, nothing written: how many certificates it lists, or
     * every error at once ({@link InvalidInputException}), each with its line.
     */
    public int checkRevocations(Path file, String source, Actor actor) {
        JobActors.registrarAt(actor);
        return Revocations.checked(file, source, certificates, actor);
    }

    /** The same started by a registrar in the browser: revoked in the background with her rights. */
    public void revokeInBackground(Path file, String source, Actor actor) {
        inBackground(revokeJob, JobParameterSets.revoking(file, source, actor.name(), JobActors.registrarAt(actor)), null);
    }

    /** Her institutions' certificates into {@code zip} in the background (with PDFs in {@code pdfLanguage}); the job's page offers it. */
    public void exportInBackground(Path zip, @Nullable String pdfLanguage, Actor actor) {
        inBackground(exportJob, JobParameterSets.exporting(zip, null, pdfLanguage, actor.name(), JobActors.registrarAt(actor)), null);
    }

    /**
     * The ZIP a completed export job wrote, for the registrar who started it (or one who holds the
     * same rights); empty for any other job, or while it runs.
     */
    public Optional<Path> exportFile(long id, Actor actor) {
        JobExecution execution = execution(id).orElseThrow(() -> new NotFoundException("no job " + id));
        if (!execution.getJobInstance().getJobName().equals(exportJob.getName()) || execution.getStatus() != BatchStatus.COMPLETED) {
            return Optional.empty();
        }
        requireRights(execution, actor);
        Path zip = Path.of(String.valueOf(execution.getJobParameters().getString("out")));
        return Files.isRegularFile(zip) ? Optional.of(zip) : Optional.empty();
    }

    private JobView view(JobExecution e) {
        return views.view(e);
    }

    /**
     * Imports a bundle's parts (catalogue.json or .yaml, learners.csv, enrolments.csv,
     * achievements.csv) from {@code dir}, then audits the learners whose results it wrote and awards
     * their certificates. Bad data fails the job with every error ({@link InvalidInputException}),
     * nothing written; any other failure leaves a job to restart ({@link JobFailedException}).
     *
     * @param source what the user named (the ZIP file), for the errors' places
     */
    public JobView importData(Path dir, String source, String user, Consumer<JobView> progress) {
        return follow(importJob, JobParameterSets.importing(dir, source, user, Set.of()), progress);
    }

    /**
     * What importing this part (learners.csv, enrolments.csv, achievements.csv) would do, with the
     * actor's rights, nothing written: the counts, or every error ({@link InvalidInputException}).
     */
    public ImportSummary preview(String part, byte[] content, String source, Actor actor) {
        JobActors.registrarAt(actor);
        return previews.preview(part, content, source, actor);
    }

    /** Awards every met credential without a certificate; {@code confirm}: also those that wait for a registrar's confirmation. */
    public JobView award(boolean confirm, String user, Consumer<JobView> progress) {
        return follow(awardJob, JobParameterSets.awarding(confirm, user, Set.of()), progress);
    }

    /**
     * Audits every learner with an enrolment for everything she is enrolled in, partitioned like an
     * award; records nothing. The counts are the view's {@code learners}, {@code credentials} and
     * {@code complete}.
     */
    public JobView audit(String user, Consumer<JobView> progress) {
        return follow(auditJob, JobParameterSets.auditing(user), progress);
    }

    /**
     * The same started by a registrar in the browser: the job runs in the background with her
     * rights (her institutions' rows and certificates only), and its page follows it.
     */
    public void importInBackground(Path dir, String source, Actor actor) {
        // the folder is kept while the job may still be restarted
        inBackground(importJob, JobParameterSets.importing(dir, source, actor.name(), JobActors.registrarAt(actor)), dir);
    }

    public void awardInBackground(boolean confirm, Actor actor) {
        inBackground(awardJob, JobParameterSets.awarding(confirm, actor.name(), JobActors.registrarAt(actor)), null);
    }

    /** Runs the job on a virtual thread; returns once it is in the repository. {@code done}: removed when the job has ended for good. */
    private void inBackground(Job job, JobParameters parameters, @Nullable Path done) {
        background.execute(() -> {
            if (quietly(job, parameters) && done != null) {
                deleteQuietly(done);
            }
        });
        awaitStart(job, parameters);
    }

    /** Restarts a failed job in the background (the browser); only a job started with rights the actor holds too. */
    public void restartInBackground(long id, Actor actor) {
        JobExecution execution = execution(id).orElseThrow(() -> new NotFoundException("no job " + id));
        requireRights(execution, actor);
        background.execute(() -> {
            try {
                restart(id, Duration.ofMinutes(2), v -> {
                });
            } catch (RuntimeException e) {
                LOG.info("job {} restarted from the browser stopped again: {}", id, e.getMessage());
            }
        });
    }

    /** Only someone who holds the rights a job was started with acts on it (an admin on the operator's). */
    private static void requireRights(JobExecution execution, Actor actor) {
        String at = execution.getJobParameters().getString("registrarAt", "");
        Set<String> needed = at == null || at.isBlank() ? Set.of() : Set.of(at.split(","));
        boolean allowed = actor.operator() || (needed.isEmpty()
                ? actor.grants().stream().anyMatch(g -> g.role() == Role.ADMIN)
                : needed.stream().allMatch(i -> actor.has(Role.REGISTRAR, i)));
        if (!allowed) {
            throw new ForbiddenException("job " + execution.getId() + " was started with rights you do not hold");
        }
    }

    /** Returns once the job is in the repository (or after a few seconds): the page the user sees next lists it. */
    private void awaitStart(Job job, JobParameters parameters) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (repository.getLastJobExecution(job.getName(), parameters) == null && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean quietly(Job job, JobParameters parameters) {
        try {
            follow(job, parameters, v -> {
            });
            return true;
        } catch (InvalidInputException e) {
            return true; // refused data: nothing to resume
        } catch (RuntimeException e) {
            // the job's page shows why; the log says it once
            LOG.info("job {} stopped: {}", job.getName(), e.getMessage());
            return false;
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            LOG.info("could not remove {}: {}", dir, e.getMessage());
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * Restarts a failed or stopped job from its last committed chunk. A job whose process died (it
     * still shows as running, but nothing has moved for {@code quiet}) is marked failed first.
     */
    public JobView restart(long id, Duration quiet, Consumer<JobView> progress) {
        JobExecution execution = execution(id).orElseThrow(() -> new NotFoundException("no job " + id));
        JobExecution last = repository.getLastJobExecution(execution.getJobInstance());
        if (last != null && last.getId() != id) {
            throw new ConflictException("job " + id + " was restarted before as job " + last.getId() + "; restart that");
        }
        if (execution.isRunning()) {
            LocalDateTime moved = JobExecutions.lastMoved(execution);
            if (moved != null && moved.isAfter(LocalDateTime.now().minus(quiet))) {
                throw new ConflictException("job " + id + " is running (it moved at " + moved.withNano(0)
                        + "); wait for it, or restart it when it has not moved for " + quiet.toMinutes() + " minutes");
            }
            operator.recover(execution);
        }
        if (execution.getStatus() == BatchStatus.ABANDONED) {
            throw new ConflictException("job " + id + " was abandoned (its data was refused); import the file again");
        }
        execution = repository.getJobExecution(id);
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            throw new ConflictException("job " + id + " is " + execution.getStatus().name().toLowerCase()
                    + "; only a failed or stopped job is restarted");
        }
        String name = execution.getJobInstance().getJobName();
        Job job = List.of(importJob, revokeJob, exportJob, auditJob).stream().filter(j -> j.getName().equals(name)).findFirst().orElse(awardJob);
        JobExecution failed = execution;
        return follow(job, execution.getJobParameters(), () -> operator.restart(failed), progress);
    }

    private JobView follow(Job job, JobParameters parameters, Consumer<JobView> progress) {
        return follow(job, parameters, () -> operator.start(job, parameters), progress);
    }

    /** Takes part in other instances' jobs: runs open partitions until none came for {@code idle}; returns how many it ran. */
    public int work(Duration idle) {
        return board.work(idle);
    }

    /** Jobs are the desk of registrars and admins (and the operator at the command line). */
    public static void requireDesk(Actor actor) {
        if (!actor.hasAnywhere(Role.REGISTRAR)) {
            throw new ForbiddenException("bulk jobs are for registrars and admins");
        }
    }

    /** The most recent jobs, newest first. */
    public List<JobView> recent(int limit) {
        List<Long> ids = jdbc.sql("select job_execution_id from batch_job_execution order by job_execution_id desc limit ?")
                .param(limit).query(Long.class).list();
        List<JobView> out = new ArrayList<>();
        for (long id : ids) {
            find(id).ifPresent(out::add);
        }
        return out;
    }

    public Optional<JobView> find(long id) {
        return execution(id).map(this::view);
    }

    /** The execution, if there is one (the repository answers an unknown id with an exception, not null). */
    private Optional<JobExecution> execution(long id) {
        Long n = jdbc.sql("select count(*) from batch_job_execution where job_execution_id = ?").param(id).query(Long.class).single();
        return n == 0 ? Optional.empty() : Optional.ofNullable(repository.getJobExecution(id));
    }

    private interface Start {
        JobExecution start() throws Exception;
    }

    private JobView follow(Job job, JobParameters parameters, Start start, Consumer<JobView> progress) {
        var runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "job-" + job.getName());
            t.setDaemon(true);
            return t;
        });
        try {
            Future<JobExecution> run = runner.submit(start::start);
            while (!run.isDone()) {
                JobExecution now = repository.getLastJobExecution(job.getName(), parameters);
                if (now != null) {
                    progress.accept(view(now));
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            JobExecution done = run.get();
            JobView view = view(repository.getJobExecution(done.getId()));
            progress.accept(view);
            if (done.getStatus() != BatchStatus.COMPLETED) {
                throw failure(done, view);
            }
            return view;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } finally {
            runner.shutdown();
        }
    }

    /** Bad data: the job is abandoned (there is nothing to resume) and its errors go back to the caller; else a job to restart. */
    private RuntimeException failure(JobExecution done, JobView view) {
        for (Throwable t : JobExecutions.failures(done)) {
            if (t instanceof InvalidInputException invalid) {
                try {
                    operator.abandon(repository.getJobExecution(done.getId()));
                } catch (JobExecutionAlreadyRunningException e) {
                    // it ended a moment ago: cannot be running
                }
                return invalid;
            }
        }
        return new JobFailedException(view, "job " + done.getId() + " (" + done.getJobInstance().getJobName() + ") stopped: "
                + (view.message() == null ? "a step failed" : view.message()));
    }

}
