package org.microdegree.catalog.internal.jdbc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The institutions' review rules as set by their admins (no row: the installation's default). */
@Repository
@RequiredArgsConstructor
public class ReviewRuleStore {

    private final JdbcClient jdbc;

    public Optional<Boolean> fourEyes(String institution) {
        return jdbc.sql("select four_eyes from catalog_review_rule where institution_id = ?").param(institution).query(Boolean.class).optional();
    }

    public void setFourEyes(String institution, boolean on, String by, Instant at) {
        int updated = jdbc.sql("update catalog_review_rule set four_eyes = ?, set_by = ?, set_at = ? where institution_id = ?")
                .params(on, by, at.atOffset(ZoneOffset.UTC), institution).update();
        if (updated == 0) {
            jdbc.sql("insert into catalog_review_rule (institution_id, four_eyes, set_by, set_at) values (?, ?, ?, ?)")
                    .params(institution, on, by, at.atOffset(ZoneOffset.UTC)).update();
        }
    }
}
