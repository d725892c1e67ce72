/**
 * Bulk work as restartable Spring Batch jobs: importing a whole installation's data, auditing the
 * learners it touched and awarding their certificates, and awarding everything met. A job keeps its
 * steps, counts and restart point in the database (the job repository); a job cut off by a crash or
 * stopped by a failure (a key that does not open) resumes from its last committed chunk with
 * {@code jobs restart}. The audit-and-award step is partitioned by ranges of learners, and every
 * instance on the same database may take a partition, so that servers share a large award.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "catalog", "catalog :: model", "learners", "learners :: model",
        "audit", "credentials"})
@org.jspecify.annotations.NullMarked
package org.microdegree.jobs;
