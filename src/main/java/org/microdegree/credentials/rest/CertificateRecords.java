package org.microdegree.credentials.rest;

import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import static org.microdegree.shared.PlainValues.map;

import java.util.List;
import java.util.Map;
import org.microdegree.credentials.internal.jdbc.CertificateStore;
import org.microdegree.credentials.internal.wallet.WalletOfferStore;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.learners.LearnerRecordKeeper;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A learner's certificates on her API record and in her data export, each with the signed credential
 * as issued. Erasure leaves them: a certificate carries its own signed copy of what it states and must
 * still verify for whoever holds it; revoking one is the registrar's step.
 */
@Component
@Order(3)
@RequiredArgsConstructor
class CertificateRecords implements LearnerRecordKeeper {

    private final CertificateStore store;
    private final WalletOfferStore wallets;

    @Override
    public Map<String, List<?>> records(LearnerId learnerId) {
        return Map.of("certificates", store.ofLearner(learnerId).stream().map(CertificateResource.Summary::of).toList());
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(LearnerId learnerId) {
        return Map.of("certificates", store.ofLearner(learnerId).stream().map(CertificateRecords::certificate).toList(),
                "walletDeliveries", wallets.ofLearner(learnerId).stream().filter(o -> o.issuedAt() != null)
                        .map(o -> map("certificate", o.certificateId(), "deliveredAt", String.valueOf(o.issuedAt()), "holder", o.holder()))
                        .toList());
    }

    @Override
    public void erase(LearnerId learnerId) {
        // the certificates stay: see the class comment; which wallets received them is hers alone
        wallets.erase(learnerId);
    }

    private static Map<String, Object> certificate(Certificate c) {
        return map("id", c.id().value(), "kind", c.kind().code(), "credential", c.item(), "version", c.version(), "title", c.title(),
                "institution", c.institution(), "issued", c.issued().toString(), "status", c.status(),
                "revokedAt", c.revokedAt() == null ? null : c.revokedAt().toString(), "revokedReason", c.revokedReason(),
                "signedCredential", c.credential());
    }
}
