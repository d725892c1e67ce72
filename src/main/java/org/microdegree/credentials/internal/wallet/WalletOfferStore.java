package org.microdegree.credentials.internal.wallet;

import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Wallet offers and nonces. Codes and tokens are kept as SHA-256 hashes only: whoever reads the
 * database cannot redeem an offer. Every change is one conditional update, so two wallets racing
 * for the same code or nonce cannot both win.
 */
@Repository
@RequiredArgsConstructor
public class WalletOfferStore {

    /** An offer as stored; {@code certificateId} names what the wallet receives. */
    public record StoredOffer(String id, String certificateId, LearnerId learnerId, String txCodeHash, int failedAttempts,
            Instant expiresAt, @Nullable Instant tokenExpiresAt, @Nullable Instant issuedAt, @Nullable String holder) {}

    private static final String COLUMNS = "id, certificate_id, learner_id, tx_code_hash, failed_attempts, expires_at, token_expires_at, issued_at, holder";

    private final JdbcClient jdbc;

    public void insert(String id, String certificateId, LearnerId learnerId, String codeHash, String txCodeHash, Instant now, Instant expires) {
        jdbc.sql("insert into wallet_offer (id, certificate_id, learner_id, code_hash, tx_code_hash, created_at, expires_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, certificateId, learnerId.value(), codeHash, txCodeHash, utc(now), utc(expires)).update();
    }

    public Optional<StoredOffer> byCode(String codeHash) {
        return jdbc.sql("select " + COLUMNS + " from wallet_offer where code_hash = ?").param(codeHash).query(WalletOfferStore::row).optional();
    }

    public Optional<StoredOffer> byToken(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from wallet_offer where token_hash = ?").param(tokenHash).query(WalletOfferStore::row).optional();
    }

    /** A wrong transaction code: counted, so that the offer dies after a few guesses. */
    public void failedAttempt(String id) {
        jdbc.sql("update wallet_offer set failed_attempts = failed_attempts + 1 where id = ?").param(id).update();
    }

    /** Exchanges the code for a token once: false when another request redeemed it first. */
    public boolean redeem(String id, String tokenHash, Instant tokenExpires) {
        return jdbc.sql("update wallet_offer set token_hash = ?, token_expires_at = ? where id = ? and token_hash is null")
                .params(tokenHash, utc(tokenExpires), id).update() == 1;
    }

    /** Records the delivery once: false when the credential was delivered already. */
    public boolean delivered(String id, String holder, Instant at) {
        return jdbc.sql("update wallet_offer set issued_at = ?, holder = ? where id = ? and issued_at is null")
                .params(utc(at), holder, id).update() == 1;
    }

    /** The deliveries of a learner's certificates to wallets, for her data export. */
    public List<StoredOffer> ofLearner(LearnerId learnerId) {
        return jdbc.sql("select " + COLUMNS + " from wallet_offer where learner_id = ? order by created_at, id").param(learnerId.value())
                .query(WalletOfferStore::row).list();
    }

    public void erase(LearnerId learnerId) {
        jdbc.sql("delete from wallet_offer where learner_id = ?").param(learnerId.value()).update();
    }

    /** A fresh nonce; expired ones are cleared on the way, so that the table stays small. */
    public void addNonce(String nonce, Instant now, Instant expires) {
        jdbc.sql("delete from wallet_nonce where expires_at < ?").param(utc(now)).update();
        jdbc.sql("insert into wallet_nonce (nonce, expires_at) values (?, ?)").params(nonce, utc(expires)).update();
    }

    /** Takes a nonce: true once, while it is valid. */
    public boolean takeNonce(String nonce, Instant now) {
        return jdbc.sql("delete from wallet_nonce where nonce = ? and expires_at >= ?").params(nonce, utc(now)).update() == 1;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static StoredOffer row(ResultSet rs, int n) throws SQLException {
        return new StoredOffer(rs.getString("id"), rs.getString("certificate_id"), LearnerId.of(rs.getString("learner_id")), rs.getString("tx_code_hash"),
                rs.getInt("failed_attempts"), rs.getObject("expires_at", OffsetDateTime.class).toInstant(), instant(rs, "token_expires_at"),
                instant(rs, "issued_at"), rs.getString("holder"));
    }
}
