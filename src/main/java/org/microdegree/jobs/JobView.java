package org.microdegree.jobs;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A job as its operator sees it: what it is, how far it got, and why it stopped.
 *
 * @param id        the execution's id, for {@code jobs restart ID}
 * @param status    STARTING, STARTED, COMPLETED, FAILED, STOPPED or ABANDONED
 * @param total     the learners its audit-and-award step works through, or the certificates a revocation
 *                  lists (0 before that step)
 * @param done      of those, how many are done
 * @param message   why it failed, in words; null when it did not
 * @param summary   what its steps reported (the import's rows)
 * @param counts    the audit-and-award step's totals over every run of the job
 */
public record JobView(long id, long instance, String name, String status, @Nullable LocalDateTime started, @Nullable LocalDateTime ended,
        long total, long done, @Nullable String message, List<String> summary, List<StepView> steps,
        Map<String, Long> counts, Map<String, String> rows) {

    public JobView {
        summary = List.copyOf(summary);
        steps = List.copyOf(steps);
        counts = Map.copyOf(counts);
        rows = Map.copyOf(rows);
    }

    /** What the import did with a part (learners.csv, ...): rows, new, changed, unchanged; zeros if it had no such part. */
    public long[] rows(String part) {
        String r = rows.get(part);
        if (r == null) {
            return new long[4];
        }
        return Arrays.stream(r.split(",")).mapToLong(Long::parseLong).toArray();
    }

    /** The audit-and-award step's totals, by name. */
    public static final List<String> COUNTS = List.of("learners", "issued", "issuedBefore", "awaitingApproval", "awaitingConfirmation", "failed",
            "done", "revoked", "revokedBefore", "exported", "credentials", "complete");

    /**
     * A count over every run: learners, issued, issuedBefore, awaitingApproval, awaitingConfirmation,
     * failed (audit and award); done, revoked, revokedBefore (revocation); credentials, complete (audit).
     */
    public long count(String name) {
        return counts.getOrDefault(name, 0L);
    }

    public boolean running() {
        return status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING");
    }

    /** The share done, 0 to 100: of the learners once the audit-and-award step began; a completed job is done. */
    public int percent() {
        return total == 0 ? (status.equals("COMPLETED") ? 100 : 0) : (int) (done * 100 / total);
    }

    public boolean restartable() {
        return status.equals("FAILED") || status.equals("STOPPED");
    }

    /** One step (or one partition of a step) with its counts. */
    public record StepView(String name, String status, long read, long written, long skipped, long commits, @Nullable String worker) {}
}
