package org.microdegree.jobs.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.InvalidInputException;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** What the jobs API reads from an execution: when it last moved, and why it failed. */
public final class JobExecutions {

    private JobExecutions() {
    }

    /** When the job or one of its steps last wrote to the repository. */
    public static @Nullable LocalDateTime lastMoved(JobExecution execution) {
        LocalDateTime moved = execution.getLastUpdated();
        for (StepExecution s : execution.getStepExecutions()) {
            if (s.getLastUpdated() != null && (moved == null || s.getLastUpdated().isAfter(moved))) {
                moved = s.getLastUpdated();
            }
        }
        return moved;
    }

    /** The root causes of a job's failure, stopping at refused data ({@link InvalidInputException}). */
    public static List<Throwable> failures(JobExecution execution) {
        List<Throwable> out = new ArrayList<>();
        for (Throwable t : execution.getAllFailureExceptions()) {
            Throwable c = t;
            while (c.getCause() != null && !(c instanceof InvalidInputException)) {
                c = c.getCause();
            }
            out.add(c);
        }
        return out;
    }
}
