package org.microdegree.jobs.internal;

import org.microdegree.credentials.AwardingCertificates;
import org.microdegree.audit.Reaudits;
import org.microdegree.catalog.Catalogue;
import org.microdegree.credentials.CertificateForms;
import org.microdegree.credentials.Certificates;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.results.LearnerEvidence;
import org.microdegree.learners.Learners;
import org.microdegree.shared.LearnerId;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The bulk jobs. {@code import}: the bundle's catalogue, learners and enrolments in one step (its
 * results checked there), the results written in chunks, then the audit-and-award step over the
 * learners whose results it wrote. {@code award}: the learners with a met credential and no
 * certificate, then the same step. The audit-and-award step is partitioned by ranges of learners;
 * the partitions run on this instance's threads and on any other instance that takes them.
 */
@Configuration(proxyBeanMethods = false)
class BulkJobs {

    static final String IMPORT = "import";
    static final String AWARD = "award";
    static final String WORKER = "audit-and-award-learners";
    static final String REVOKE = "revoke";
    static final String EXPORT = "export-certificates";
    static final String AUDIT = "audit";
    static final String AUDIT_WORKER = "audit-learners";

    @Bean
    Step importData(JobRepository repository, PlatformTransactionManager tm, Catalogue catalogue, Learners learners, EnrollingLearners enrollingLearners,
            Achievements achievements, JobLearners touched) {
        return new StepBuilder("import-data", repository)
                .tasklet(new ImportData(catalogue, learners, enrollingLearners, achievements, touched), tm)
                .build();
    }

    @Bean
    Step importResults(JobRepository repository, PlatformTransactionManager tm, Achievements achievements, JobLearners touched,
            @Value("${microdegree.jobs.result-chunk:50000}") int chunk) {
        return new StepBuilder("import-results", repository).tasklet(new ImportResults(achievements, touched, Math.max(1, chunk)), tm).build();
    }

    @Bean
    Step collectUnawarded(JobRepository repository, PlatformTransactionManager tm, AwardingCertificates certificates, JobLearners learners) {
        return new StepBuilder("collect-learners", repository)
                .tasklet((contribution, chunk) -> {
                    long instance = chunk.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
                    var ids = certificates.learnersAwaitingAward();
                    learners.add(instance, ids);
                    contribution.incrementWriteCount(ids.size());
                    return RepeatStatus.FINISHED;
                }, tm)
                .build();
    }

    @Bean
    Step auditAndAwardLearners(JobRepository repository, PlatformTransactionManager tm, JobLearners learners, LearnerEvidence records, Reaudits audits,
            AwardingCertificates certificates) {
        return new StepBuilder(WORKER, repository)
                .tasklet(new AuditAndAward(learners, records, audits, certificates, tm), tm)
                .build();
    }

    /**
     * @param partitions how many ranges of learners (0: twice the cores, so that a second instance finds some to take)
     * @param threads    how many of them this instance runs at once (0: one per core)
     */
    @Bean
    Step auditAndAward(JobRepository repository, PartitionBoard board, JobLearners learners, Step auditAndAwardLearners,
            @Value("${microdegree.jobs.partitions:0}") int partitions, @Value("${microdegree.jobs.threads:0}") int threads) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new StepBuilder("audit-and-award", repository)
                .partitioner(WORKER, new LearnerRanges(learners::all))
                .partitionHandler(new SharedPartitionHandler(board, repository, WORKER, partitions > 0 ? partitions : 2 * cores,
                        threads > 0 ? threads : cores))
                .build();
    }

    /**
     * {@code audit --all}: every learner with an enrolment, in ranges of ids read from the enrolments
     * (nothing written to list them), audited a chunk at a time on every core; nothing recorded, the
     * counts kept.
     */
    @Bean
    Job auditJob(JobRepository repository, EnrollingLearners enrollingLearners, PartitionBoard board,
            @Value("${microdegree.jobs.partitions:0}") int partitions, @Value("${microdegree.jobs.threads:0}") int threads) {
        int cores = Runtime.getRuntime().availableProcessors();
        Step audit = new StepBuilder("audit-all", repository)
                .partitioner(AUDIT_WORKER, new LearnerRanges(instance -> enrollingLearners.enrolledLearners().stream().map(LearnerId::value).toList()))
                .partitionHandler(new SharedPartitionHandler(board, repository, AUDIT_WORKER, partitions > 0 ? partitions : 2 * cores,
                        threads > 0 ? threads : cores))
                .build();
        return new JobBuilder(AUDIT, repository).start(audit).build();
    }

    /** One partition of {@code audit --all}'s step, found by name wherever the partition runs. */
    @Bean
    Step auditLearners(JobRepository repository, PlatformTransactionManager tm, EnrollingLearners enrollingLearners, Reaudits audits) {
        return new StepBuilder(AUDIT_WORKER, repository).tasklet(new AuditLearners(enrollingLearners, audits), tm).build();
    }

    @Bean
    Job importJob(JobRepository repository, Step importData, Step importResults, Step auditAndAward, JobLearners learners) {
        return new JobBuilder(IMPORT, repository).start(importData).next(importResults).next(auditAndAward).listener(forget(learners)).build();
    }

    @Bean
    Job awardJob(JobRepository repository, Step collectUnawarded, Step auditAndAward, JobLearners learners) {
        return new JobBuilder(AWARD, repository).start(collectUnawarded).next(auditAndAward).listener(forget(learners)).build();
    }

    @Bean
    Job revokeJob(JobRepository repository, PlatformTransactionManager tm, Certificates certificates) {
        Step check = new StepBuilder("check-revocations", repository).tasklet(Revocations.check(certificates), tm).build();
        Step revoke = new StepBuilder("revoke-certificates", repository).tasklet(Revocations.revoke(certificates), tm).build();
        return new JobBuilder(REVOKE, repository).start(check).next(revoke).build();
    }

    @Bean
    Job exportJob(JobRepository repository, PlatformTransactionManager tm, Certificates certificates,
            CertificateForms forms) {
        Step write = new StepBuilder("write-certificates", repository).tasklet(CertificateExport.write(certificates, forms), tm).build();
        Step pack = new StepBuilder("pack-zip", repository).tasklet(CertificateExport.pack(), tm).build();
        return new JobBuilder(EXPORT, repository).start(write).next(pack).build();
    }

    /** A completed job's list of learners is not needed again. */
    private static JobExecutionListener forget(JobLearners learners) {
        return new JobExecutionListener() {
            @Override
            public void afterJob(JobExecution execution) {
                if (execution.getStatus() == BatchStatus.COMPLETED) {
                    learners.forget(execution.getJobInstance().getInstanceId());
                }
            }
        };
    }
}
