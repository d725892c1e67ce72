package org.microdegree.credentials.internal;

import org.microdegree.audit.RequirementsMet;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.KeyPasswordException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Awards the certificate when the audit finds a credential version met, after that commit. The
 * registry keeps the event until the award succeeded; an award already made is not made again, so a
 * retry after a crash is harmless. Joint programmes wait here for their partners' approvals.
 * Runs without a surrounding transaction: the award is a single insert, atomic by itself.
 */
@Component
class AwardOnRequirementsMet {

    private final Certificates certificates;
    // an import announces thousands at once: award on as many threads as there are cores, not one per event
    private final java.util.concurrent.Semaphore awarding = new java.util.concurrent.Semaphore(Runtime.getRuntime().availableProcessors());

    AwardOnRequirementsMet(Certificates certificates) {
        this.certificates = certificates;
    }

    @Async
    @TransactionalEventListener
    void on(RequirementsMet event) {
        try {
            awarding.acquireUninterruptibly();
            try {
                certificates.awardMet(event);
            } finally {
                awarding.release();
            }
        } catch (KeyPasswordException e) {
            // one line, no stack trace; the event stays unfinished and is sent again on the next start
            LOG.warn("certificate not issued yet: {}", e.getMessage());
            throw e;
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AwardOnRequirementsMet.class);
}
