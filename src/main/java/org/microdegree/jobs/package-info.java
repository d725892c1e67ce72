/**
 * Bulk work as restartable Spring Batch jobs: importing a whole installation's data, auditing the
 * learners it touched and awarding their certificates, awarding everything met, revoking the
 * certificates a list names, and exporting certificates as a ZIP. A job keeps its
 * steps, counts and restart point in the database (the job repository); a job cut off by a crash or
 * stopped by a failure (a key that does not open) resumes from its last committed chunk with
 * {@code jobs restart}. The audit-and-award step is partitioned by ranges of learners, and every
 * instance on the same database may take a partition, so that servers share a large award.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "catalog", "catalog :: model", "learners", "learners :: model", "admissions",
        "admissions :: model", "admissions :: rules", "results", "results :: model", "results :: rules",
        "audit", "credentials", "credentials :: model"})
@org.jspecify.annotations.NullMarked
package org.microdegree.jobs;
