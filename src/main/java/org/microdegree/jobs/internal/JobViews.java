package org.microdegree.jobs.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.microdegree.jobs.JobView;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/** A job execution as its operator reads it ({@link JobView}): steps, totals over every run, why it stopped. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JobViews {

    private final JobRepository repository;

    public JobView view(JobExecution e) {
        long instance = e.getJobInstance().getInstanceId();
        List<JobView.StepView> steps = new ArrayList<>();
        String message = null;
        for (StepExecution s : e.getStepExecutions()) {
            String worker = s.getStepName().contains(":partition")
                    ? s.getExecutionContext().containsKey("worker")
                            ? s.getExecutionContext().getString("worker")
                            : null
                    : null;
            steps.add(new JobView.StepView(s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(),
                    s.getFilterCount() + s.getSkipCount(), s.getCommitCount(), worker));
            if (message == null && s.getStatus() == BatchStatus.FAILED && s.getStepName().contains(":partition")) {
                message = reason(s);
            }
        }
        if (message == null && e.getStatus() == BatchStatus.FAILED) {
            for (StepExecution s : e.getStepExecutions()) {
                if (s.getStatus() == BatchStatus.FAILED) {
                    message = reason(s);
                    break;
                }
            }
        }
        // each partition's running totals, as its latest run left them (a restart carries them over)
        Map<String, StepExecution> latest = new HashMap<>();
        for (JobExecution run : repository.getJobExecutions(e.getJobInstance())) {
            for (StepExecution s : run.getStepExecutions()) {
                if (s.getStepName().contains(":partition") || s.getExecutionContext().containsKey("size")) {
                    latest.merge(s.getStepName(), s, (a, b) -> a.getId() > b.getId() ? a : b);
                }
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        long total = 0;
        for (StepExecution s : latest.values()) {
            var ctx = s.getExecutionContext();
            total += ctx.getLong("size", 0L);
            for (String key : JobView.COUNTS) {
                counts.merge(key, ctx.getLong(key, 0L), Long::sum);
            }
        }
        long all = total;
        long done = counts.getOrDefault("learners", 0L) + counts.getOrDefault("done", 0L);
        Map<String, String> rows = new TreeMap<>();
        for (var entry : e.getExecutionContext().entrySet()) {
            if (entry.getKey().startsWith("rows:")) {
                rows.put(entry.getKey().substring(5), String.valueOf(entry.getValue()));
            }
        }
        List<String> summary = new ArrayList<>();
        if (e.getExecutionContext().containsKey("summary")) {
            summary.addAll(List.of(e.getExecutionContext().getString("summary").split("\n")));
        }
        return new JobView(e.getId(), instance, e.getJobInstance().getJobName(), e.getStatus().name(), e.getStartTime(), e.getEndTime(),
                all, Math.min(done, all), message, summary, steps, counts, rows);
    }

    /** Why a step failed, in words: the cause's message without the exception's class name; never SQL (it may hold data). */
    private static @Nullable String reason(StepExecution s) {
        for (Throwable t : s.getFailureExceptions()) {
            Throwable c = t;
            while (true) {
                if (c instanceof DataAccessException) {
                    return DATABASE;
                }
                if (c.getCause() == null) {
                    break;
                }
                c = c.getCause();
            }
            if (c.getMessage() != null) {
                return c.getMessage();
            }
        }
        String d = s.getExitStatus().getExitDescription();
        if (d == null || d.isBlank()) {
            return null;
        }
        if (d.contains("org.springframework.dao.") || d.contains("java.sql.") || d.contains("SQL")) {
            return DATABASE;
        }
        String first = d.strip().lines().findFirst().orElse("");
        return first.replaceFirst("^([\\w$]+\\.)*[\\w$]*(Exception|Error)(: )?", "").strip();
    }

    private static final String DATABASE = "the database refused a change or did not answer in time (the server's log says which)";
}
