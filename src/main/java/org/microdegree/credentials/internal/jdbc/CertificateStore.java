package org.microdegree.credentials.internal.jdbc;

import org.microdegree.shared.jdbc.SqlValues;
import java.util.Set;
import java.util.HashSet;
import org.microdegree.shared.CertificateId;
import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.credentials.model.CertificateKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Certificates, their status bits and the approvals of joint awards. */
@Repository
@RequiredArgsConstructor
public class CertificateStore {

    private static final String COLUMNS = "id, learner_id, certificate_kind, item_kind, item_id, item_version, title, institution_id,"
            + " status_index, issued_at, credential, status, revoked_at, revoked_reason, credential_packed";

    private static final String INSERT = "insert into certificate (id, award_key, learner_id, certificate_kind, item_kind, item_id, item_version,"
            + " title, institution_id, status_index, status_counter, issued_at, credential_packed, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'valid')";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final StatusCounters counters;

    /** The next free place in the institution's status list. */
    public StatusCounters.Place nextPlace(String institution) {
        return counters.next(institution);
    }

    public boolean awarded(String awardKey) {
        return jdbc.sql("select count(*) from certificate where award_key = ?").param(awardKey).query(Integer.class).single() > 0;
    }

    /**
     * Stores a certificate; false when this award exists already (the unique award key decides, also
     * between two runs at once). A clash of status counter (one a certificate from before counters
     * holds) is reported as such, to take the next one.
     */
    public Outcome insert(String awardKey, Certificate c, int statusCounter) {
        try {
            jdbc.sql(INSERT).params(values(awardKey, c, statusCounter)).update();
            return Outcome.STORED;
        } catch (DuplicateKeyException e) {
            return awarded(awardKey) ? Outcome.ALREADY_AWARDED : Outcome.INDEX_TAKEN;
        }
    }

    /** A certificate signed at its place in the status list (its counter), to be stored under its award key. */
    public record Signed(String awardKey, Certificate certificate, int counter) {}

    /**
     * Stores these certificates in one JDBC batch, in the caller's transaction: a bulk award's slice.
     * Throws when one of them clashes (awarded meanwhile, or its place held by a certificate from
     * before counters); the caller rolls back and stores them one by one.
     */
    public void insertAll(List<Signed> certificates) {
        template.batchUpdate(INSERT, certificates.stream().map(s -> values(s.awardKey(), s.certificate(), s.counter())).toList());
    }

    private static Object[] values(String awardKey, Certificate c, int statusCounter) {
        return new Object[]{c.id().value(), awardKey, c.learner().value(), c.kind().code(), c.itemKind(), c.item(), c.version(), c.title(),
                c.institution(), c.statusIndex(), statusCounter, c.issued().atOffset(ZoneOffset.UTC), PackedCredentials.pack(c.credential())};
    }

    public enum Outcome {
        STORED,
        ALREADY_AWARDED,
        INDEX_TAKEN
    }

    public Optional<Certificate> find(CertificateId id) {
        return jdbc.sql("select " + COLUMNS + " from certificate where id = ?").param(id.value()).query(CertificateStore::row).optional();
    }

    public List<Certificate> ofLearner(LearnerId learnerId) {
        return jdbc.sql("select " + COLUMNS + " from certificate where learner_id = ? order by issued_at, id").param(learnerId.value())
                .query(CertificateStore::row).list();
    }

    /** Up to {@code limit} certificates in order of their ids after {@code afterId} ("" for the first), of one institution or all. */
    public List<Certificate> page(@Nullable String institution, String afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from certificate where id > :after" + (institution == null ? "" : " and institution_id = :institution")
                + " order by id limit :limit")
                .param("after", afterId).param("institution", institution == null ? "" : institution).param("limit", limit)
                .query(CertificateStore::row).list();
    }

    public long count(@Nullable String institution) {
        return institution == null
                ? jdbc.sql("select count(*) from certificate").query(Long.class).single()
                : jdbc.sql("select count(*) from certificate where institution_id = ?").param(institution).query(Long.class).single();
    }

    public void forEach(@Nullable String institution, Consumer<Certificate> each) {
        String where = institution == null ? "" : " where institution_id = ?";
        var spec = jdbc.sql("select " + COLUMNS + " from certificate" + where + " order by issued_at, id");
        if (institution != null) {
            spec = spec.param(institution);
        }
        spec.query((ResultSet rs) -> {
            each.accept(row(rs, 0));
        });
    }

    public boolean revoke(CertificateId id, String reason, String by, Instant at) {
        return jdbc.sql("update certificate set status = 'revoked', revoked_at = ?, revoked_reason = ?, revoked_by = ? where id = ? and status = 'valid'")
                .params(at.atOffset(ZoneOffset.UTC), reason, by, id.value()).update() == 1;
    }

    /** The revoked bits of an institution's list, and a stamp that changes whenever they do. */
    public RevokedBits revoked(String institution) {
        BitSet bits = new BitSet();
        long[] stamp = {0, 0};
        jdbc.sql("select status_index, revoked_at from certificate where institution_id = ? and status = 'revoked'").param(institution)
                .query((ResultSet rs) -> {
                    bits.set(rs.getInt(1));
                    stamp[0]++;
                    stamp[1] = Math.max(stamp[1], rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli());
                });
        return new RevokedBits(bits, stamp[0] + ":" + stamp[1]);
    }

    public String revokedStamp(String institution) {
        return jdbc.sql("select count(*), max(revoked_at) from certificate where institution_id = ? and status = 'revoked'").param(institution)
                .query((rs, n) -> rs.getLong(1) + ":" + (rs.getObject(2, OffsetDateTime.class) == null
                        ? 0
                        : rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli()))
                .single();
    }

    public record RevokedBits(BitSet bits, String stamp) {}

    public Optional<Boolean> revokedAt(String institution, int statusIndex) {
        // found by its counter, whose index is unique; the position's own index is gone (ADR 0058)
        return counters.counterAt(institution, statusIndex).flatMap(counter -> jdbc
                .sql("select status from certificate where institution_id = ? and status_counter = ? and status_index = ?")
                .params(institution, counter, statusIndex).query(String.class).optional().map("revoked"::equals));
    }

    /** Records a partner's approval of a joint award; false when it approved before. */
    public boolean approve(String awardKey, String institution, String by, Instant at) {
        try {
            jdbc.sql("insert into certificate_approval (award_key, institution_id, approved_by, approved_at) values (?, ?, ?, ?)")
                    .params(awardKey, institution, by, at.atOffset(ZoneOffset.UTC)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public List<String> approvals(String awardKey) {
        return jdbc.sql("select institution_id from certificate_approval where award_key = ? order by institution_id").param(awardKey)
                .query(String.class).list();
    }

    /** Sets whether certificates of the credential wait for a registrar's confirmation. */
    public void setConfirmation(String itemKind, String item, boolean confirmation, String by, Instant at) {
        int updated = jdbc.sql("update certificate_awarding set confirmation = ?, set_by = ?, set_at = ? where item_kind = ? and item_id = ?")
                .params(confirmation, by, at.atOffset(ZoneOffset.UTC), itemKind, item).update();
        if (updated == 0) {
            jdbc.sql("insert into certificate_awarding (item_kind, item_id, confirmation, set_by, set_at) values (?, ?, ?, ?, ?)")
                    .params(itemKind, item, confirmation, by, at.atOffset(ZoneOffset.UTC)).update();
        }
    }

    /** The credentials whose certificates wait for a registrar's confirmation, as "kind item": read once for a bulk award's chunk. */
    public Set<String> needingConfirmation() {
        return new HashSet<>(jdbc.sql("select item_kind || ' ' || item_id from certificate_awarding where confirmation = true")
                .query(String.class).list());
    }

    public boolean needsConfirmation(String itemKind, String item) {
        return jdbc.sql("select confirmation from certificate_awarding where item_kind = ? and item_id = ?").params(itemKind, item)
                .query(Boolean.class).optional().orElse(false);
    }

    /** A met credential version ({@code m}) without its certificate (a partial confirmation is not one). */
    private static final String UNAWARDED = "not exists (select 1 from certificate c where c.learner_id = m.learner_id and c.item_kind = m.item_kind"
            + " and c.item_id = m.item_id and c.item_version = m.item_version and c.certificate_kind <> 'partial-completion')";

    /** Met credential versions that have no certificate yet: what {@code award --all} works through. */
    public List<Met> unawarded() {
        return jdbc.sql("select m.learner_id, m.item_kind, m.item_id, m.item_version, m.met_on from audit_requirements_met m"
                + " where " + UNAWARDED + " order by m.learner_id, m.item_kind, m.item_id")
                .query((rs, n) -> new Met(LearnerId.of(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** The same for some learners only: a job's chunk. */
    public List<Met> unawarded(Collection<LearnerId> learners) {
        if (learners.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select m.learner_id, m.item_kind, m.item_id, m.item_version, m.met_on from audit_requirements_met m"
                + " where m.learner_id = any(:learners) and " + UNAWARDED + " order by m.learner_id, m.item_kind, m.item_id")
                .param("learners", SqlValues.anyOf(learners))
                .query((rs, n) -> new Met(LearnerId.of(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** The learners with a met credential version and no certificate for it, in order. */
    public List<String> learnersUnawarded() {
        return jdbc.sql("select distinct m.learner_id from audit_requirements_met m"
                + " where " + UNAWARDED + " order by m.learner_id")
                .query(String.class).list();
    }

    public record Met(LearnerId learner, String itemKind, String item, int version, LocalDate on) {}

    /**
     * Met credential versions without a certificate whose credential waits for a registrar's
     * confirmation, of credentials these institutions offer, oldest first.
     */
    public List<Met> awaitingConfirmation(Collection<String> institutions, int limit) {
        if (institutions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select m.learner_id, m.item_kind, m.item_id, m.item_version, m.met_on from audit_requirements_met m"
                + " join certificate_awarding a on a.item_kind = m.item_kind and a.item_id = m.item_id and a.confirmation = true"
                + " where m.institution_id in (:institutions) and " + UNAWARDED + " order by m.met_on, m.learner_id, m.item_id limit :limit")
                .param("institutions", institutions).param("limit", limit)
                .query((rs, n) -> new Met(LearnerId.of(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getObject(5, LocalDate.class)))
                .list();
    }

    /**
     * The newest certificates of these institutions, at most {@code limit}: of one learner or one
     * certificate when {@code learnerOrId} names one, only valid or only revoked ones when asked.
     */
    public List<Certificate> recent(Collection<String> institutions, @Nullable String learnerOrId, @Nullable Boolean revoked, int limit) {
        if (institutions.isEmpty()) {
            return List.of();
        }
        String sql = "select " + COLUMNS + " from certificate where institution_id in (:institutions)"
                + (learnerOrId == null ? "" : " and (learner_id = :q or id = :q)")
                + (revoked == null ? "" : " and status = :status")
                + " order by issued_at desc, id desc limit :limit";
        var spec = jdbc.sql(sql).param("institutions", institutions).param("limit", limit);
        if (learnerOrId != null) {
            spec = spec.param("q", learnerOrId);
        }
        if (revoked != null) {
            spec = spec.param("status", revoked ? "revoked" : "valid");
        }
        return spec.query(CertificateStore::row).list();
    }

    private static Certificate row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime revokedAt = rs.getObject(13, OffsetDateTime.class);
        byte[] packed = rs.getBytes(15);
        return new Certificate(CertificateId.of(rs.getString(1)), LearnerId.of(rs.getString(2)), CertificateKind.fromCode(rs.getString(3)).orElseThrow(),
                rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                rs.getObject(10, OffsetDateTime.class).toInstant(), packed == null ? rs.getString(11) : PackedCredentials.unpack(packed),
                "revoked".equals(rs.getString(12)),
                revokedAt == null ? null : revokedAt.toInstant(), rs.getString(14));
    }

    /** Whether the holder keeps the certificate's public page on (the default). */
    public boolean shared(CertificateId id) {
        return jdbc.sql("select count(*) from certificate_unshared where certificate_id = ?").param(id.value()).query(Integer.class).single() == 0;
    }

    public void share(CertificateId id, boolean on, Instant at) {
        jdbc.sql("delete from certificate_unshared where certificate_id = ?").param(id.value()).update();
        if (!on) {
            jdbc.sql("insert into certificate_unshared (certificate_id, since) values (?, ?)").params(id.value(), at.atOffset(ZoneOffset.UTC)).update();
        }
    }
}
