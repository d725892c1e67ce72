package org.microdegree.jobs;

/** A job stopped on a failure: its reason in words, and the job that can be restarted. */
public class JobFailedException extends RuntimeException {

    private final long job;
    private final transient JobView view;

    public JobFailedException(JobView view, String message) {
        super(message);
        this.job = view.id();
        this.view = view;
    }

    /** The job as it stopped: what its first steps did before the failure. */
    public JobView view() {
        return view;
    }

    public long job() {
        return job;
    }
}
