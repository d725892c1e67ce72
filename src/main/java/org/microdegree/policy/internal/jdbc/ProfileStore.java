package org.microdegree.policy.internal.jdbc;

import lombok.RequiredArgsConstructor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.microdegree.policy.ProfileJournalEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over the policy tables: institutions' profiles as JSON documents, adoptions, journal. */
@Repository
@RequiredArgsConstructor
public class ProfileStore {

    private final JdbcClient jdbc;

    /** The newest version of each institution's profile, ordered by id. */
    public List<String> latestDocuments() {
        return jdbc.sql("""
                select p.document from policy_profile p
                where p.version = (select max(q.version) from policy_profile q where q.id = p.id) order by p.id""")
                .query(String.class).list();
    }

    public Optional<String> document(String id, @Nullable Integer version) {
        if (version == null) {
            return jdbc.sql("select document from policy_profile where id = ? order by version desc fetch first 1 rows only")
                    .params(id).query(String.class).optional();
        }
        return jdbc.sql("select document from policy_profile where id = ? and version = ?").params(id, version).query(String.class).optional();
    }

    public int maxVersion(String id) {
        return jdbc.sql("select coalesce(max(version), 0) from policy_profile where id = ?").params(id).query(Integer.class).single();
    }

    public void insert(String id, int version, String owner, @Nullable String basedOn, String document, String actor) {
        jdbc.sql("insert into policy_profile (id, version, owner, based_on, document, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, version, owner, basedOn, document, actor, now()).update();
    }

    public List<String> adoptedBy(String institution) {
        return jdbc.sql("select profile_id from policy_adoption where institution_id = ? order by position")
                .params(institution).query(String.class).list();
    }

    public void replaceAdoption(String institution, List<String> profiles) {
        jdbc.sql("delete from policy_adoption where institution_id = ?").params(institution).update();
        for (int i = 0; i < profiles.size(); i++) {
            jdbc.sql("insert into policy_adoption (institution_id, position, profile_id) values (?, ?, ?)")
                    .params(institution, i, profiles.get(i)).update();
        }
    }

    public void journal(@Nullable String profile, @Nullable String institution, @Nullable Integer version, String action,
            String actor, @Nullable String detail) {
        jdbc.sql("insert into policy_journal (profile_id, institution_id, version, action, actor, at, detail) values (?, ?, ?, ?, ?, ?, ?)")
                .params(profile, institution, version, action, actor, now(), detail).update();
    }

    public List<ProfileJournalEntry> journalOfProfile(String profile) {
        return jdbc.sql("select profile_id, institution_id, version, action, actor, at, detail from policy_journal where profile_id = ? order by seq")
                .params(profile).query(ProfileStore::entry).list();
    }

    public List<ProfileJournalEntry> journalOfInstitution(String institution) {
        return jdbc.sql("select profile_id, institution_id, version, action, actor, at, detail from policy_journal"
                + " where institution_id = ? and action = 'adopted' order by seq")
                .params(institution).query(ProfileStore::entry).list();
    }

    private static ProfileJournalEntry entry(ResultSet rs, int n) throws SQLException {
        return new ProfileJournalEntry(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7));
    }

    private static OffsetDateTime now() {
        return Instant.now().atOffset(ZoneOffset.UTC);
    }
}
