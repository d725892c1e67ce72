package org.microdegree.audit.internal;

import lombok.RequiredArgsConstructor;
import java.util.concurrent.locks.ReentrantLock;
import org.microdegree.audit.Reaudits;
import org.microdegree.results.EvidenceRecorded;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * New evidence re-audits its learners after the commit; the event publication registry keeps the
 * event until that succeeded, so a crash in between loses nothing. One re-audit runs at a time (an
 * import sends many chunks at once, and side by side they only contend), and a waiting one holds
 * no database connection: its transaction begins only when its turn comes.
 */
@Component
@RequiredArgsConstructor
class ReauditOnEvidence {

    private final Reaudits audits;
    private final TransactionTemplate tx;
    private final ReentrantLock one = new ReentrantLock();
    private final io.micrometer.core.instrument.MeterRegistry meters;

    @Async
    @TransactionalEventListener
    void on(EvidenceRecorded event) {
        one.lock();
        try {
            io.micrometer.core.instrument.Timer.builder("microdegree.reaudits").description("re-audits after new evidence, per batch of learners")
                    .register(meters).record(() -> tx.executeWithoutResult(s -> audits.reaudit(event.learners())));
            meters.counter("microdegree.audits", "trigger", "evidence").increment(event.learners().size());
        } finally {
            one.unlock();
        }
    }
}
