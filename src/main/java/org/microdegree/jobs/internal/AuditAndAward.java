package org.microdegree.jobs.internal;

import org.microdegree.credentials.AwardingCertificates;
import java.util.List;
import org.microdegree.shared.LearnerId;
import org.microdegree.audit.Reaudits;
import org.microdegree.results.LearnerEvidence;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One partition of the audit-and-award step, a chunk of learners per call: records what they met
 * (no event per learner) and issues their certificates. The last learner done is kept in the
 * partition's context, which the step commits after each chunk: a restart goes on from there.
 * Both halves are idempotent (a met credential is recorded once, a certificate issued once), so a
 * chunk cut off half-way and done again changes nothing twice.
 *
 * <p>Counts: read = learners, written = certificates issued, filtered = met but not issued now
 * (awaiting partners' approval or a registrar's confirmation), skipped = issued before.
 */
class AuditAndAward implements Tasklet {

    static final int CHUNK = 500;
    static final String LAST = "last";

    private final JobLearners learners;
    private final LearnerEvidence records;
    private final Reaudits audits;
    private final AwardingCertificates certificates;
    private final TransactionTemplate own;
    private final TransactionTemplate none;

    AuditAndAward(JobLearners learners, LearnerEvidence records, Reaudits audits, AwardingCertificates certificates,
            PlatformTransactionManager tm) {
        this.learners = learners;
        this.records = records;
        this.audits = audits;
        this.certificates = certificates;
        this.own = new TransactionTemplate(tm);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // a certificate is one insert, atomic by itself; in a chunk's transaction one clash of status
        // indexes would abort the chunk on PostgreSQL
        this.none = new TransactionTemplate(tm);
        none.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    static void add(ExecutionContext ctx, String key, long n) {
        ctx.putLong(key, ctx.getLong(key, 0L) + n);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        ExecutionContext ctx = chunk.getStepContext().getStepExecution().getExecutionContext();
        long instance = ctx.getLong(LearnerRanges.INSTANCE);
        String to = ctx.getString(LearnerRanges.TO);
        String after = ctx.containsKey(LAST) ? ctx.getString(LAST) : ctx.getString(LearnerRanges.AFTER);
        if (to.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        List<LearnerId> ids = learners.next(instance, after, to, CHUNK).stream().map(LearnerId::of).toList();
        if (ids.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        // the chunk's evidence, read once for the audit and the certificates
        var evidence = records.ofLearners(ids);
        if (Boolean.parseBoolean(ctx.getString(LearnerRanges.AUDIT))) {
            // committed before the awards read it, from their own connections
            own.executeWithoutResult(s -> audits.recordMet(ids, evidence));
        }
        boolean confirm = Boolean.parseBoolean(ctx.getString(LearnerRanges.CONFIRM));
        AwardingCertificates.Summary s = none.execute(t -> certificates.awardPending(ids, evidence,
                JobActors.actingAs(ctx.getString(LearnerRanges.USER, "job"), ctx.getString(LearnerRanges.REGISTRAR_AT, "")), confirm));
        for (int i = 0; i < ids.size(); i++) {
            contribution.incrementReadCount();
        }
        contribution.incrementWriteCount(s.issued());
        contribution.incrementFilterCount(s.awaitingApproval() + s.awaitingConfirmation());
        contribution.incrementProcessSkipCount(s.alreadyIssued() + s.failed());
        ctx.putString(LAST, ids.getLast().value());
        // running totals of the partition, carried over to its next execution when the job is restarted
        add(ctx, "learners", ids.size());
        add(ctx, "issued", s.issued());
        add(ctx, "issuedBefore", s.alreadyIssued());
        add(ctx, "awaitingApproval", s.awaitingApproval());
        add(ctx, "awaitingConfirmation", s.awaitingConfirmation());
        add(ctx, "failed", s.failed());
        return ids.size() < CHUNK ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
    }
}
