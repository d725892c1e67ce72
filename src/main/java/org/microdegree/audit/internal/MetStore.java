package org.microdegree.audit.internal;

import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.ItemId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Repository;

/** Who has met which credential version: one row each, so the event goes out once. */
@Repository
@RequiredArgsConstructor
public class MetStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    /**
     * Records that the learner met the credential version; false when that was recorded before
     * (also by a concurrent re-audit: the primary key decides).
     */
    public boolean claim(LearnerId learnerId, ItemKind kind, ItemId item, int version, LocalDate metOn, Instant now) {
        if (met(learnerId, kind, item, version)) {
            return false;
        }
        try {
            jdbc.sql("insert into audit_requirements_met (learner_id, item_kind, item_id, item_version, met_on, recorded_at, institution_id)"
                    + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(learnerId.value(), kind.code(), item.value(), version, metOn, now.atOffset(ZoneOffset.UTC), item.institution()).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** A credential version a learner met, to be recorded. */
    public record Claim(LearnerId learner, ItemKind kind, ItemId item, int version) {}

    /**
     * Records these in one JDBC batch (a bulk job's chunk); those recorded before, also by a
     * concurrent run, stay as they were. Returns how many were new.
     */
    public int claimAll(Collection<Claim> claims, LocalDate metOn, Instant now) {
        if (claims.isEmpty()) {
            return 0;
        }
        int[][] counts = template.batchUpdate("insert into audit_requirements_met (learner_id, item_kind, item_id, item_version, met_on, recorded_at,"
                + " institution_id) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", List.copyOf(claims), claims.size(), (ps, c) -> {
                    ps.setString(1, c.learner().value());
                    ps.setString(2, c.kind().code());
                    ps.setString(3, c.item().value());
                    ps.setInt(4, c.version());
                    ps.setObject(5, metOn);
                    ps.setObject(6, now.atOffset(ZoneOffset.UTC));
                    ps.setString(7, c.item().institution());
                });
        int fresh = 0;
        for (int[] batch : counts) {
            for (int n : batch) {
                fresh += n > 0 ? 1 : 0;
            }
        }
        return fresh;
    }

    public boolean met(LearnerId learnerId, ItemKind kind, ItemId item, int version) {
        return jdbc.sql("select count(*) from audit_requirements_met where learner_id = ? and item_kind = ? and item_id = ? and item_version = ?")
                .params(learnerId.value(), kind.code(), item.value(), version).query(Integer.class).single() > 0;
    }
}
