package org.microdegree.credentials.internal.keys;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.microdegree.credentials.KeyPasswordException;
import org.microdegree.credentials.internal.proof.Ed25519;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each institution's Ed25519 signing keys: created on first use, sealed at rest, rotated on
 * request. A rotated key is retired, not deleted: its public half stays in the DID document.
 */
@Component
public class KeyRing {

    /** A key as the DID document lists it. */
    public record PublicEntry(String institution, int seq, String publicMultikey, Instant created, @Nullable Instant retired) {
        public String fragment() {
            return "key-" + seq;
        }
    }

    /** The current key of an institution, ready to sign. */
    public record SigningKey(String institution, int seq, PrivateKey privateKey, String publicMultikey) {
        public String fragment() {
            return "key-" + seq;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final @Nullable String password;
    private final Map<String, SigningKey> current = new ConcurrentHashMap<>();
    private volatile @Nullable Seal seal;

    public KeyRing(JdbcClient jdbc, @Value("${microdegree.keys.password:}") @Nullable String password, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.password = password == null || password.isBlank() ? null : password;
    }

    /** The institution's current key; the first call for an institution creates it. */
    public SigningKey current(String institution) {
        // one primary-key read per use: a rotation by another process (the CLI beside a server) takes effect at once
        Integer seq = jdbc.sql("select max(seq) from credential_key where institution_id = ? and retired_at is null")
                .param(institution).query(Integer.class).optional().orElse(null);
        return current(institution, seq);
    }

    /**
     * The current keys of all institutions as they stand now, read in one query: for a bulk award's
     * chunk, whose certificates of 50 institutions read each institution's key once a chunk (a query
     * each was 3.6 % of the award step). A key rotated meanwhile signs from the next chunk on.
     */
    public Function<String, SigningKey> currentKeys() {
        Map<String, Integer> seqs = new HashMap<>();
        jdbc.sql("select institution_id, max(seq) from credential_key where retired_at is null group by institution_id").query(rs -> {
            seqs.put(rs.getString(1), rs.getInt(2));
        });
        Map<String, SigningKey> keys = new ConcurrentHashMap<>();
        return institution -> keys.computeIfAbsent(institution, i -> current(i, seqs.get(i)));
    }

    private SigningKey current(String institution, @Nullable Integer seq) {
        SigningKey key = current.get(institution);
        if (key != null && seq != null && key.seq() == seq) {
            return key;
        }
        synchronized (this) {
            key = current.get(institution);
            if (key == null || seq == null || key.seq() != seq) {
                key = loadOrCreate(institution);
                current.put(institution, key);
            }
            return key;
        }
    }

    /**
     * Why nothing can be signed now, or null when signing works: no password, or one that does not
     * open the stored keys (tried on one stored key; nothing is created).
     */
    public @org.jspecify.annotations.Nullable String signingProblem() {
        try {
            Seal s = seal();
            jdbc.sql("select sealed_private from credential_key where retired_at is null order by institution_id, seq")
                    .query(String.class).list().stream().findFirst().ifPresent(s::open);
            return null;
        } catch (KeyPasswordException e) {
            return e.getMessage();
        }
    }

    /** Retires the current key and makes a new one; certificates signed before still verify. */
    @Transactional
    public PublicEntry rotate(String institution) {
        Instant now = clock.instant();
        int next = jdbc.sql("select coalesce(max(seq), 0) + 1 from credential_key where institution_id = ?").param(institution)
                .query(Integer.class).single();
        jdbc.sql("update credential_key set retired_at = ? where institution_id = ? and retired_at is null")
                .params(now.atOffset(ZoneOffset.UTC), institution).update();
        insert(institution, next, Ed25519.generate(), now);
        current.remove(institution);
        return entries(institution).stream().filter(e -> e.seq() == next).findFirst().orElseThrow();
    }

    /** Every key of the institution, current and retired, oldest first. */
    public List<PublicEntry> entries(String institution) {
        return jdbc.sql("select institution_id, seq, public_multikey, created_at, retired_at from credential_key where institution_id = ? order by seq")
                .param(institution).query(KeyRing::entry).list();
    }

    public Optional<PublicKey> publicKey(String institution, int seq) {
        return jdbc.sql("select public_multikey from credential_key where institution_id = ? and seq = ?").params(institution, seq)
                .query(String.class).optional().flatMap(Ed25519::fromMultikey);
    }

    private SigningKey loadOrCreate(String institution) {
        Optional<SigningKey> stored = load(institution);
        if (stored.isPresent()) {
            return stored.get();
        }
        try {
            insert(institution, 1, Ed25519.generate(), clock.instant());
        } catch (DuplicateKeyException e) {
            // another process made the first key at the same moment: use theirs
        }
        return load(institution).orElseThrow();
    }

    private Optional<SigningKey> load(String institution) {
        return jdbc.sql("select seq, public_multikey, sealed_private from credential_key where institution_id = ? and retired_at is null order by seq desc")
                .param(institution)
                .query((rs, n) -> new SigningKey(institution, rs.getInt(1),
                        Ed25519.privateKey(seal().open(rs.getString(3))), rs.getString(2)))
                .list().stream().findFirst();
    }

    // Called outside any transaction (or in rotate's): a clash on the primary key must not abort a caller's.
    private void insert(String institution, int seq, KeyPair pair, Instant now) {
        jdbc.sql("insert into credential_key (institution_id, seq, public_multikey, sealed_private, created_at) values (?, ?, ?, ?, ?)")
                .params(institution, seq, Ed25519.multikey(pair.getPublic()), seal().seal(Ed25519.rawPrivate(pair.getPrivate())),
                        now.atOffset(ZoneOffset.UTC))
                .update();
    }

    private Seal seal() {
        Seal s = seal;
        if (s == null) {
            if (password == null) {
                throw new KeyPasswordException("set MICRODEGREE_KEY_PASSWORD: signing keys are stored encrypted with it");
            }
            s = new Seal(password);
            seal = s;
        }
        return s;
    }

    private static PublicEntry entry(ResultSet rs, int n) throws SQLException {
        var retired = rs.getObject(5, OffsetDateTime.class);
        return new PublicEntry(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(),
                retired == null ? null : retired.toInstant());
    }
}
