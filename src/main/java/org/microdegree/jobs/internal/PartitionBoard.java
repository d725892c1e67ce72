package org.microdegree.jobs.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The partitions of running jobs, posted by the instance that runs the job and taken by any
 * instance on the same database. Taking one is a conditional update: of two instances asking at
 * once, one gets it.
 */
@Component
public class PartitionBoard {

    private static final Logger LOG = LoggerFactory.getLogger(PartitionBoard.class);

    private final JdbcClient jdbc;
    private final JobRepository repository;
    // the steps are looked up when a partition runs: the partitioned steps themselves hand their work to this board
    private final ObjectProvider<Step> steps;
    private final String me;

    PartitionBoard(JdbcClient jdbc, JobRepository repository, ObjectProvider<Step> steps) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.steps = steps;
        this.me = instanceName();
    }

    /** This instance's name in the board: host and process. */
    public String me() {
        return me;
    }

    static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid() + ":" + Integer.toHexString(System.identityHashCode(new Object()));
    }

    void post(long jobExecution, String step, Collection<StepExecution> partitions) {
        for (StepExecution p : partitions) {
            jdbc.sql("insert into jobs_partition (step_execution_id, job_execution_id, step_name) values (?, ?, ?)")
                    .params(p.getId(), jobExecution, step).update();
        }
    }

    /** Takes and runs the open partitions of one job (null: of any job) until none is left; returns how many it ran. */
    int workOn(@org.jspecify.annotations.Nullable Long jobExecution) {
        int ran = 0;
        while (true) {
            Optional<Open> next = take(jobExecution);
            if (next.isEmpty()) {
                return ran;
            }
            run(next.get());
            ran++;
        }
    }

    private record Open(long stepExecution, long jobExecution, String step) {}

    private Optional<Open> take(@org.jspecify.annotations.Nullable Long jobExecution) {
        List<Open> open = jdbc.sql("select step_execution_id, job_execution_id, step_name from jobs_partition where claimed_by is null"
                + (jobExecution == null ? "" : " and job_execution_id = " + jobExecution) + " order by step_execution_id")
                .query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
        for (Open o : open) {
            int taken = jdbc.sql("update jobs_partition set claimed_by = ?, claimed_at = ? where step_execution_id = ? and claimed_by is null")
                    .params(me, Instant.now().atOffset(ZoneOffset.UTC), o.stepExecution()).update();
            if (taken == 1) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    private void run(Open o) {
        StepExecution execution = repository.getStepExecution(o.stepExecution());
        Step step = steps.stream().filter(s -> s.getName().equals(o.step())).findFirst().orElse(null);
        if (execution == null || step == null) {
            LOG.warn("partition {} of job {} cannot run here (step {} unknown)", o.stepExecution(), o.jobExecution(), o.step());
            return;
        }
        execution.getExecutionContext().putString("worker", me);
        try {
            step.execute(execution);
        } catch (Exception e) {
            // the step records its failure in its execution; the job's manager reads it from there
            LOG.warn("partition {} of job {} stopped: {}", o.stepExecution(), o.jobExecution(), e.getMessage());
        }
    }

    /** A partition taken by an instance that stopped updating it for 10 minutes is given up (its job can be restarted). */
    boolean abandoned(long stepExecution) {
        var row = jdbc.sql("select s.last_updated from batch_step_execution s where s.step_execution_id = ?").param(stepExecution)
                .query(LocalDateTime.class).optional();
        return row.isPresent() && row.get() != null && row.get().isBefore(LocalDateTime.now().minus(Duration.ofMinutes(10)));
    }

    /** Runs open partitions of any job until {@code idle} passes with none to take; returns how many it ran. */
    public int work(Duration idle) {
        int ran = 0;
        Instant quietSince = Instant.now();
        while (Duration.between(quietSince, Instant.now()).compareTo(idle) < 0) {
            int now = workOn(null);
            ran += now;
            if (now > 0) {
                quietSince = Instant.now();
            } else {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return ran;
    }
}
