package org.microdegree.shared;

/**
 * The id of an issued certificate: a random UUID, the {@code urn:uuid:} of its verifiable credential
 * and the last part of its verification link, so it says nothing about whose it is.
 */
public record CertificateId(String value) implements TextId<CertificateId> {

    public CertificateId {
        if (!Ids.isToken(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a certificate id");
        }
    }

    public static CertificateId of(String value) {
        return new CertificateId(value);
    }

    /** The id given in a request's field or path; a clear error naming it if it cannot be one. */
    public static CertificateId parse(String field, String value) {
        if (!Ids.isToken(value)) {
            throw InvalidInputException.of(field, "'" + value + "' is not a certificate id");
        }
        return new CertificateId(value);
    }

    /**
     * A new id, time-ordered ({@link Ids#next}): a bulk award appends to the certificate table's
     * primary-key index instead of rewriting pages all over it. Its 62 random bits keep it unguessable;
     * the time it tells is on the certificate anyway (ADR 0057).
     */
    public static CertificateId random() {
        return new CertificateId(Ids.next());
    }

    @Override
    public String toString() {
        return value;
    }
}
