package org.microdegree.learners.internal.jdbc;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.AssessmentType;
import org.microdegree.catalog.model.Coded;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.learners.internal.RoundCodec;
import org.microdegree.learners.model.Achievement;
import org.microdegree.learners.model.Application;
import org.microdegree.learners.model.ApplicationRound;
import org.microdegree.learners.model.ApplicationStatus;
import org.microdegree.learners.model.Consent;
import org.microdegree.learners.model.Enrolment;
import org.microdegree.learners.model.EnrolmentStatus;
import org.microdegree.learners.model.Grade;
import org.microdegree.learners.model.GradeScale;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.LearnerStatus;
import org.microdegree.learners.model.Notification;
import org.microdegree.learners.model.RecognitionCase;
import org.microdegree.learners.model.RecognitionStatus;
import org.microdegree.learners.model.RecognitionTarget;
import org.microdegree.learners.model.Review;
import org.microdegree.learners.model.SelectionMode;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over the learners tables. */
@Repository
public class LearnerStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public LearnerStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // ---- learners ----

    public void insertLearner(Learner l) {
        jdbc.sql("insert into learners_learner (id, account_id, name, email, birth_date, status, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(l.id(), l.accountId(), l.name(), l.email(), date(l.birthDate()), l.status().code(), ts(l.createdAt())).update();
        l.studentNumbers().forEach((inst, number) -> setStudentNumber(l.id(), inst, number));
        l.consents().forEach(c -> consent(l.id(), c.purpose(), c.givenAt()));
    }

    /** Many new learners, each with one student number, in three batches. */
    public void insertLearners(List<Learner> learners) {
        template.batchUpdate("insert into learners_learner (id, name, email, birth_date, status, created_at) values (?, ?, ?, ?, ?, ?)",
                learners, 1000, (ps, l) -> {
                    ps.setString(1, l.id());
                    ps.setString(2, l.name());
                    ps.setString(3, l.email());
                    ps.setDate(4, date(l.birthDate()));
                    ps.setString(5, l.status().code());
                    ps.setObject(6, ts(l.createdAt()));
                });
        List<Map.Entry<String, Map.Entry<InstitutionId, String>>> numbers = new ArrayList<>();
        learners.forEach(l -> l.studentNumbers().entrySet().forEach(e -> numbers.add(Map.entry(l.id(), e))));
        template.batchUpdate("insert into learners_student_number (learner_id, institution_id, number) values (?, ?, ?)", numbers, 1000,
                (ps, e) -> {
                    ps.setString(1, e.getKey());
                    ps.setString(2, e.getValue().getKey().value());
                    ps.setString(3, e.getValue().getValue());
                });
        template.batchUpdate("insert into learners_affiliation (learner_id, institution_id) values (?, ?)", numbers, 1000, (ps, e) -> {
            ps.setString(1, e.getKey());
            ps.setString(2, e.getValue().getKey().value());
        });
    }

    public void updateLearner(String id, @Nullable String name, @Nullable String email, @Nullable LocalDate birthDate, LearnerStatus status) {
        jdbc.sql("update learners_learner set name = ?, email = ?, birth_date = ?, status = ? where id = ?")
                .params(name, email, date(birthDate), status.code(), id).update();
    }

    public Optional<Learner> learner(String id) {
        return learners("id = ?", id).stream().findFirst();
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

    public void insertClaim(String secretHash, String learnerId, String accountId, Instant at, Instant expires) {
        jdbc.sql("insert into learners_claim (secret_hash, learner_id, account_id, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(secretHash, learnerId, accountId, java.sql.Timestamp.from(at), java.sql.Timestamp.from(expires)).update();
    }

    /** Marks an unused, unexpired claim of this account used; its learner id, or empty. */
    public Optional<String> useClaim(String secretHash, String accountId, Instant now) {
        Optional<String> learner = jdbc.sql("select learner_id from learners_claim where secret_hash = ? and account_id = ?"
                        + " and used_at is null and expires_at > ?").params(secretHash, accountId, java.sql.Timestamp.from(now))
                .query(String.class).optional();
        learner.ifPresent(l -> jdbc.sql("update learners_claim set used_at = ? where secret_hash = ?")
                .params(java.sql.Timestamp.from(now), secretHash).update());
        return learner;
    }

    public void linkAccount(String id, String accountId) {
        jdbc.sql("update learners_learner set account_id = ? where id = ?").params(accountId, id).update();
    }

    public List<String> learnerIds() {
        return jdbc.sql("select id from learners_learner").query(String.class).list();
    }

    public List<Learner> atInstitutions(Set<String> institutions, int limit, int offset) {
        if (institutions.isEmpty()) {
            return List.of();
        }
        List<String> ids = jdbc.sql("select l.id from learners_learner l where exists (select 1 from learners_affiliation a"
                        + " where a.learner_id = l.id and a.institution_id in (:i)) order by l.name, l.id limit :limit offset :offset")
                .param("i", List.copyOf(institutions)).param("limit", limit).param("offset", offset).query(String.class).list();
        return ids.stream().map(this::learner).flatMap(Optional::stream).toList();
    }

    private List<Learner> learners(String where, Object... params) {
        record Row(String id, @Nullable String account, @Nullable String name, @Nullable String email, @Nullable LocalDate birth,
                   LearnerStatus status, Instant created, @Nullable Instant erased) {
        }
        List<Row> rows = jdbc.sql("select id, account_id, name, email, birth_date, status, created_at, erased_at from learners_learner where " + where)
                .params(params).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), code(LearnerStatus.class, rs.getString(6)), instant(rs, 7), instant(rs, 8))).list();
        List<Learner> out = new ArrayList<>();
        for (Row r : rows) {
            Map<InstitutionId, String> numbers = new LinkedHashMap<>();
            jdbc.sql("select institution_id, number from learners_student_number where learner_id = ? order by institution_id").param(r.id())
                    .query(rs -> {
                        numbers.put(InstitutionId.of(rs.getString(1)), rs.getString(2));
                    });
            List<Consent> consents = jdbc.sql("select purpose, given_at, withdrawn_at from learners_consent where learner_id = ? order by purpose")
                    .param(r.id()).query((rs, n) -> new Consent(rs.getString(1), instant(rs, 2), instant(rs, 3))).list();
            out.add(new Learner(r.id(), r.account(), r.name(), r.email(), r.birth(), r.status(), numbers, consents, r.created(), r.erased()));
        }
        return out;
    }

    public void setStudentNumber(String learnerId, InstitutionId institution, String number) {
        jdbc.sql("delete from learners_student_number where learner_id = ? and institution_id = ?").params(learnerId, institution.value()).update();
        jdbc.sql("insert into learners_student_number (learner_id, institution_id, number) values (?, ?, ?)")
                .params(learnerId, institution.value(), number).update();
        affiliate(learnerId, institution);
    }

    public Optional<String> byStudentNumber(InstitutionId institution, String number) {
        return jdbc.sql("select learner_id from learners_student_number where institution_id = ? and number = ?")
                .params(institution.value(), number).query(String.class).optional();
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

    public void affiliate(String learnerId, InstitutionId institution) {
        // H2 runs PostgreSQL's insert-if-absent in its PostgreSQL mode
        jdbc.sql("insert into learners_affiliation (learner_id, institution_id) values (?, ?) on conflict do nothing")
                .params(learnerId, institution.value()).update();
    }

    /** Adds the affiliations not yet there, comparing in memory: one read and one batch however many learners. */
    public void affiliateMissing(Map<String, Set<String>> learnerInstitutions) {
        Set<String> institutions = new TreeSet<>();
        learnerInstitutions.values().forEach(institutions::addAll);
        if (institutions.isEmpty()) {
            return;
        }
        Set<String> present = new java.util.HashSet<>();
        // these learners' affiliations only: a chunk of an import names a few thousand of a million learners
        for (List<String> chunk : chunks(learnerInstitutions.keySet())) {
            jdbc.sql("select learner_id, institution_id from learners_affiliation where learner_id in (:l)").param("l", chunk)
                    .query(rs -> {
                        present.add(rs.getString(1) + "|" + rs.getString(2));
                    });
        }
        List<String[]> missing = new ArrayList<>();
        learnerInstitutions.forEach((learner, insts) -> insts.forEach(i -> {
            if (!present.contains(learner + "|" + i)) {
                missing.add(new String[] {learner, i});
            }
        }));
        template.batchUpdate("insert into learners_affiliation (learner_id, institution_id) values (?, ?)", missing, 1000, (ps, m) -> {
            ps.setString(1, m[0]);
            ps.setString(2, m[1]);
        });
    }

    public Set<InstitutionId> affiliations(String learnerId) {
        return new TreeSet<>(jdbc.sql("select institution_id from learners_affiliation where learner_id = ?").param(learnerId)
                .query((rs, n) -> InstitutionId.of(rs.getString(1))).list());
    }

    public void consent(String learnerId, String purpose, Instant at) {
        jdbc.sql("delete from learners_consent where learner_id = ? and purpose = ?").params(learnerId, purpose).update();
        jdbc.sql("insert into learners_consent (learner_id, purpose, given_at) values (?, ?, ?)").params(learnerId, purpose, ts(at)).update();
    }

    public void withdrawConsent(String learnerId, String purpose, Instant at) {
        jdbc.sql("update learners_consent set withdrawn_at = ? where learner_id = ? and purpose = ? and withdrawn_at is null")
                .params(ts(at), learnerId, purpose).update();
    }

    /** Art. 17: the personal data go; the pseudonymous id and the assessment records stay. */
    public void erase(String learnerId, Instant at) {
        jdbc.sql("update learners_learner set name = null, email = null, birth_date = null, account_id = null, erased_at = ? where id = ?")
                .params(ts(at), learnerId).update();
        jdbc.sql("delete from learners_student_number where learner_id = ?").param(learnerId).update();
        jdbc.sql("delete from learners_consent where learner_id = ?").param(learnerId).update();
        jdbc.sql("delete from learners_notification where learner_id = ?").param(learnerId).update();
        jdbc.sql("delete from learners_document where application_id in (select id from learners_application where learner_id = ?)")
                .param(learnerId).update();
        jdbc.sql("update learners_application set profile = '{}' where learner_id = ?").param(learnerId).update();
        jdbc.sql("update learners_recognition set justification = null where learner_id = ?").param(learnerId).update();
    }

    // ---- rounds and places ----

    public void insertRound(ApplicationRound r) {
        jdbc.sql("""
                        insert into learners_round (id, institution_id, item_kind, item_id, opens_at, closes_at, zone, selection, capacity,
                                                    per_institution, document, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.institution().value(), r.itemKind().code(), r.item().value(), ts(r.opensAt()), ts(r.closesAt()),
                        r.zone().getId(), r.selection().code(), r.capacity(), r.perInstitution(),
                        RoundCodec.writeConditions(new RoundCodec.Conditions(r.eligibility(), r.documents(), r.ranking())), ts(r.createdAt()))
                .update();
        jdbc.sql("insert into learners_capacity (round_id, capacity, taken) values (?, ?, 0)").params(r.id(), r.capacity()).update();
    }

    public Optional<ApplicationRound> round(String id) {
        return rounds("id = ?", id).stream().findFirst();
    }

    public List<ApplicationRound> openAt(Instant at) {
        return rounds("opens_at <= ? and closes_at >= ? order by closes_at, id", ts(at), ts(at));
    }

    public List<ApplicationRound> roundsOf(Set<String> institutions) {
        if (institutions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ROUND_COLUMNS + " from learners_round where institution_id in (:i) order by closes_at desc, id")
                .param("i", List.copyOf(institutions)).query((rs, n) -> round(rs)).list();
    }

    public List<ApplicationRound> allRounds() {
        return rounds("1 = 1 order by closes_at desc, id");
    }

    private static final String ROUND_COLUMNS = "id, institution_id, item_kind, item_id, opens_at, closes_at, zone, selection, capacity,"
            + " per_institution, document, selected_at, created_at";

    private List<ApplicationRound> rounds(String where, Object... params) {
        return jdbc.sql("select " + ROUND_COLUMNS + " from learners_round where " + where).params(params).query((rs, n) -> round(rs)).list();
    }

    private static ApplicationRound round(ResultSet rs) throws SQLException {
        RoundCodec.Conditions c = RoundCodec.readConditions(rs.getString(11));
        int per = rs.getInt(10);
        Integer perInstitution = rs.wasNull() ? null : per;
        return new ApplicationRound(rs.getString(1), InstitutionId.of(rs.getString(2)), code(ItemKind.class, rs.getString(3)),
                ItemId.of(rs.getString(4)), instant(rs, 5), instant(rs, 6), ZoneId.of(rs.getString(7)), code(SelectionMode.class, rs.getString(8)),
                rs.getInt(9), perInstitution, c.eligibility(), c.documents(), c.ranking(), instant(rs, 12), instant(rs, 13));
    }

    /** False when the round was selected already (by another request or instance). */
    public boolean markSelected(String roundId, Instant at) {
        return jdbc.sql("update learners_round set selected_at = ? where id = ? and selected_at is null").params(ts(at), roundId).update() == 1;
    }

    /**
     * Takes one place of the round if one is left. One conditional update: the database serialises
     * concurrent takers on the row, so however many instances ask, the count never passes capacity.
     */
    public boolean takePlace(String roundId) {
        return jdbc.sql("update learners_capacity set taken = taken + 1 where round_id = ? and taken < capacity").param(roundId).update() == 1;
    }

    public void freePlace(String roundId) {
        jdbc.sql("update learners_capacity set taken = taken - 1 where round_id = ? and taken > 0").param(roundId).update();
    }

    public int placesTaken(String roundId) {
        return jdbc.sql("select taken from learners_capacity where round_id = ?").param(roundId).query(Integer.class).single();
    }

    // ---- applications ----

    public void insertApplication(Application a) {
        jdbc.sql("""
                        insert into learners_application (id, round_id, learner_id, institution_id, submitted_at, status, profile)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.roundId(), a.learnerId(), a.institution().value(), ts(a.submittedAt()), a.status().code(),
                        RoundCodec.write(RoundCodec.profile(a.profile()))).update();
    }

    private static final String APPLICATION_COLUMNS = "id, round_id, learner_id, institution_id, submitted_at, status, profile, score,"
            + " rank_no, reason, decided_at";

    public Optional<Application> application(String id) {
        return applications("id = ?", id).stream().findFirst();
    }

    public Optional<Application> application(String roundId, String learnerId) {
        return applications("round_id = ? and learner_id = ?", roundId, learnerId).stream().findFirst();
    }

    public List<Application> applicationsOf(String roundId) {
        return applications("round_id = ? order by submitted_at, id", roundId);
    }

    public List<Application> applicationsOfLearner(String learnerId) {
        return applications("learner_id = ? order by submitted_at, id", learnerId);
    }

    private List<Application> applications(String where, Object... params) {
        List<Application> bare = jdbc.sql("select " + APPLICATION_COLUMNS + " from learners_application where " + where).params(params)
                .query((rs, n) -> {
                    int rank = rs.getInt(9);
                    Integer rankNo = rs.wasNull() ? null : rank;
                    String profile = rs.getString(7);
                    return new Application(rs.getString(1), rs.getString(2), rs.getString(3), InstitutionId.of(rs.getString(4)),
                            instant(rs, 5), code(ApplicationStatus.class, rs.getString(6)),
                            "{}".equals(profile) ? new org.microdegree.learners.model.ApplicantProfile(null, null, null, null, Map.of())
                                    : RoundCodec.readProfile(profile),
                            List.of(), Set.of(), rs.getBigDecimal(8), rankNo, rs.getString(10), instant(rs, 11));
                }).list();
        if (bare.isEmpty()) {
            return bare;
        }
        Map<String, List<Review>> reviews = new HashMap<>();
        Map<String, Set<String>> documents = new HashMap<>();
        List<String> ids = bare.stream().map(Application::id).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.sql("select application_id, reviewer, mark, reviewed_at from learners_review where application_id in (:ids) order by reviewer")
                    .param("ids", chunk).query(rs -> {
                        reviews.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new Review(rs.getString(2), rs.getBigDecimal(3), instant(rs, 4)));
                    });
            jdbc.sql("select application_id, name from learners_document where application_id in (:ids)").param("ids", chunk)
                    .query(rs -> {
                        documents.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                    });
        }
        return bare.stream().map(a -> new Application(a.id(), a.roundId(), a.learnerId(), a.institution(), a.submittedAt(), a.status(),
                a.profile(), reviews.getOrDefault(a.id(), List.of()), documents.getOrDefault(a.id(), Set.of()), a.score(), a.rank(),
                a.reason(), a.decidedAt())).toList();
    }

    public void decide(String applicationId, ApplicationStatus status, @Nullable BigDecimal score, @Nullable Integer rank,
                       @Nullable String reason, Instant at) {
        jdbc.sql("update learners_application set status = ?, score = ?, rank_no = ?, reason = ?, decided_at = ? where id = ?")
                .params(status.code(), score, rank, reason, ts(at), applicationId).update();
    }

    /** Changes the status only if it is still {@code from}: false when another request changed it first. */
    public boolean setStatus(String applicationId, ApplicationStatus from, ApplicationStatus to, Instant at) {
        return jdbc.sql("update learners_application set status = ?, decided_at = ? where id = ? and status = ?")
                .params(to.code(), ts(at), applicationId, from.code()).update() == 1;
    }

    /** A waitlisted applicant gets the place that came free; false when the application changed meanwhile. */
    public boolean promote(String applicationId, Instant at) {
        return jdbc.sql("update learners_application set status = 'selected', reason = null, decided_at = ? where id = ? and status = 'waitlisted'")
                .params(ts(at), applicationId).update() == 1;
    }

    public void putReview(String applicationId, String reviewer, BigDecimal mark, Instant at) {
        jdbc.sql("delete from learners_review where application_id = ? and reviewer = ?").params(applicationId, reviewer).update();
        jdbc.sql("insert into learners_review (application_id, reviewer, mark, reviewed_at) values (?, ?, ?, ?)")
                .params(applicationId, reviewer, mark, ts(at)).update();
    }

    public void putDocument(String applicationId, String name, String fileName, String contentType, byte[] content, Instant at) {
        jdbc.sql("delete from learners_document where application_id = ? and name = ?").params(applicationId, name).update();
        jdbc.sql("insert into learners_document (application_id, name, file_name, content_type, content, uploaded_at) values (?, ?, ?, ?, ?, ?)")
                .params(applicationId, name, fileName, contentType, content, ts(at)).update();
    }

    public record StoredDocument(String fileName, String contentType, byte[] content) {
    }

    public Optional<StoredDocument> document(String applicationId, String name) {
        return jdbc.sql("select file_name, content_type, content from learners_document where application_id = ? and name = ?")
                .params(applicationId, name).query((rs, n) -> new StoredDocument(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    // ---- enrolments ----

    public static String activeKey(String learnerId, ItemKind kind, ItemId item) {
        return learnerId + "|" + kind.code() + "|" + item.value();
    }

    public void insertEnrolment(Enrolment e) {
        jdbc.sql("""
                        insert into learners_enrolment (id, learner_id, item_kind, item_id, round_id, status, enrolled_at, active_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.learnerId(), e.itemKind().code(), e.item().value(), e.roundId(), e.status().code(), ts(e.enrolledAt()),
                        activeKey(e.learnerId(), e.itemKind(), e.item())).update();
    }

    public Set<String> activeKeys() {
        return new java.util.HashSet<>(jdbc.sql("select active_key from learners_enrolment where active_key is not null").query(String.class).list());
    }

    public void insertEnrolments(List<Enrolment> list) {
        template.batchUpdate("insert into learners_enrolment (id, learner_id, item_kind, item_id, round_id, status, enrolled_at, active_key)"
                + " values (?, ?, ?, ?, null, 'enrolled', ?, ?)", list, 1000, (ps, e) -> {
                    ps.setString(1, e.id());
                    ps.setString(2, e.learnerId());
                    ps.setString(3, e.itemKind().code());
                    ps.setString(4, e.item().value());
                    ps.setObject(5, ts(e.enrolledAt()));
                    ps.setString(6, activeKey(e.learnerId(), e.itemKind(), e.item()));
                });
    }

    private static final String ENROLMENT_COLUMNS = "id, learner_id, item_kind, item_id, round_id, status, enrolled_at, withdrawn_at";

    public Optional<Enrolment> enrolment(String id) {
        return enrolments("id = ?", id).stream().findFirst();
    }

    public List<Enrolment> enrolmentsOf(String learnerId) {
        return enrolments("learner_id = ? order by enrolled_at, id", learnerId);
    }

    public List<Enrolment> enrolmentsInRound(String roundId) {
        return enrolments("round_id = ? and status = 'enrolled' order by enrolled_at, id", roundId);
    }

    /** Every active enrolment, for a batch audit. */
    public List<Enrolment> activeEnrolments() {
        return enrolments("status = 'enrolled' order by learner_id, enrolled_at");
    }

    /** The active enrolments of these learners, a thousand learners per query. */
    public List<Enrolment> activeEnrolments(java.util.Collection<String> learnerIds) {
        List<Enrolment> out = new ArrayList<>();
        for (List<String> chunk : chunks(learnerIds)) {
            out.addAll(jdbc.sql("select " + ENROLMENT_COLUMNS + " from learners_enrolment where status = 'enrolled' and learner_id in (:ids)"
                            + " order by learner_id, enrolled_at, id")
                    .param("ids", chunk).query((rs, n) -> new Enrolment(rs.getString(1), rs.getString(2), code(ItemKind.class, rs.getString(3)),
                            ItemId.of(rs.getString(4)), rs.getString(5), code(EnrolmentStatus.class, rs.getString(6)), instant(rs, 7),
                            instant(rs, 8))).list());
        }
        return out;
    }

    private static List<List<String>> chunks(java.util.Collection<String> ids) {
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            out.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return out;
    }

    private List<Enrolment> enrolments(String where, Object... params) {
        return jdbc.sql("select " + ENROLMENT_COLUMNS + " from learners_enrolment where " + where).params(params)
                .query((rs, n) -> new Enrolment(rs.getString(1), rs.getString(2), code(ItemKind.class, rs.getString(3)), ItemId.of(rs.getString(4)),
                        rs.getString(5), code(EnrolmentStatus.class, rs.getString(6)), instant(rs, 7), instant(rs, 8))).list();
    }

    public boolean withdraw(String enrolmentId, Instant at) {
        return jdbc.sql("update learners_enrolment set status = 'withdrawn', withdrawn_at = ?, active_key = null where id = ? and status = 'enrolled'")
                .params(ts(at), enrolmentId).update() == 1;
    }

    // ---- achievements ----

    public record Stored(String id, String hash) {
    }

    /** id -> (id, content hash) of the institutions' results, to make re-imports change nothing. */
    /** The stored keys of these results (those stored), a thousand per query. */
    public Map<String, Stored> achievementKeysOf(java.util.Collection<String> ids) {
        Map<String, Stored> out = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            jdbc.sql("select id, content_hash from learners_achievement where id in (:ids)").param("ids", chunk)
                    .query(rs -> {
                        out.put(rs.getString(1), new Stored(rs.getString(1), rs.getString(2)));
                    });
        }
        return out;
    }

    public Map<String, Stored> achievementKeys(Set<String> institutions) {
        Map<String, Stored> out = new HashMap<>();
        if (institutions.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, content_hash from learners_achievement where institution_id in (:i)")
                .param("i", List.copyOf(institutions))
                .query(rs -> {
                    out.put(rs.getString(1), new Stored(rs.getString(1), rs.getString(2)));
                });
        return out;
    }

    private static final String ACHIEVEMENT_WRITE = "learner_id = ?, institution_id = ?, item_kind = ?, item_id = ?, achieved_on = ?, scale = ?,"
            + " grade = ?, german_grade = ?, passed = ?, credit_points = ?, assessment = ?, supervised = ?, identity_verified = ?, source = ?,"
            + " reference = ?, content_hash = ?, recorded_at = ?";

    public void insertAchievements(List<Achievement> list, List<String> hashes) {
        template.batchUpdate("""
                insert into learners_achievement (learner_id, institution_id, item_kind, item_id, achieved_on, scale, grade, german_grade,
                    passed, credit_points, assessment, supervised, identity_verified, source, reference, content_hash, recorded_at, id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", setter(list, hashes));
    }

    public void updateAchievements(List<Achievement> list, List<String> hashes) {
        template.batchUpdate("update learners_achievement set " + ACHIEVEMENT_WRITE + " where id = ?", setter(list, hashes));
    }

    private static BatchPreparedStatementSetter setter(List<Achievement> list, List<String> hashes) {
        return new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Achievement a = list.get(i);
                ps.setString(1, a.learnerId());
                ps.setString(2, a.institution().value());
                ps.setString(3, a.itemKind().code());
                ps.setString(4, a.item().value());
                ps.setDate(5, Date.valueOf(a.achievedOn()));
                ps.setString(6, a.grade().scale().code());
                ps.setString(7, a.grade().value());
                ps.setBigDecimal(8, a.grade().german());
                ps.setBoolean(9, a.grade().passed());
                ps.setBigDecimal(10, a.creditPoints());
                ps.setString(11, a.assessment().code());
                ps.setBoolean(12, a.supervised());
                ps.setBoolean(13, a.identityVerified());
                ps.setString(14, a.source());
                ps.setString(15, a.reference());
                ps.setString(16, hashes.get(i));
                ps.setObject(17, ts(a.recordedAt()));
                ps.setString(18, a.id());
            }

            @Override
            public int getBatchSize() {
                return list.size();
            }
        };
    }

    private static final String ACHIEVEMENT_COLUMNS = "id, learner_id, institution_id, item_kind, item_id, achieved_on, scale, grade, german_grade,"
            + " passed, credit_points, assessment, supervised, identity_verified, source, reference, recorded_at";

    public List<Achievement> achievementsOf(String learnerId) {
        return achievements("learner_id = ? order by achieved_on, item_id, id", learnerId);
    }

    /** The columns of a passed result that an audit reads. */
    public interface PassedRow {
        void accept(String learnerId, String id, String institution, String kind, String item, BigDecimal creditPoints,
                    @Nullable BigDecimal german, LocalDate achievedOn);
    }

    private static final String PASSED_COLUMNS = "learner_id, id, institution_id, item_kind, item_id, credit_points, german_grade, achieved_on";

    /**
     * Every passed result, only the columns an audit reads, without materialising a million rows:
     * on H2 in pages along the row id, which follow the table's own storage order (one large
     * result would be spilled to a temporary file; a lazily executed one failed now and then with
     * "chunk not found" while the store compacted itself beside it; pages along the primary key
     * jump around the table); on PostgreSQL through a cursor, which needs a transaction and a fetch size.
     * Read in {@code parts} parts (this is the 0-based {@code part}), so that several threads can read
     * side by side: on H2 a range of row ids each, on PostgreSQL the rows whose id hashes to it.
     */
    public void forEachPassed(int parts, int part, PassedRow row) {
        template.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) c -> {
            if (c.getMetaData().getDatabaseProductName().equals("H2")) {
                long from;
                long to;
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("select min(_rowid_), max(_rowid_) from learners_achievement")) {
                    rs.next();
                    long min = rs.getLong(1);
                    long max = rs.getLong(2);
                    long size = (max - min) / parts + 1;
                    from = min + part * size - 1;
                    to = part == parts - 1 ? max : min + (part + 1) * size - 1;
                }
                long after = from;
                while (after < to) {
                    long last = after;
                    try (PreparedStatement ps = c.prepareStatement("select _rowid_, " + PASSED_COLUMNS + " from learners_achievement"
                            + " where _rowid_ > ? and _rowid_ <= ? and passed = true order by _rowid_ limit 20000")) {
                        ps.setLong(1, after);
                        ps.setLong(2, to);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                last = rs.getLong(1);
                                passed(rs, 1, row);
                            }
                        }
                    }
                    if (last == after) {
                        return null;
                    }
                    after = last;
                }
                return null;
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("select " + PASSED_COLUMNS + " from learners_achievement where passed = true"
                    + " and mod(hashtext(id)::bigint + 2147483648, ?) = ?")) {
                ps.setInt(1, parts);
                ps.setInt(2, part);
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        passed(rs, 0, row);
                    }
                }
            } finally {
                c.commit();
                c.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    private static void passed(ResultSet rs, int skip, PassedRow row) throws SQLException {
        row.accept(rs.getString(skip + 1), rs.getString(skip + 2), rs.getString(skip + 3), rs.getString(skip + 4), rs.getString(skip + 5),
                rs.getBigDecimal(skip + 6), rs.getBigDecimal(skip + 7), rs.getObject(skip + 8, LocalDate.class));
    }

    /** The passed results of these learners, a thousand learners per query (by the learner index). */
    public void forEachPassed(java.util.Collection<String> learnerIds, PassedRow row) {
        for (List<String> chunk : chunks(learnerIds)) {
            jdbc.sql("select " + PASSED_COLUMNS + " from learners_achievement where passed = true and learner_id in (:ids)")
                    .param("ids", chunk).query(rs -> {
                        passed(rs, 0, row);
                    });
        }
    }

    /** Every granted or partly granted recognition, grouped by learner. */
    public Map<String, List<RecognitionCase>> creditingRecognitions() {
        Map<String, List<RecognitionCase>> out = new HashMap<>();
        jdbc.sql("select " + RECOGNITION_COLUMNS + " from learners_recognition where status in ('granted', 'partially-granted')").query(rs -> {
            RecognitionCase c = recognition(rs);
            out.computeIfAbsent(c.learnerId(), k -> new ArrayList<>()).add(c);
        });
        return out;
    }

    public Optional<Achievement> achievement(String id) {
        return achievements("id = ?", id).stream().findFirst();
    }

    public long achievementCount() {
        return jdbc.sql("select count(*) from learners_achievement").query(Long.class).single();
    }

    private List<Achievement> achievements(String where, Object... params) {
        return jdbc.sql("select " + ACHIEVEMENT_COLUMNS + " from learners_achievement where " + where).params(params)
                .query((rs, n) -> achievement(rs)).list();
    }

    private static Achievement achievement(ResultSet rs) throws SQLException {
        GradeScale scale = code(GradeScale.class, rs.getString(7));
        return new Achievement(rs.getString(1), rs.getString(2), InstitutionId.of(rs.getString(3)), code(ItemKind.class, rs.getString(4)),
                ItemId.of(rs.getString(5)), rs.getObject(6, LocalDate.class),
                new Grade(scale, rs.getString(8), rs.getBigDecimal(9), rs.getBoolean(10)), rs.getBigDecimal(11),
                code(AssessmentType.class, rs.getString(12)), rs.getBoolean(13), rs.getBoolean(14), rs.getString(15), rs.getString(16),
                instant(rs, 17));
    }

    // ---- recognition ----

    public void insertRecognition(RecognitionCase c) {
        jdbc.sql("""
                        insert into learners_recognition (id, learner_id, achievement_id, external_institution, external_title, external_cp,
                            external_grade, target_kind, target_ref, target_institution, requested_cp, status, requested_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.learnerId(), c.achievementId(), c.externalInstitution(), c.externalTitle(), c.externalCreditPoints(),
                        c.externalGrade(), c.target().code(), c.targetRef(), c.targetInstitution().value(), c.requestedCreditPoints(),
                        c.status().code(), ts(c.requestedAt())).update();
    }

    private static final String RECOGNITION_COLUMNS = "id, learner_id, achievement_id, external_institution, external_title, external_cp,"
            + " external_grade, target_kind, target_ref, target_institution, requested_cp, status, credited_cp, justification, decided_by,"
            + " decided_at, requested_at";

    public Optional<RecognitionCase> recognition(String id) {
        return recognitions("id = ?", id).stream().findFirst();
    }

    public List<RecognitionCase> recognitionsOf(String learnerId) {
        return recognitions("learner_id = ? order by requested_at, id", learnerId);
    }

    public List<RecognitionCase> openRecognitions(Set<String> institutions) {
        if (institutions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + RECOGNITION_COLUMNS + " from learners_recognition where target_institution in (:i)"
                        + " and status in ('requested', 'under-review') order by requested_at, id")
                .param("i", List.copyOf(institutions)).query((rs, n) -> recognition(rs)).list();
    }

    private List<RecognitionCase> recognitions(String where, Object... params) {
        return jdbc.sql("select " + RECOGNITION_COLUMNS + " from learners_recognition where " + where).params(params)
                .query((rs, n) -> recognition(rs)).list();
    }

    private static RecognitionCase recognition(ResultSet rs) throws SQLException {
        return new RecognitionCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6),
                rs.getString(7), code(RecognitionTarget.class, rs.getString(8)), rs.getString(9), InstitutionId.of(rs.getString(10)),
                rs.getBigDecimal(11), code(RecognitionStatus.class, rs.getString(12)), rs.getBigDecimal(13), rs.getString(14), rs.getString(15),
                instant(rs, 16), instant(rs, 17));
    }

    public boolean setRecognitionStatus(String id, RecognitionStatus from, RecognitionStatus to) {
        return jdbc.sql("update learners_recognition set status = ? where id = ? and status = ?").params(to.code(), id, from.code()).update() == 1;
    }

    public boolean decideRecognition(String id, RecognitionStatus decision, BigDecimal credited, String justification, String by, Instant at) {
        return jdbc.sql("""
                        update learners_recognition set status = ?, credited_cp = ?, justification = ?, decided_by = ?, decided_at = ?
                        where id = ? and status = 'under-review'""")
                .params(decision.code(), credited, justification, by, ts(at), id).update() == 1;
    }

    // ---- notifications and journal ----

    public void insertNotification(Notification n) {
        jdbc.sql("insert into learners_notification (id, learner_id, kind, args, created_at) values (?, ?, ?, ?, ?)")
                .params(n.id(), n.learnerId(), n.kind(), RoundCodec.write(n.args()), ts(n.createdAt())).update();
    }

    public void markSent(String id, Instant at) {
        jdbc.sql("update learners_notification set sent_at = ? where id = ?").params(ts(at), id).update();
    }

    @SuppressWarnings("unchecked")
    public List<Notification> notificationsOf(String learnerId) {
        return jdbc.sql("select id, learner_id, kind, args, created_at, sent_at from learners_notification where learner_id = ? order by created_at, id")
                .param(learnerId).query((rs, n) -> new Notification(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Map<String, String>) (Map<?, ?>) RoundCodec.read(rs.getString(4)), instant(rs, 5), instant(rs, 6))).list();
    }

    public record JournalRow(String subject, Instant at, String actor, String action, @Nullable String detail) {
    }

    public void journal(String learnerId, String subject, Instant at, String actor, String action, @Nullable String detail) {
        jdbc.sql("insert into learners_journal (learner_id, subject, at, actor, action, detail) values (?, ?, ?, ?, ?, ?)")
                .params(learnerId, subject, ts(at), actor, action, detail).update();
    }

    public record JournalEntry(String learnerId, String subject, Instant at, String actor, String action, @Nullable String detail) {
    }

    public void journal(List<JournalEntry> entries) {
        template.batchUpdate("insert into learners_journal (learner_id, subject, at, actor, action, detail) values (?, ?, ?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        JournalEntry e = entries.get(i);
                        ps.setString(1, e.learnerId());
                        ps.setString(2, e.subject());
                        ps.setObject(3, ts(e.at()));
                        ps.setString(4, e.actor());
                        ps.setString(5, e.action());
                        ps.setString(6, e.detail());
                    }

                    @Override
                    public int getBatchSize() {
                        return entries.size();
                    }
                });
    }

    public List<JournalRow> journalOf(String learnerId) {
        return jdbc.sql("select subject, at, actor, action, detail from learners_journal where learner_id = ? order by seq")
                .param(learnerId).query((rs, n) -> new JournalRow(rs.getString(1), instant(rs, 2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    public List<JournalRow> journalOfSubject(String subject) {
        return jdbc.sql("select subject, at, actor, action, detail from learners_journal where subject = ? order by seq")
                .param(subject).query((rs, n) -> new JournalRow(rs.getString(1), instant(rs, 2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    // ---- helpers ----

    static @Nullable OffsetDateTime ts(@Nullable Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Date date(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.fromCode(type, code).orElseThrow(() -> new IllegalStateException("stored " + type.getSimpleName() + " '" + code + "'"));
    }
}
