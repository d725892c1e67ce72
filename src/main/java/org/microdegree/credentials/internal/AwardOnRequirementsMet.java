package org.microdegree.credentials.internal;

import org.microdegree.audit.RequirementsMet;
import org.microdegree.credentials.Certificates;
import org.microdegree.shared.Actor;
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

    private static final Actor AWARDING = Actor.operator("certificates:automatic");

    private final Certificates certificates;

    AwardOnRequirementsMet(Certificates certificates) {
        this.certificates = certificates;
    }

    @Async
    @TransactionalEventListener
    void on(RequirementsMet event) {
        certificates.award(event.learnerId(), event.kind(), event.credential(), event.version(), event.metOn(), AWARDING);
    }
}
