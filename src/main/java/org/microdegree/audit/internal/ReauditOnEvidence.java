package org.microdegree.audit.internal;

import org.microdegree.audit.Audits;
import org.microdegree.learners.EvidenceRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * New evidence re-audits its learners after the commit, in a transaction of its own; the event
 * publication registry keeps the event until that succeeded, so a crash in between loses nothing.
 */
@Component
class ReauditOnEvidence {

    private final Audits audits;
    // one re-audit at a time: an import sends many chunks at once, and side by side they only contend
    private final java.util.concurrent.locks.ReentrantLock one = new java.util.concurrent.locks.ReentrantLock();

    ReauditOnEvidence(Audits audits) {
        this.audits = audits;
    }

    @ApplicationModuleListener
    void on(EvidenceRecorded event) {
        one.lock();
        try {
            audits.reaudit(event.learners());
        } finally {
            one.unlock();
        }
    }
}
