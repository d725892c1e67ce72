package org.microdegree.credentials;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.credentials.internal.jdbc.CertificateStore;
import org.microdegree.credentials.internal.keys.KeyRing;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.credentials.model.CertificateContent;
import org.microdegree.learners.LearnerDirectory;
import org.microdegree.learners.model.Learner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bulk award's certificates stored a hundred at a time: their rows and the learners'
 * notifications in one transaction, each table in one JDBC batch. An insert and a commit per
 * certificate and per notification were a fifth of a bulk award's CPU (ADR 0060). When one of
 * them clashes (an overlapping run awarded it meanwhile, or its place is held by a certificate from
 * before the status counters) the transaction rolls back whole and the slice is stored one by one,
 * each certificate then atomic by itself as in a single award.
 */
final class IssuedTogether {

    /** Certificates signed before they are stored; a job's chunk of 500 learners earns about 1,500. */
    static final int SLICE = 2_000;
    /**
     * Certificates stored in one transaction. Larger transactions wrote H2's undo log to disk and
     * took longer (a whole slice of 2,000: 99 s for the 100,000-learner award step against 82 s
     * one by one; 100: 77 s; 30 and 300 no better than 100).
     */
    static final int TOGETHER = 100;
    static final String NOTIFICATION = "certificate-issued";

    /** A certificate signed at its place, with what signing it again at another place takes. */
    record Pending(CertificateStore.Signed signed, CertificateContent content, CatalogueItem credential, KeyRing.SigningKey key, Learner learner) {}

    /** What a bulk award came to so far, counted from all cores. */
    record Counts(AtomicInteger issued, AtomicInteger already, AtomicInteger waiting, AtomicInteger unconfirmed, AtomicInteger failed) {
        Counts() {
            this(new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger());
        }

        AwardingCertificates.Summary summary(long millis) {
            return new AwardingCertificates.Summary(issued.get(), already.get(), waiting.get(), unconfirmed.get(), failed.get(), millis);
        }
    }

    private final CertificateIssuer issuer;
    private final CertificateStore store;
    private final LearnerDirectory directory;
    private final TransactionTemplate own;

    IssuedTogether(CertificateIssuer issuer, CertificateStore store, LearnerDirectory directory, PlatformTransactionManager tm) {
        this.issuer = issuer;
        this.store = store;
        this.directory = directory;
        // its own transaction, as the single inserts were their own: a caller's transaction neither
        // holds the slice's locks nor is marked for rollback by a clash
        this.own = new TransactionTemplate(tm);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void store(List<Pending> slice, Counts counts) {
        for (int from = 0; from < slice.size(); from += TOGETHER) {
            storeTogether(slice.subList(from, Math.min(slice.size(), from + TOGETHER)), counts);
        }
    }

    private void storeTogether(List<Pending> slice, Counts counts) {
        try {
            own.executeWithoutResult(t -> {
                store.insertAll(slice.stream().map(Pending::signed).toList());
                directory.notifyAll(slice.stream().map(IssuedTogether::notice).toList(), NOTIFICATION);
            });
            counts.issued().addAndGet(slice.size());
        } catch (DataIntegrityViolationException clash) {
            slice.forEach(p -> storeAlone(p, counts));
        }
    }

    private void storeAlone(Pending p, Counts counts) {
        Optional<Certificate> issued = issuer.issue(p.signed(), p.content(), p.credential(), p.key());
        if (issued.isPresent()) {
            directory.notify(p.learner(), NOTIFICATION, notice(p).getValue());
            counts.issued().incrementAndGet();
        } else {
            counts.already().incrementAndGet();
        }
    }

    private static Map.Entry<Learner, Map<String, String>> notice(Pending p) {
        return Map.entry(p.learner(), Map.of("item", p.credential().id().value()));
    }
}
