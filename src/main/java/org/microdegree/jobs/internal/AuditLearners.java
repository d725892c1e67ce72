package org.microdegree.jobs.internal;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.audit.Reaudits;
import org.microdegree.shared.LearnerId;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One partition of {@code audit --all}: a range of enrolled learners' ids, a chunk of them per call (read
 * from the enrolments: nothing is written to list them), their evidence read once, each
 * audited for what she is enrolled in. Nothing is written but the counts, kept in the partition's
 * context with the last learner done, so that a restart goes on from there with the totals so far.
 *
 * <p>Counts: read = learners, written = credentials audited; the context adds {@code learners},
 * {@code credentials} and {@code complete}.
 */
@RequiredArgsConstructor
class AuditLearners implements Tasklet {

    private static final int CHUNK = 1000;

    private final EnrollingLearners enrollingLearners;
    private final Reaudits audits;

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        ExecutionContext ctx = chunk.getStepContext().getStepExecution().getExecutionContext();
        String to = ctx.getString(LearnerRanges.TO);
        if (to.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        String after = ctx.containsKey(AuditAndAward.LAST) ? ctx.getString(AuditAndAward.LAST) : ctx.getString(LearnerRanges.AFTER);
        List<LearnerId> ids = enrollingLearners.enrolledLearnersBetween(after, to, CHUNK);
        if (ids.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        // the chunk's learners are the enrolled ones in this range of ids: read as a range, not a list
        Reaudits.Counts counts = audits.audit(after, ids.getLast());
        for (int i = 0; i < ids.size(); i++) {
            contribution.incrementReadCount();
        }
        contribution.incrementWriteCount(counts.credentials());
        ctx.putString(AuditAndAward.LAST, ids.getLast().value());
        AuditAndAward.add(ctx, "learners", counts.learners());
        AuditAndAward.add(ctx, "credentials", counts.credentials());
        AuditAndAward.add(ctx, "complete", counts.complete());
        return ids.size() < CHUNK ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
    }
}
