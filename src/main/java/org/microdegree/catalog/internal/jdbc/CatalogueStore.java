package org.microdegree.catalog.internal.jdbc;

import org.microdegree.shared.jdbc.RowBatch;
import lombok.RequiredArgsConstructor;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Coded;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.JournalEntry;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.shared.ItemId;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL over the catalogue tables. Items are stored as JSON documents plus the columns that
 * lists and filters need; writes come in batches so that importing thousands of items is quick.
 */
@Repository
@RequiredArgsConstructor
public class CatalogueStore {

    /** One stored version of an item. */
    public record ItemRow(ItemKind kind, ItemId id, int version, LifecycleStatus status, String institution,
            String title, @Nullable BigDecimal creditPoints, @Nullable Integer eqfLevel,
            String document, String hash, List<RefRow> references, List<String> partners) {}

    public record RefRow(ItemKind kind, ItemId id) {}

    /** What import needs to know of a stored version without reading its document. */
    public record Head(LifecycleStatus status, String hash) {}

    public record InstitutionRow(String id, String name, String country, String document) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public static String key(ItemKind kind, ItemId id, int version) {
        return kind.code() + ' ' + id.value() + ' ' + version;
    }

    /** Status and content hash of every stored version, keyed by {@link #key}. */
    public Map<String, Head> heads() {
        Map<String, Head> heads = new HashMap<>();
        template.query("select kind, id, version, status, content_hash from catalog_item", rs -> {
            heads.put(rs.getString(1) + ' ' + rs.getString(2) + ' ' + rs.getInt(3),
                    new Head(status(rs.getString(4)), rs.getString(5)));
        });
        return heads;
    }

    public List<InstitutionRow> institutions() {
        return jdbc.sql("select id, name, country, document from catalog_institution order by id")
                .query((rs, n) -> new InstitutionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public Optional<InstitutionRow> institution(String id) {
        return jdbc.sql("select id, name, country, document from catalog_institution where id = ?").param(id)
                .query((rs, n) -> new InstitutionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    public void upsertInstitutions(Collection<InstitutionRow> inserted, Collection<InstitutionRow> updated) {
        Timestamp now = Timestamp.now();
        template.batchUpdate("insert into catalog_institution (name, country, document, updated_at, id) values (?, ?, ?, ?, ?)",
                institutionSetter(List.copyOf(inserted), now));
        template.batchUpdate("update catalog_institution set name = ?, country = ?, document = ?, updated_at = ? where id = ?",
                institutionSetter(List.copyOf(updated), now));
    }

    private static BatchPreparedStatementSetter institutionSetter(List<InstitutionRow> rows, Timestamp now) {
        return RowBatch.of(rows, (ps, r, i) -> {
            ps.setString(1, r.name());
            ps.setString(2, r.country());
            ps.setString(3, r.document());
            ps.setObject(4, now.value());
            ps.setString(5, r.id());
        });
    }

    public void insert(List<ItemRow> rows) {
        Timestamp now = Timestamp.now();
        template.batchUpdate("""
                insert into catalog_item (status, institution_id, title, credit_points, eqf_level, document, content_hash,
                                          updated_at, created_at, kind, id, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", itemSetter(rows, now, true));
        insertReferences(rows);
    }

    public void update(List<ItemRow> rows) {
        Timestamp now = Timestamp.now();
        template.batchUpdate("""
                update catalog_item set status = ?, institution_id = ?, title = ?, credit_points = ?, eqf_level = ?,
                                        document = ?, content_hash = ?, updated_at = ?
                where kind = ? and id = ? and version = ?""", itemSetter(rows, now, false));
        // the references and partners are derived from the document: written anew with it
        deleteDerived("catalog_reference", rows);
        deleteDerived("catalog_partner", rows);
        insertReferences(rows);
    }

    private static BatchPreparedStatementSetter itemSetter(List<ItemRow> rows, Timestamp now, boolean insert) {
        return RowBatch.of(rows, (ps, r, i) -> {
            int c = 1;
            ps.setString(c++, r.status().code());
            ps.setString(c++, r.institution());
            ps.setString(c++, r.title());
            ps.setBigDecimal(c++, r.creditPoints());
            if (r.eqfLevel() == null) {
                ps.setNull(c++, Types.SMALLINT);
            } else {
                ps.setInt(c++, r.eqfLevel());
            }
            ps.setString(c++, r.document());
            ps.setString(c++, r.hash());
            ps.setObject(c++, now.value());
            if (insert) {
                ps.setObject(c++, now.value());
            }
            ps.setString(c++, r.kind().code());
            ps.setString(c++, r.id().value());
            ps.setInt(c, r.version());
        });
    }

    private void deleteDerived(String table, List<ItemRow> rows) {
        template.batchUpdate("delete from " + table + " where kind = ? and id = ? and version = ?", RowBatch.of(rows, (ps, r, i) -> {
            ps.setString(1, r.kind().code());
            ps.setString(2, r.id().value());
            ps.setInt(3, r.version());
        }));
    }

    private void insertReferences(List<ItemRow> rows) {
        List<Object[]> refs = new ArrayList<>();
        for (ItemRow r : rows) {
            for (RefRow ref : r.references()) {
                refs.add(new Object[]{r.kind().code(), r.id().value(), r.version(), ref.kind().code(), ref.id().value()});
            }
        }
        template.batchUpdate("insert into catalog_reference (kind, id, version, ref_kind, ref_id) values (?, ?, ?, ?, ?)", refs);
        List<Object[]> partners = new ArrayList<>();
        for (ItemRow r : rows) {
            for (String p : r.partners()) {
                partners.add(new Object[]{r.kind().code(), r.id().value(), r.version(), p});
            }
        }
        template.batchUpdate("insert into catalog_partner (kind, id, version, institution_id) values (?, ?, ?, ?)", partners);
    }

    public void journal(List<JournalEntry> entries) {
        journal(entries, null);
    }

    /** Journal entries of one person's step; {@code account} is hers (null for the operator). */
    public void journal(List<JournalEntry> entries, @Nullable String account) {
        template.batchUpdate("""
                insert into catalog_journal (kind, item_id, version, action, from_status, to_status, actor, at, reason, actor_account)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", RowBatch.of(entries, (ps, e, i) -> {
            ps.setString(1, e.kind().code());
            ps.setString(2, e.item().value());
            ps.setInt(3, e.version());
            ps.setString(4, e.action());
            ps.setString(5, e.from() == null ? null : e.from().code());
            ps.setString(6, e.to().code());
            ps.setString(7, e.actor());
            ps.setObject(8, e.at().atOffset(ZoneOffset.UTC));
            ps.setString(9, e.reason());
            ps.setString(10, account);
        }));
    }

    /** The account that last submitted this version for review, if a person did. */
    public Optional<String> submittedBy(ItemKind kind, ItemId id, int version) {
        return jdbc.sql("select actor_account from catalog_journal where kind = ? and item_id = ? and version = ? and action = 'submit'"
                + " order by seq desc").params(kind.code(), id.value(), version).query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .list().stream().findFirst().flatMap(a -> a);
    }

    /**
     * Quality assurance's decisions since {@code since} on versions that this account submitted:
     * what the designer hears of her submissions, newest first.
     */
    public List<JournalEntry> decisionsOnSubmissionsOf(String account, Instant since, int limit) {
        return jdbc.sql("""
                select j.kind, j.item_id, j.version, j.action, j.from_status, j.to_status, j.actor, j.at, j.reason from catalog_journal j
                where j.action in ('reject', 'approve', 'publish') and j.at > ? and exists (select 1 from catalog_journal s
                  where s.kind = j.kind and s.item_id = j.item_id and s.version = j.version and s.action = 'submit' and s.actor_account = ?)
                order by j.at desc, j.seq desc limit ?""")
                .params(since.atOffset(ZoneOffset.UTC), account, limit)
                .query((rs, n) -> new JournalEntry(Coded.fromCode(ItemKind.class, rs.getString(1)).orElseThrow(),
                        ItemId.of(rs.getString(2)), rs.getInt(3), rs.getString(4), rs.getString(5) == null ? null : status(rs.getString(5)),
                        status(rs.getString(6)), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getString(9)))
                .list(); // a list, not a stream: a stream left open would keep its connection
    }

    public List<JournalEntry> journalOf(ItemKind kind, ItemId id) {
        return jdbc.sql("""
                select version, action, from_status, to_status, actor, at, reason from catalog_journal
                where kind = ? and item_id = ? order by seq""")
                .params(kind.code(), id.value())
                .query((rs, n) -> new JournalEntry(kind, id, rs.getInt(1), rs.getString(2),
                        rs.getString(3) == null ? null : status(rs.getString(3)), status(rs.getString(4)),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7)))
                .list();
    }

    public Optional<String> document(ItemKind kind, ItemId id, int version) {
        return jdbc.sql("select document from catalog_item where kind = ? and id = ? and version = ?")
                .params(kind.code(), id.value(), version).query(String.class).optional();
    }

    /** The newest version whose status is one of {@code statuses}. */
    public Optional<String> latestDocument(ItemKind kind, ItemId id, Collection<LifecycleStatus> statuses) {
        return jdbc.sql("select document from catalog_item where kind = :kind and id = :id and status in (:statuses)"
                + " order by version desc fetch first 1 rows only")
                .param("kind", kind.code()).param("id", id.value()).param("statuses", codes(statuses))
                .query(String.class).optional();
    }

    public List<String> versionDocuments(ItemKind kind, ItemId id, Collection<LifecycleStatus> statuses) {
        return jdbc.sql("select document from catalog_item where kind = :kind and id = :id and status in (:statuses) order by version")
                .param("kind", kind.code()).param("id", id.value()).param("statuses", codes(statuses))
                .query(String.class).list();
    }

    public record Page(List<String> documents, long total) {}

    /**
     * Per id, the newest version whose status is one of {@code statuses} and which the reader may
     * see, ordered by id.
     *
     * @param institution only items of this institution, or all when null
     * @param staffOf the institutions whose non-public versions the reader sees (as owner or as a
     *                programme's partner); null for all of them
     */
    public Page list(ItemKind kind, Collection<LifecycleStatus> statuses, @Nullable String institution,
            @Nullable Collection<String> staffOf, int offset, int limit) {
        String visible = staffOf == null ? "" : """
                and (%1$s.status in ('published', 'retired') or %1$s.institution_id in (:mine)
                     or exists (select 1 from catalog_partner p where p.kind = %1$s.kind and p.id = %1$s.id
                                and p.version = %1$s.version and p.institution_id in (:mine)))""";
        String where = """
                from catalog_item c where c.kind = :kind and c.status in (:statuses)
                  and (:institution = '' or c.institution_id = :institution)%s
                  and c.version = (select max(v.version) from catalog_item v
                                   where v.kind = c.kind and v.id = c.id and v.status in (:statuses)%s)"""
                .formatted(visible.formatted("c"), visible.formatted("v"));
        Map<String, Object> params = new HashMap<>(Map.of("kind", kind.code(), "statuses", codes(statuses),
                "institution", institution == null ? "" : institution));
        if (staffOf != null) {
            // "in ()" is not SQL: an id no institution can have stands for none
            params.put("mine", staffOf.isEmpty() ? List.of("-") : List.copyOf(staffOf));
        }
        long total = jdbc.sql("select count(*) " + where).params(params).query(Long.class).single();
        List<String> docs = jdbc.sql("select c.document " + where + " order by c.id offset :offset rows fetch next :limit rows only")
                .params(params).param("offset", offset).param("limit", limit).query(String.class).list();
        return new Page(docs, total);
    }

    /**
     * A mark that changes with every write to the catalogue: each write of an item adds a journal
     * row, whose number is never reused, and institutions are few enough to read their times. Only
     * indexes are read (the items' own rows hold their documents: 60 ms for the europe preset).
     */
    public String revision() {
        return jdbc.sql("""
                select coalesce((select max(seq) from catalog_journal), 0) || '/' || (select count(*) from catalog_item)
                    || '/' || (select count(*) from catalog_institution)
                    || '/' || coalesce(cast((select max(updated_at) from catalog_institution) as varchar(40)), '-')
                """).query(String.class).single();
    }

    /** Every stored version of every item, ordered by kind, id and version: the export's input. */
    public List<String> allDocuments(ItemKind kind) {
        return jdbc.sql("select document from catalog_item where kind = ? order by id, version")
                .param(kind.code()).query(String.class).list();
    }

    /** The ids (all versions) of items of one kind, to resolve references. */
    public List<ItemId> ids(ItemKind kind) {
        return jdbc.sql("select distinct id from catalog_item where kind = ?").param(kind.code())
                .query((rs, n) -> ItemId.of(rs.getString(1))).list();
    }

    public boolean exists(ItemKind kind, ItemId id) {
        return maxVersion(kind, id) > 0;
    }

    public int maxVersion(ItemKind kind, ItemId id) {
        return jdbc.sql("select coalesce(max(version), 0) from catalog_item where kind = ? and id = ?")
                .params(kind.code(), id.value()).query(Integer.class).single();
    }

    /** Which items (latest versions) name the given one. */
    public List<RefRow> usedBy(ItemKind kind, ItemId id) {
        return jdbc.sql("select distinct kind, id from catalog_reference where ref_kind = ? and ref_id = ? order by kind, id")
                .params(kind.code(), id.value())
                .query((rs, n) -> new RefRow(Coded.fromCode(ItemKind.class, rs.getString(1)).orElseThrow(), ItemId.of(rs.getString(2))))
                .list();
    }

    private static List<String> codes(Collection<LifecycleStatus> statuses) {
        return statuses.stream().map(LifecycleStatus::code).collect(Collectors.toList());
    }

    private static LifecycleStatus status(String code) {
        return Coded.fromCode(LifecycleStatus.class, code).orElseThrow(() -> new IllegalStateException("unknown status in database: " + code));
    }

    private record Timestamp(OffsetDateTime value) {
        static Timestamp now() {
            return new Timestamp(Instant.now().atOffset(ZoneOffset.UTC));
        }
    }
}
