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

    ReauditOnEvidence(Audits audits) {
        this.audits = audits;
    }

    @ApplicationModuleListener
    void on(EvidenceRecorded event) {
        audits.reaudit(event.learners());
    }
}
