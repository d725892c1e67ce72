package org.microdegree.jobs.internal;

import org.microdegree.shared.Actor;
import org.springframework.batch.core.job.parameters.JobParameters;

/** Who a job's steps act as, from the job's parameters (see {@link org.microdegree.jobs.Jobs#actingAs}). */
final class JobActors {

    private JobActors() {
    }

    static Actor of(JobParameters parameters) {
        return org.microdegree.jobs.Jobs.actingAs(String.valueOf(parameters.getString("user", "job")), parameters.getString("registrarAt", ""));
    }
}
