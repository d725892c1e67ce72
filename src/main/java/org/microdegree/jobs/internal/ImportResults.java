package org.microdegree.jobs.internal;

import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.microdegree.results.Achievements;
import org.microdegree.learners.ImportSummary;
import org.microdegree.shared.Actor;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The import's second step: the results the first step checked, read from disk again and written
 * 50,000 rows per chunk, each chunk in its own transaction with the count of rows written; a
 * restart skips those rows and goes on. Never the whole file in memory: the open file is kept
 * between the chunks of one run.
 */
@RequiredArgsConstructor
class ImportResults implements Tasklet {

    static final String ROWS = "results:rows";
    static final String WHERE = "results:where";

    private final Achievements achievements;
    private final JobLearners touched;
    private final int chunk;
    private final Map<Long, Achievements.ResultChunks> open = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> listed = new ConcurrentHashMap<>();

    /** @param chunk rows per chunk (50,000: a few seconds of work, about 25 MB) */

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        StepExecution step = chunk.getStepContext().getStepExecution();
        ExecutionContext job = step.getJobExecution().getExecutionContext();
        var parameters = step.getJobExecution().getJobParameters();
        Path file = Path.of(String.valueOf(parameters.getString("dir"))).resolve("achievements.csv");
        if (!job.containsKey(ROWS) || !Files.isRegularFile(file)) {
            return RepeatStatus.FINISHED;
        }
        Actor actor = JobActors.of(parameters);
        ExecutionContext ctx = step.getExecutionContext();
        long done = ctx.getLong("rowsDone", 0L);
        ImportSummary s;
        try {
            Achievements.ResultChunks rows = open.computeIfAbsent(step.getId(),
                    id -> achievements.resultsForJob(job.getString(WHERE), file, done, actor));
            s = rows.writeNext(this.chunk);
        } catch (RuntimeException e) {
            close(step.getId());
            throw e;
        }
        // a learner's results are usually side by side in the file: list each once per run, not once per chunk
        Set<String> listed = this.listed.computeIfAbsent(step.getId(), id -> ConcurrentHashMap.newKeySet());
        touched.add(step.getJobExecution().getJobInstance().getInstanceId(), s.learners().stream().map(LearnerId::value).filter(listed::add).toList());
        for (int i = 0; i < s.rows(); i++) {
            contribution.incrementReadCount();
        }
        contribution.incrementWriteCount(s.inserted() + s.updated());
        contribution.incrementFilterCount(s.unchanged());
        ctx.putLong("rowsDone", done + s.rows());
        ctx.putLong("inserted", ctx.getLong("inserted", 0L) + s.inserted());
        ctx.putLong("updated", ctx.getLong("updated", 0L) + s.updated());
        ctx.putLong("unchanged", ctx.getLong("unchanged", 0L) + s.unchanged());
        if (s.rows() == this.chunk) {
            return RepeatStatus.CONTINUABLE;
        }
        close(step.getId());
        long all = ctx.getLong("rowsDone");
        job.putString("rows:achievements.csv", all + "," + ctx.getLong("inserted") + "," + ctx.getLong("updated") + "," + ctx.getLong("unchanged"));
        long millis = step.getStartTime() == null ? 0 : Duration.between(step.getStartTime(), LocalDateTime.now()).toMillis();
        String line = String.format("achievements.csv: %d results: %d new, %d changed, %d unchanged (%d ms)", all, ctx.getLong("inserted"),
                ctx.getLong("updated"), ctx.getLong("unchanged"), millis);
        // the first step's line said the results were checked; this one says what was written
        List<String> lines = new ArrayList<>(job.containsKey("summary")
                ? job.getString("summary").lines()
                        .filter(l -> !l.startsWith("achievements.csv:")).toList()
                : List.of());
        lines.add(line);
        job.putString("summary", String.join("\n", lines));
        return RepeatStatus.FINISHED;
    }

    private void close(long step) {
        listed.remove(step);
        Achievements.ResultChunks rows = open.remove(step);
        if (rows != null) {
            rows.close();
        }
    }
}
