package org.microdegree.credentials;

import org.microdegree.shared.CertificateId;
import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.credentials.internal.JsonText;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.jdbc.CertificateStore;
import org.microdegree.credentials.internal.jdbc.CertificateStore.Signed;
import org.microdegree.credentials.internal.jdbc.StatusCounters;
import org.microdegree.credentials.internal.keys.KeyRing;
import org.microdegree.credentials.internal.proof.DataIntegrity;
import org.microdegree.credentials.internal.proof.InvalidCredentialException;
import org.microdegree.credentials.internal.render.OpenBadge;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.credentials.model.CertificateContent;
import org.microdegree.credentials.model.CertificateKind;

/** Issuing: a certificate's content rendered as an Open Badges VC, signed, and stored once under its award key. */
@RequiredArgsConstructor
final class CertificateIssuer {

    private final CertificateStore store;
    private final Urls urls;
    private final Supplier<Clock> clock;
    private final Function<String, String> skillName;

    /**
     * Signs and stores the certificate under its award key, at the next place of its institution's
     * status list (the next again when a certificate from before counters holds it); empty when the
     * award key exists already, also when a concurrent run won.
     */
    Optional<Certificate> issue(String awardKey, CertificateContent content, CatalogueItem credential, KeyRing.SigningKey key) {
        return issue(signed(awardKey, content, credential, key), content, credential, key);
    }

    /**
     * The same for a certificate signed before: stored at its place, or signed again at the next
     * place when that one is taken.
     */
    Optional<Certificate> issue(Signed first, CertificateContent content, CatalogueItem credential, KeyRing.SigningKey key) {
        Signed signed = first;
        for (int attempt = 0; attempt < 20; attempt++) {
            switch (store.insert(signed.awardKey(), signed.certificate(), signed.counter())) {
                case STORED -> {
                    return Optional.of(signed.certificate());
                }
                case ALREADY_AWARDED -> {
                    return Optional.empty();
                }
                case INDEX_TAKEN -> {
                    // held by a certificate from before counters: the next
                    signed = signed(signed.awardKey(), content, credential, key);
                }
            }
        }
        throw new IllegalStateException("the status list of " + content.issuer().id() + " gave no free place in 20 tries");
    }

    /** The certificate signed at the next place of its institution's status list, not stored yet. */
    Signed signed(String awardKey, CertificateContent content, CatalogueItem credential, KeyRing.SigningKey key) {
        StatusCounters.Place place = store.nextPlace(content.issuer().id());
        int index = place.position();
        JsonObject signed = sign(OpenBadge.credential(content, index, urls, skillName), key);
        Certificate c = new Certificate(CertificateId.of(content.id()), LearnerId.of(content.learner().id()), content.kind(), credential.kind().code(),
                credential.id().value(), credential.version(), content.title().en(), content.issuer().id(), index, content.issued(), JsonText.of(signed),
                false, null, null);
        return new Signed(awardKey, c, place.counter());
    }

    private JsonObject sign(JsonObject unsecured, KeyRing.SigningKey key) {
        try {
            return DataIntegrity.asProofSet(
                    DataIntegrity.BUNDLED.sign(unsecured, key.privateKey(), urls.did(key.institution()) + "#" + key.fragment(), clock.get().instant()));
        } catch (InvalidCredentialException e) {
            // our own renderer made a credential the contexts do not cover: a bug, not bad input
            throw new IllegalStateException("the credential could not be signed: " + e.getMessage(), e);
        }
    }

    static CertificateKind kindOf(CatalogueItem credential) {
        if (credential instanceof MicroDegreeProgramme md) {
            // joint whenever more than one institution awards it: the owner and any partner named, however few
            return awardingInstitutions(md).size() > 1 ? CertificateKind.JOINT_DEGREE : CertificateKind.MICRO_DEGREE;
        }
        return CertificateKind.MICRO_CREDENTIAL;
    }

    /** The owner first; for a joint programme every participating institution. */
    static List<String> awardingInstitutions(CatalogueItem credential) {
        List<String> out = new ArrayList<>();
        out.add(credential.id().institution());
        if (credential instanceof MicroDegreeProgramme md && md.jointAward()) {
            md.participatingInstitutions().forEach(i -> {
                if (!out.contains(i.value())) {
                    out.add(i.value());
                }
            });
        }
        return out;
    }

    static String awardKey(LearnerId learnerId, CatalogueItem credential) {
        return learnerId + "|" + credential.kind().code() + "|" + credential.id() + "|" + credential.version();
    }

}
