package org.microdegree.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * After {@value #FREE_FAILURES} failed sign-ins in a row an account waits before the next try: one
 * minute, doubling with each further failure, at most {@link #MAX_WAIT}. A success resets the count.
 * Slow enough to stop guessing, short enough that a forgetful owner is not locked out for long.
 */
public final class LoginThrottle {

    public static final int FREE_FAILURES = 5;
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** Until when the account waits after its {@code failures}-th failure in a row at {@code now}. */
    public static Instant waitAfter(int failures, Instant now) {
        if (failures < FREE_FAILURES) {
            return now;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration wait = Duration.ofMinutes(1L << doublings);
        return now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
    }
}
