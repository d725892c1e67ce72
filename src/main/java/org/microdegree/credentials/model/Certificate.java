package org.microdegree.credentials.model;

import org.microdegree.shared.CertificateId;
import org.microdegree.shared.LearnerId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An issued certificate as stored: the signed credential and its revocation state. */
public record Certificate(CertificateId id, LearnerId learner, CertificateKind kind, String itemKind, String item, int version,
        String title, String institution, int statusIndex, Instant issued, String credential,
        boolean revoked, @Nullable Instant revokedAt, @Nullable String revokedReason) {

    public String status() {
        return revoked ? "revoked" : "valid";
    }
}
