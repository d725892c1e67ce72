package org.microdegree.jobs.internal;

import lombok.RequiredArgsConstructor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.LongFunction;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a job's learners into ranges of ids of about equal size, one partition each. The same
 * learners give the same ranges, so a restart finds its partitions (and their progress) again.
 */
@RequiredArgsConstructor
class LearnerRanges implements Partitioner {

    static final String INSTANCE = "instance";
    static final String AFTER = "after";
    static final String TO = "to";
    static final String SIZE = "size";
    static final String AUDIT = "audit";
    static final String CONFIRM = "confirm";
    static final String USER = "user";
    static final String REGISTRAR_AT = "registrarAt";

    /** The job's learners in id order, by job instance. */
    private final LongFunction<List<String>> learners;

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        var step = StepSynchronizationManager.getContext().getStepExecution();
        long instance = step.getJobExecution().getJobInstance().getInstanceId();
        var parameters = step.getJobExecution().getJobParameters();
        boolean audit = Boolean.parseBoolean(String.valueOf(parameters.getString("audit", "false")));
        boolean confirm = Boolean.parseBoolean(String.valueOf(parameters.getString("confirm", "false")));
        List<String> ids = learners.apply(instance);
        Map<String, ExecutionContext> out = new LinkedHashMap<>();
        int parts = Math.max(1, Math.min(gridSize, ids.size()));
        int start = 0;
        for (int p = 0; p < parts; p++) {
            int end = (int) ((long) ids.size() * (p + 1) / parts);
            ExecutionContext ctx = new ExecutionContext();
            ctx.putLong(INSTANCE, instance);
            ctx.putString(AFTER, start == 0 ? "" : ids.get(start - 1));
            ctx.putString(TO, ids.isEmpty() ? "" : ids.get(Math.max(start, end - 1)));
            ctx.putLong(SIZE, end - start);
            ctx.putString(AUDIT, Boolean.toString(audit));
            ctx.putString(CONFIRM, Boolean.toString(confirm));
            ctx.putString(USER, String.valueOf(parameters.getString("user", "job")));
            ctx.putString(REGISTRAR_AT, String.valueOf(parameters.getString("registrarAt", "")));
            out.put("partition" + p, ctx);
            start = end;
        }
        return out;
    }
}
