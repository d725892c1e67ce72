package org.microdegree.credentials;

import org.microdegree.shared.CertificateId;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.keys.KeyRing;
import org.microdegree.credentials.internal.proof.DataIntegrity;
import org.microdegree.credentials.internal.proof.InvalidCredentialException;
import org.microdegree.credentials.internal.wallet.ProofOfPossession;
import org.microdegree.credentials.internal.wallet.WalletOfferStore;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A certificate into the learner's wallet, by OpenID for Verifiable Credential Issuance 1.0 with the
 * pre-authorized code flow: she asks for an offer (a QR code and a six-digit transaction code, shown
 * only to her), her wallet exchanges code and transaction code for an access token, fetches a nonce,
 * and asks for the credential with a proof of possession of its key. The wallet receives the same
 * Open Badges 3.0 credential as her download, bound to the wallet's key ({@code credentialSubject.id}
 * is the holder's DID) and signed anew by the awarding institution's current key; its status entry
 * is the certificate's own, so a revocation reaches the wallet's copy too. An offer serves one
 * delivery; five wrong transaction codes end it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WalletIssuance {

    public static final String CONFIGURATION = "OpenBadgeCredential_ldp_vc";
    public static final String PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";
    static final Duration OFFER_LIFETIME = Duration.ofMinutes(10);
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
    static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);
    static final int MAX_ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(WalletIssuance.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the learner's page shows: the offer as a link (and QR code), the transaction code, until when. */
    public record Offer(CertificateId certificateId, String uri, String txCode, Instant expires) {}

    /** The token endpoint's answer (RFC 6749 section 5.1). */
    public record Token(String accessToken, long expiresIn) {}

    /**
     * A refusal in OAuth's terms: the error code (RFC 6749 section 5.2, OpenID4VCI section 8.3.1.2),
     * the HTTP status and a description for the wallet's developer.
     */
    public static final class Refused extends RuntimeException {
        private final String error;
        private final int status;

        public Refused(String error, int status, String description) {
            super(description);
            this.error = error;
            this.status = status;
        }

        public String error() {
            return error;
        }

        public int status() {
            return status;
        }
    }

    private final Certificates certificates;
    private final WalletOfferStore store;
    private final KeyRing keys;
    private final Urls urls;
    private final Clock clock;

    /** The credential issuer identifier: this installation's public URL. */
    public String issuer() {
        return urls.base();
    }

    /** Only the holder herself makes an offer of her valid certificate; for anyone else it does not exist. */
    public Offer offer(CertificateId certificateId, Actor actor) {
        actor.requireWrite();
        Certificate c = certificates.own(actor).stream().filter(own -> own.id().equals(certificateId)).findFirst()
                .orElseThrow(() -> new NotFoundException("no certificate " + certificateId));
        if (c.revoked()) {
            throw new ConflictException("certificate " + certificateId + " is revoked: it cannot go into a wallet");
        }
        String code = Secrets.random();
        String txCode = String.format("%06d", RANDOM.nextInt(1_000_000));
        Instant now = clock.instant();
        Instant expires = now.plus(OFFER_LIFETIME);
        store.insert(UUID.randomUUID().toString(), c.id().value(), c.learner(), Secrets.sha256Hex(code), Secrets.sha256Hex(txCode), now, expires);
        JsonObject offer = Json.createObjectBuilder()
                .add("credential_issuer", issuer())
                .add("credential_configuration_ids", Json.createArrayBuilder().add(CONFIGURATION))
                .add("grants", Json.createObjectBuilder().add(PRE_AUTHORIZED_GRANT, Json.createObjectBuilder()
                        .add("pre-authorized_code", code)
                        // no description: the page says where the code is, in her language, and the QR code stays small
                        .add("tx_code", Json.createObjectBuilder().add("input_mode", "numeric").add("length", 6))))
                .build();
        String uri = "openid-credential-offer://?credential_offer=" + URLEncoder.encode(offer.toString(), StandardCharsets.UTF_8)
                .replace("+", "%20"); // a space as %20: wallets decode the query as a URI component
        return new Offer(c.id(), uri, txCode, expires);
    }

    /** The token endpoint: the pre-authorized code and the transaction code for an access token, once. */
    public Token token(Map<String, String> form) {
        if (!PRE_AUTHORIZED_GRANT.equals(form.get("grant_type"))) {
            throw new Refused("unsupported_grant_type", 400, "only the pre-authorized code grant (" + PRE_AUTHORIZED_GRANT + ") is offered");
        }
        String code = form.get("pre-authorized_code");
        if (code == null || code.isBlank()) {
            throw new Refused("invalid_request", 400, "pre-authorized_code is missing");
        }
        Instant now = clock.instant();
        WalletOfferStore.StoredOffer offer = store.byCode(Secrets.sha256Hex(code))
                .filter(o -> o.expiresAt().isAfter(now) && o.failedAttempts() < MAX_ATTEMPTS)
                .orElseThrow(() -> new Refused("invalid_grant", 400, "the pre-authorized code is unknown, used up or expired"));
        String txCode = form.get("tx_code");
        if (txCode == null || !MessageDigest.isEqual(Secrets.sha256Hex(txCode).getBytes(StandardCharsets.US_ASCII),
                offer.txCodeHash().getBytes(StandardCharsets.US_ASCII))) {
            store.failedAttempt(offer.id());
            throw new Refused("invalid_grant", 400, txCode == null
                    ? "tx_code is missing: the offer asks for the code shown beside the QR code"
                    : "the transaction code is wrong");
        }
        String token = Secrets.random();
        if (!store.redeem(offer.id(), Secrets.sha256Hex(token), now.plus(TOKEN_LIFETIME))) {
            throw new Refused("invalid_grant", 400, "the pre-authorized code was used already");
        }
        return new Token(token, TOKEN_LIFETIME.toSeconds());
    }

    /** The nonce endpoint: a fresh nonce for the next proof of possession. */
    public String nonce() {
        String nonce = Secrets.random();
        Instant now = clock.instant();
        store.addNonce(nonce, now, now.plus(NONCE_LIFETIME));
        return nonce;
    }

    /**
     * The credential endpoint: with a valid access token and a proof over a nonce of ours, the
     * certificate bound to the holder's key. {@code proofs} are the compact JWTs the request carries.
     */
    public JsonObject credential(String accessToken, String configuration, List<String> proofs) {
        Instant now = clock.instant();
        WalletOfferStore.StoredOffer offer = store.byToken(Secrets.sha256Hex(accessToken))
                .filter(o -> o.tokenExpiresAt() != null && o.tokenExpiresAt().isAfter(now))
                .orElseThrow(() -> new Refused("invalid_token", 401, "the access token is unknown or expired"));
        if (!CONFIGURATION.equals(configuration)) {
            throw new Refused("unknown_credential_configuration", 400, "this issuer offers " + CONFIGURATION + " only");
        }
        if (proofs.size() != 1) {
            throw new Refused("invalid_proof", 400, "one proof of possession (proof type jwt) is required");
        }
        ProofOfPossession.Holder holder;
        try {
            holder = ProofOfPossession.check(proofs.getFirst(), issuer(), now);
        } catch (ProofOfPossession.InvalidProof e) {
            throw new Refused("invalid_proof", 400, e.getMessage());
        }
        if (!store.takeNonce(holder.nonce(), now)) {
            throw new Refused("invalid_nonce", 400, "the proof's nonce is unknown, used or expired: fetch a fresh one from the nonce endpoint");
        }
        Certificate c = certificates.lookup(CertificateId.of(offer.certificateId()))
                .filter(found -> !found.revoked())
                .orElseThrow(() -> new Refused("credential_request_denied", 400, "the certificate was revoked"));
        if (!store.delivered(offer.id(), holder.did(), now)) {
            throw new Refused("credential_request_denied", 400, "this offer's credential was delivered already: make a new offer");
        }
        log.info("certificate {} delivered to a wallet", c.id());
        return bound(c, holder.did(), now);
    }

    /** The certificate's credential with the holder's DID as its subject, signed anew by the institution's current key. */
    private JsonObject bound(Certificate c, String holder, Instant now) {
        JsonObject stored = Verification.parse(c.credential());
        JsonObjectBuilder unsecured = Json.createObjectBuilder(stored).remove("proof");
        unsecured.add("credentialSubject", Json.createObjectBuilder(stored.getJsonObject("credentialSubject")).add("id", holder));
        KeyRing.SigningKey key = keys.current(c.institution());
        try {
            return DataIntegrity.asProofSet(DataIntegrity.BUNDLED.sign(unsecured.build(), key.privateKey(),
                    urls.did(key.institution()) + "#" + key.fragment(), now));
        } catch (InvalidCredentialException e) {
            throw new IllegalStateException("the bound credential could not be signed: " + e.getMessage(), e);
        }
    }

}
