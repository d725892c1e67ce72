package org.microdegree.credentials;

import org.microdegree.shared.CertificateId;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import java.time.Clock;
import org.microdegree.credentials.internal.jdbc.CertificateStore;
import org.microdegree.shared.Actor;
import org.microdegree.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The certificate's public page (the link an employer follows, the PDF's QR code): on by default;
 * its holder may switch it off and on again. Verifying an uploaded PDF or credential works either way.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CertificateSharing {

    private final Certificates certificates;
    private final CertificateStore store;
    private final Clock clock;

    public boolean isShared(CertificateId certificateId) {
        return store.shared(certificateId);
    }

    /** Only the holder herself switches her certificate's page; for anyone else it does not exist. */
    public void share(CertificateId certificateId, boolean on, Actor actor) {
        actor.requireWrite();
        if (certificates.own(actor).stream().noneMatch(c -> c.id().equals(certificateId))) {
            throw new NotFoundException("no certificate " + certificateId);
        }
        store.share(certificateId, on, clock.instant());
    }
}
