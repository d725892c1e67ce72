package org.microdegree.accounts.internal.jdbc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations by the hash of their secret. */
@Repository
@RequiredArgsConstructor
public class InvitationStore {

    private final JdbcClient jdbc;

    public void insert(String secretHash, String accountId, String by, Instant at, Instant expires) {
        jdbc.sql("insert into account_invitation (secret_hash, account_id, created_by, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(secretHash, accountId, by, at.atOffset(ZoneOffset.UTC), expires.atOffset(ZoneOffset.UTC)).update();
    }

    /** The account of an unused, unexpired invitation. */
    public Optional<String> open(String secretHash, Instant now) {
        return jdbc.sql("select account_id from account_invitation where secret_hash = ? and used_at is null and expires_at > ?")
                .params(secretHash, now.atOffset(ZoneOffset.UTC)).query(String.class).optional();
    }

    /** Marks it used; false if someone used it a moment before. */
    public boolean use(String secretHash, Instant now) {
        return jdbc.sql("update account_invitation set used_at = ? where secret_hash = ? and used_at is null")
                .params(now.atOffset(ZoneOffset.UTC), secretHash).update() == 1;
    }
}
