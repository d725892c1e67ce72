package org.microdegree.jobs.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A server takes part in the jobs other instances on its database run: every two seconds
 * ({@code microdegree.jobs.help-every}) it looks for open partitions and runs them, one at a time. On for {@code serve} and {@code demo}
 * ({@code microdegree.jobs.help-others}); a command at the command line does only its own work.
 */
@Component
@ConditionalOnProperty(name = "microdegree.jobs.help-others", havingValue = "true")
class PartitionHelper implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PartitionHelper.class);

    private final PartitionBoard board;
    private final Duration every;
    private ScheduledExecutorService timer;

    PartitionHelper(PartitionBoard board, @org.springframework.beans.factory.annotation.Value("${microdegree.jobs.help-every:2s}") Duration every) {
        this.board = board;
        this.every = every;
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jobs-helper");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                int ran = board.workOn(null);
                if (ran > 0) {
                    LOG.info("ran {} partition(s) of jobs started elsewhere", ran);
                }
            } catch (RuntimeException e) {
                LOG.warn("taking part in other instances' jobs failed: {}", e.getMessage());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
