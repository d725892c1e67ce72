package org.microdegree.learners.internal.jdbc;

import org.microdegree.shared.jdbc.RowBatch;
import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import static org.microdegree.shared.jdbc.SqlValues.code;
import static org.microdegree.shared.jdbc.SqlValues.date;
import static org.microdegree.shared.jdbc.SqlValues.instant;
import static org.microdegree.shared.jdbc.SqlValues.ts;
import static org.microdegree.shared.jdbc.SqlValues.slices;
import static org.microdegree.shared.jdbc.SqlValues.learnerSlices;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.jdbc.JsonColumns;
import org.microdegree.learners.model.Consent;
import org.microdegree.learners.model.JournalRow;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.LearnerJournalEntry;
import org.microdegree.learners.model.LearnerStatus;
import org.microdegree.learners.model.Notification;
import org.microdegree.shared.InstitutionId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over the learner records: learners, claims, student numbers, affiliations, consent, notifications, the journal. */
@Repository
@RequiredArgsConstructor
public class LearnerStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    // ---- learners ----

    public void insertLearner(Learner l) {
        jdbc.sql("insert into learners_learner (id, account_id, name, email, birth_date, status, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(l.id().value(), l.accountId(), l.name(), l.email(), date(l.birthDate()), l.status().code(), ts(l.createdAt())).update();
        l.studentNumbers().forEach((inst, number) -> setStudentNumber(l.id(), inst, number));
        l.consents().forEach(c -> consent(l.id(), c.purpose(), c.givenAt()));
    }

    /** Many new learners, each with one student number, in three batches. */
    public void insertLearners(List<Learner> learners) {
        template.batchUpdate("insert into learners_learner (id, name, email, birth_date, status, created_at) values (?, ?, ?, ?, ?, ?)",
                learners, 1000, (ps, l) -> {
                    ps.setString(1, l.id().value());
                    ps.setString(2, l.name());
                    ps.setString(3, l.email());
                    ps.setDate(4, date(l.birthDate()));
                    ps.setString(5, l.status().code());
                    ps.setObject(6, ts(l.createdAt()));
                });
        List<Map.Entry<LearnerId, Map.Entry<InstitutionId, String>>> numbers = new ArrayList<>();
        learners.forEach(l -> l.studentNumbers().entrySet().forEach(e -> numbers.add(Map.entry(l.id(), e))));
        template.batchUpdate("insert into learners_student_number (learner_id, institution_id, number) values (?, ?, ?)", numbers, 1000,
                (ps, e) -> {
                    ps.setString(1, e.getKey().value());
                    ps.setString(2, e.getValue().getKey().value());
                    ps.setString(3, e.getValue().getValue());
                });
        template.batchUpdate("insert into learners_affiliation (learner_id, institution_id) values (?, ?)", numbers, 1000, (ps, e) -> {
            ps.setString(1, e.getKey().value());
            ps.setString(2, e.getValue().getKey().value());
        });
    }

    public void updateLearner(LearnerId id, @Nullable String name, @Nullable String email, @Nullable LocalDate birthDate, LearnerStatus status) {
        jdbc.sql("update learners_learner set name = ?, email = ?, birth_date = ?, status = ? where id = ?")
                .params(name, email, date(birthDate), status.code(), id.value()).update();
    }

    public Optional<Learner> learner(LearnerId id) {
        return learners("id = ?", id.value()).stream().findFirst();
    }

    public Optional<Learner> byAccount(String accountId) {
        return learners("account_id = ?", accountId).stream().findFirst();
    }

    /** The unlinked records for this e-mail address at an institution (by affiliation). */
    public List<Learner> unlinkedByEmailAt(String email, InstitutionId institution) {
        return learners("account_id is null and erased_at is null and lower(email) = lower(?)"
                + " and id in (select learner_id from learners_affiliation where institution_id = ?)", email, institution.value());
    }

    /** Every unlinked record for this e-mail address, at any institution. */
    public List<Learner> unlinkedByEmailAnywhere(String email) {
        return learners("account_id is null and erased_at is null and lower(email) = lower(?)", email);
    }

    public void insertClaim(String secretHash, LearnerId learnerId, String accountId, Instant at, Instant expires) {
        jdbc.sql("insert into learners_claim (secret_hash, learner_id, account_id, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(secretHash, learnerId.value(), accountId, Timestamp.from(at), Timestamp.from(expires)).update();
    }

    /** Marks an unused, unexpired claim of this account used; its learner id, or empty. */
    public Optional<LearnerId> useClaim(String secretHash, String accountId, Instant now) {
        Optional<LearnerId> learner = jdbc.sql("select learner_id from learners_claim where secret_hash = ? and account_id = ?"
                + " and used_at is null and expires_at > ?").params(secretHash, accountId, Timestamp.from(now))
                .query(String.class).optional().map(LearnerId::of);
        learner.ifPresent(l -> jdbc.sql("update learners_claim set used_at = ? where secret_hash = ?")
                .params(Timestamp.from(now), secretHash).update());
        return learner;
    }

    public void linkAccount(LearnerId id, String accountId) {
        jdbc.sql("update learners_learner set account_id = ? where id = ?").params(accountId, id.value()).update();
    }

    public List<LearnerId> learnerIds() {
        return jdbc.sql("select id from learners_learner").query((rs, n) -> LearnerId.of(rs.getString(1))).list();
    }

    public List<Learner> atInstitutions(Set<String> institutions, int limit, int offset) {
        if (institutions.isEmpty()) {
            return List.of();
        }
        List<LearnerId> ids = jdbc.sql("select l.id from learners_learner l where exists (select 1 from learners_affiliation a"
                + " where a.learner_id = l.id and a.institution_id in (:i)) order by l.name, l.id limit :limit offset :offset")
                .param("i", List.copyOf(institutions)).param("limit", limit).param("offset", offset).query((rs, n) -> LearnerId.of(rs.getString(1))).list();
        return ids.stream().map(this::learner).flatMap(Optional::stream).toList();
    }

    /** These learners, a thousand per query: a bulk award reads its chunk's learners at once. */
    public Map<LearnerId, Learner> learners(Collection<LearnerId> ids) {
        Map<LearnerId, Learner> out = HashMap.newHashMap(ids.size());
        for (String[] slice : learnerSlices(ids)) {
            learners("id = any(?)", (Object) slice).forEach(l -> out.put(l.id(), l));
        }
        return out;
    }

    private List<Learner> learners(String where, Object... params) {
        record Row(LearnerId id, @Nullable String account, @Nullable String name, @Nullable String email, @Nullable LocalDate birth,
                LearnerStatus status, Instant created, @Nullable Instant erased) {}
        List<Row> rows = jdbc.sql("select id, account_id, name, email, birth_date, status, created_at, erased_at from learners_learner where " + where)
                .params(params).query((rs, n) -> new Row(LearnerId.of(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), code(LearnerStatus.class, rs.getString(6)), instant(rs, 7), instant(rs, 8)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        // the student numbers and consents of all the rows in one query each, not two per learner
        String[] ids = rows.stream().map(r -> r.id().value()).toArray(String[]::new);
        Map<String, Map<InstitutionId, String>> numbers = new HashMap<>();
        jdbc.sql("select learner_id, institution_id, number from learners_student_number where learner_id = any(?) order by learner_id, institution_id")
                .param((Object) ids).query(rs -> {
                    numbers.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(InstitutionId.of(rs.getString(2)), rs.getString(3));
                });
        Map<String, List<Consent>> consents = new HashMap<>();
        jdbc.sql("select learner_id, purpose, given_at, withdrawn_at from learners_consent where learner_id = any(?) order by learner_id, purpose")
                .param((Object) ids).query(rs -> {
                    consents.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Consent(rs.getString(2), instant(rs, 3), instant(rs, 4)));
                });
        List<Learner> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Learner(r.id(), r.account(), r.name(), r.email(), r.birth(), r.status(),
                    numbers.getOrDefault(r.id().value(), new LinkedHashMap<>()), consents.getOrDefault(r.id().value(), List.of()), r.created(), r.erased()));
        }
        return out;
    }

    public void setStudentNumber(LearnerId learnerId, InstitutionId institution, String number) {
        jdbc.sql("delete from learners_student_number where learner_id = ? and institution_id = ?").params(learnerId.value(), institution.value()).update();
        jdbc.sql("insert into learners_student_number (learner_id, institution_id, number) values (?, ?, ?)")
                .params(learnerId.value(), institution.value(), number).update();
        affiliate(learnerId, institution);
    }

    public Optional<LearnerId> byStudentNumber(InstitutionId institution, String number) {
        return jdbc.sql("select learner_id from learners_student_number where institution_id = ? and number = ?")
                .params(institution.value(), number).query(String.class).optional().map(LearnerId::of);
    }

    /** Every student number of the institutions, to resolve a whole import at once: institution -> number -> learner. */
    public Map<String, Map<String, String>> studentNumbers(Set<String> institutions) {
        Map<String, Map<String, String>> out = new HashMap<>();
        if (institutions.isEmpty()) {
            return out;
        }
        jdbc.sql("select institution_id, number, learner_id from learners_student_number where institution_id in (:i)")
                .param("i", List.copyOf(institutions))
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        return out;
    }

    public void affiliate(LearnerId learnerId, InstitutionId institution) {
        // H2 runs PostgreSQL's insert-if-absent in its PostgreSQL mode
        jdbc.sql("insert into learners_affiliation (learner_id, institution_id) values (?, ?) on conflict do nothing")
                .params(learnerId.value(), institution.value()).update();
    }

    /** Adds the affiliations not yet there, comparing in memory: one read and one batch however many learners. */
    public void affiliateMissing(Map<String, Set<String>> learnerInstitutions) {
        Set<String> institutions = new TreeSet<>();
        learnerInstitutions.values().forEach(institutions::addAll);
        if (institutions.isEmpty()) {
            return;
        }
        Set<String> present = new HashSet<>();
        // these learners' affiliations only: a chunk of an import names a few thousand of a million learners
        for (String[] slice : slices(learnerInstitutions.keySet())) {
            jdbc.sql("select learner_id, institution_id from learners_affiliation where learner_id = any(:l)").param("l", slice)
                    .query(rs -> {
                        present.add(rs.getString(1) + "|" + rs.getString(2));
                    });
        }
        List<String[]> missing = new ArrayList<>();
        learnerInstitutions.forEach((learner, insts) -> insts.forEach(i -> {
            if (!present.contains(learner + "|" + i)) {
                missing.add(new String[]{learner, i});
            }
        }));
        template.batchUpdate("insert into learners_affiliation (learner_id, institution_id) values (?, ?)", missing, 1000, (ps, m) -> {
            ps.setString(1, m[0]);
            ps.setString(2, m[1]);
        });
    }

    public Set<InstitutionId> affiliations(LearnerId learnerId) {
        return new TreeSet<>(jdbc.sql("select institution_id from learners_affiliation where learner_id = ?").param(learnerId.value())
                .query((rs, n) -> InstitutionId.of(rs.getString(1))).list());
    }

    public void consent(LearnerId learnerId, String purpose, Instant at) {
        jdbc.sql("delete from learners_consent where learner_id = ? and purpose = ?").params(learnerId.value(), purpose).update();
        jdbc.sql("insert into learners_consent (learner_id, purpose, given_at) values (?, ?, ?)").params(learnerId.value(), purpose, ts(at)).update();
    }

    public void withdrawConsent(LearnerId learnerId, String purpose, Instant at) {
        jdbc.sql("update learners_consent set withdrawn_at = ? where learner_id = ? and purpose = ? and withdrawn_at is null")
                .params(ts(at), learnerId.value(), purpose).update();
    }

    /**
     * Art. 17: the personal data go; the pseudonymous id and the assessment records stay. The
     * applications' and recognition cases' personal parts go with {@link AdmissionStore#eraseApplicant}
     * and {@link ResultStore#eraseJustifications}, in the same transaction.
     */
    public void erase(LearnerId learnerId, Instant at) {
        jdbc.sql("update learners_learner set name = null, email = null, birth_date = null, account_id = null, erased_at = ? where id = ?")
                .params(ts(at), learnerId.value()).update();
        jdbc.sql("delete from learners_student_number where learner_id = ?").param(learnerId.value()).update();
        jdbc.sql("delete from learners_consent where learner_id = ?").param(learnerId.value()).update();
        jdbc.sql("delete from learners_notification where learner_id = ?").param(learnerId.value()).update();
    }

    // ---- notifications and journal ----

    public void insertNotification(Notification n) {
        jdbc.sql("insert into learners_notification (id, learner_id, kind, args, created_at, sent_at) values (?, ?, ?, ?, ?, ?)")
                .params(n.id(), n.learnerId().value(), n.kind(), JsonColumns.write(n.args()), ts(n.createdAt()),
                        n.sentAt() == null ? null : ts(n.sentAt()))
                .update();
    }

    /** Many notifications in one JDBC batch, in the caller's transaction: a bulk award's. */
    public void insertNotifications(List<Notification> notifications) {
        template.batchUpdate("insert into learners_notification (id, learner_id, kind, args, created_at, sent_at) values (?, ?, ?, ?, ?, ?)",
                RowBatch.of(notifications, (ps, n, i) -> {
                    ps.setString(1, n.id());
                    ps.setString(2, n.learnerId().value());
                    ps.setString(3, n.kind());
                    ps.setString(4, JsonColumns.write(n.args()));
                    ps.setObject(5, ts(n.createdAt()));
                    ps.setObject(6, n.sentAt() == null ? null : ts(n.sentAt()));
                }));
    }

    public void markSent(String id, Instant at) {
        jdbc.sql("update learners_notification set sent_at = ? where id = ?").params(ts(at), id).update();
    }

    @SuppressWarnings("unchecked")
    public List<Notification> notificationsOf(LearnerId learnerId) {
        return jdbc.sql("select id, learner_id, kind, args, created_at, sent_at from learners_notification where learner_id = ? order by created_at, id")
                .param(learnerId.value()).query((rs, n) -> new Notification(rs.getString(1), LearnerId.of(rs.getString(2)), rs.getString(3),
                        (Map<String, String>) (Map<?, ?>) JsonColumns.read(rs.getString(4)), instant(rs, 5), instant(rs, 6)))
                .list();
    }

    public void journal(LearnerId learnerId, String subject, Instant at, String actor, String action, @Nullable String detail) {
        jdbc.sql("insert into learners_journal (learner_id, subject, at, actor, action, detail) values (?, ?, ?, ?, ?, ?)")
                .params(learnerId.value(), subject, ts(at), actor, action, detail).update();
    }

    public void journal(List<LearnerJournalEntry> entries) {
        template.batchUpdate("insert into learners_journal (learner_id, subject, at, actor, action, detail) values (?, ?, ?, ?, ?, ?)",
                RowBatch.of(entries, (ps, e, i) -> {
                    ps.setString(1, e.learnerId().value());
                    ps.setString(2, e.subject());
                    ps.setObject(3, ts(e.at()));
                    ps.setString(4, e.actor());
                    ps.setString(5, e.action());
                    ps.setString(6, e.detail());
                }));
    }

    public List<JournalRow> journalOf(LearnerId learnerId) {
        return jdbc.sql("select subject, at, actor, action, detail from learners_journal where learner_id = ? order by seq")
                .param(learnerId.value()).query((rs, n) -> new JournalRow(rs.getString(1), instant(rs, 2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    public List<JournalRow> journalOfSubject(String subject) {
        return jdbc.sql("select subject, at, actor, action, detail from learners_journal where subject = ? order by seq")
                .param(subject).query((rs, n) -> new JournalRow(rs.getString(1), instant(rs, 2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }
}
