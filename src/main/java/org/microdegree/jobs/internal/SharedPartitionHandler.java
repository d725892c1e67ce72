package org.microdegree.jobs.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Hands a step's partitions to whoever takes them first: this instance's own threads, or another
 * instance on the same database running {@code jobs work} (or a server). Each partition is listed
 * in {@code jobs_partition}; taking it is one conditional update, so exactly one instance runs it.
 * The step ends when every partition has ended, wherever it ran: their results are read back from
 * the job repository.
 */
class SharedPartitionHandler extends AbstractPartitionHandler {

    private final PartitionBoard board;
    private final JobRepository repository;
    private final String workerStep;
    private final int threads;

    SharedPartitionHandler(PartitionBoard board, JobRepository repository, String workerStep, int gridSize, int threads) {
        this.board = board;
        this.repository = repository;
        this.workerStep = workerStep;
        this.threads = threads;
        setGridSize(gridSize);
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        board.post(manager.getJobExecutionId(), workerStep, partitions);
        int threads = Math.max(1, Math.min(this.threads, partitions.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "job-" + manager.getJobExecutionId() + "-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            var work = new ArrayList<Future<?>>();
            for (int i = 0; i < threads; i++) {
                work.add(pool.submit(() -> board.workOn(manager.getJobExecutionId())));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // every partition was taken; those another instance took may still run there
        Set<StepExecution> done = new HashSet<>();
        for (StepExecution p : partitions) {
            while (true) {
                StepExecution now = repository.getStepExecution(p.getId());
                if (now != null && !now.getStatus().isRunning() && now.getStatus() != BatchStatus.STARTING
                        || board.abandoned(p.getId())) {
                    done.add(now == null ? p : now);
                    break;
                }
                Thread.sleep(250);
            }
        }
        return done;
    }
}
