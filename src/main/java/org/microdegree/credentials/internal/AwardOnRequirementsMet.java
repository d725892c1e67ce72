package org.microdegree.credentials.internal;

import org.microdegree.credentials.AwardingCertificates;
import lombok.RequiredArgsConstructor;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import org.microdegree.audit.RequirementsMet;
import org.microdegree.credentials.KeyPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Awards the certificate when the audit finds a credential version met, after that commit. The
 * registry keeps the event until the award ran; an award already made is not made again, so a retry
 * after a crash is harmless. When nothing can be signed (no key password) the event completes all
 * the same: the met credential stays recorded for {@code award --all}. Joint programmes wait here for their partners' approvals.
 * Runs without a surrounding transaction: the award is a single insert, atomic by itself.
 */
@Component
@RequiredArgsConstructor
class AwardOnRequirementsMet {

    private final AwardingCertificates certificates;
    private final io.micrometer.core.instrument.MeterRegistry meters;
    // an import announces thousands at once: award on as many threads as there are cores, not one per event
    private final Semaphore awarding = new Semaphore(Runtime.getRuntime().availableProcessors());

    @Async
    @TransactionalEventListener
    void on(RequirementsMet event) {
        try {
            awarding.acquireUninterruptibly();
            try {
                var award = io.micrometer.core.instrument.Timer.builder("microdegree.awards").description("awards after an audit found a credential met")
                        .tag("kind", event.kind().code()).register(meters).record(() -> certificates.awardMet(event));
                meters.counter("microdegree.awards.results", "result", award.result().name().toLowerCase(Locale.ROOT)).increment();
            } finally {
                awarding.release();
            }
        } catch (KeyPasswordException e) {
            meters.counter("microdegree.awards.results", "result", "not_signed").increment();
            // one line, no stack trace, and no retry: the met credential is recorded (audit_requirements_met), and
            // `award --all` issues it once the key opens; thousands of failed events retried at every start would clog
            LOG.warn("certificate not issued: {}; `award --all` issues it once the key password is set", e.getMessage());
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(AwardOnRequirementsMet.class);
}
