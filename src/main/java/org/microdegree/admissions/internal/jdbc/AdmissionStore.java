package org.microdegree.admissions.internal.jdbc;

import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import static org.microdegree.shared.jdbc.SqlValues.code;
import static org.microdegree.shared.jdbc.SqlValues.instant;
import static org.microdegree.shared.jdbc.SqlValues.ts;
import static org.microdegree.shared.jdbc.SqlValues.learnerSlices;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.admissions.internal.RoundCodec;
import org.microdegree.admissions.model.ApplicantProfile;
import org.microdegree.admissions.model.Application;
import org.microdegree.admissions.model.ApplicationRound;
import org.microdegree.admissions.model.ApplicationStatus;
import org.microdegree.admissions.model.Enrolment;
import org.microdegree.admissions.model.EnrolmentStatus;
import org.microdegree.admissions.model.Review;
import org.microdegree.admissions.model.SelectionMode;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.RoundId;
import org.microdegree.shared.ApplicationId;
import org.microdegree.shared.jdbc.JsonColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over application rounds, places, applications with their documents and reviews, and enrolments. */
@Repository
@RequiredArgsConstructor
public class AdmissionStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    // ---- rounds and places ----

    public void insertRound(ApplicationRound r) {
        jdbc.sql("""
                insert into learners_round (id, institution_id, item_kind, item_id, opens_at, closes_at, zone, selection, capacity,
                                            per_institution, document, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id().value(), r.institution().value(), r.itemKind().code(), r.item().value(), ts(r.opensAt()), ts(r.closesAt()),
                        r.zone().getId(), r.selection().code(), r.capacity(), r.perInstitution(),
                        RoundCodec.writeConditions(new RoundCodec.Conditions(r.eligibility(), r.documents(), r.ranking())), ts(r.createdAt()))
                .update();
        jdbc.sql("insert into learners_capacity (round_id, capacity, taken) values (?, ?, 0)").params(r.id().value(), r.capacity()).update();
    }

    /** Writes a round's changed terms, unless it has been selected; its places follow its capacity. */
    public boolean updateRound(ApplicationRound r) {
        int updated = jdbc.sql("""
                update learners_round set opens_at = ?, closes_at = ?, zone = ?, selection = ?, capacity = ?, per_institution = ?, document = ?
                where id = ? and selected_at is null""")
                .params(ts(r.opensAt()), ts(r.closesAt()), r.zone().getId(), r.selection().code(), r.capacity(), r.perInstitution(),
                        RoundCodec.writeConditions(new RoundCodec.Conditions(r.eligibility(), r.documents(), r.ranking())), r.id().value())
                .update();
        if (updated == 1) {
            jdbc.sql("update learners_capacity set capacity = ? where round_id = ?").params(r.capacity(), r.id().value()).update();
        }
        return updated == 1;
    }

    public Optional<ApplicationRound> round(RoundId id) {
        return rounds("id = ?", id.value()).stream().findFirst();
    }

    public List<ApplicationRound> openAt(Instant at) {
        return rounds("opens_at <= ? and closes_at >= ? order by closes_at, id", ts(at), ts(at));
    }

    /** Rounds that have not closed at that moment: open, or opening later. */
    public List<ApplicationRound> notClosedAt(Instant at) {
        return rounds("closes_at >= ? order by opens_at, id", ts(at));
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
        return new ApplicationRound(RoundId.of(rs.getString(1)), InstitutionId.of(rs.getString(2)), code(ItemKind.class, rs.getString(3)),
                ItemId.of(rs.getString(4)), instant(rs, 5), instant(rs, 6), ZoneId.of(rs.getString(7)), code(SelectionMode.class, rs.getString(8)),
                rs.getInt(9), perInstitution, c.eligibility(), c.documents(), c.ranking(), instant(rs, 12), instant(rs, 13));
    }

    /** False when the round was selected already (by another request or instance). */
    public boolean markSelected(RoundId roundId, Instant at) {
        return jdbc.sql("update learners_round set selected_at = ? where id = ? and selected_at is null").params(ts(at), roundId.value()).update() == 1;
    }

    /**
     * Takes one place of the round if one is left. One conditional update: the database serialises
     * concurrent takers on the row, so however many instances ask, the count never passes capacity.
     */
    public boolean takePlace(RoundId roundId) {
        return jdbc.sql("update learners_capacity set taken = taken + 1 where round_id = ? and taken < capacity").param(roundId.value()).update() == 1;
    }

    public void freePlace(RoundId roundId) {
        jdbc.sql("update learners_capacity set taken = taken - 1 where round_id = ? and taken > 0").param(roundId.value()).update();
    }

    public int placesTaken(RoundId roundId) {
        return jdbc.sql("select taken from learners_capacity where round_id = ?").param(roundId.value()).query(Integer.class).single();
    }

    // ---- applications ----

    public void insertApplication(Application a) {
        jdbc.sql("""
                insert into learners_application (id, round_id, learner_id, institution_id, submitted_at, status, profile)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id().value(), a.roundId().value(), a.learnerId().value(), a.institution().value(), ts(a.submittedAt()), a.status().code(),
                        JsonColumns.write(RoundCodec.profile(a.profile())))
                .update();
    }

    private static final String APPLICATION_COLUMNS = "id, round_id, learner_id, institution_id, submitted_at, status, profile, score,"
            + " rank_no, reason, decided_at";

    public Optional<Application> application(ApplicationId id) {
        return applications("id = ?", id.value()).stream().findFirst();
    }

    public Optional<Application> application(RoundId roundId, LearnerId learnerId) {
        return applications("round_id = ? and learner_id = ?", roundId.value(), learnerId.value()).stream().findFirst();
    }

    public List<Application> applicationsOf(RoundId roundId) {
        return applications("round_id = ? order by submitted_at, id", roundId.value());
    }

    public List<Application> applicationsOfLearner(LearnerId learnerId) {
        return applications("learner_id = ? order by submitted_at, id", learnerId.value());
    }

    private List<Application> applications(String where, Object... params) {
        List<Application> bare = jdbc.sql("select " + APPLICATION_COLUMNS + " from learners_application where " + where).params(params)
                .query((rs, n) -> {
                    int rank = rs.getInt(9);
                    Integer rankNo = rs.wasNull() ? null : rank;
                    String profile = rs.getString(7);
                    return new Application(ApplicationId.of(rs.getString(1)), RoundId.of(rs.getString(2)), LearnerId.of(rs.getString(3)),
                            InstitutionId.of(rs.getString(4)),
                            instant(rs, 5), code(ApplicationStatus.class, rs.getString(6)),
                            "{}".equals(profile)
                                    ? new ApplicantProfile(null, null, null, null, Map.of())
                                    : RoundCodec.readProfile(profile),
                            List.of(), Set.of(), rs.getBigDecimal(8), rankNo, rs.getString(10), instant(rs, 11));
                }).list();
        if (bare.isEmpty()) {
            return bare;
        }
        Map<String, List<Review>> reviews = new HashMap<>();
        Map<String, Set<String>> documents = new HashMap<>();
        List<String> ids = bare.stream().map(a -> a.id().value()).toList();
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
                a.profile(), reviews.getOrDefault(a.id().value(), List.of()), documents.getOrDefault(a.id().value(), Set.of()), a.score(), a.rank(),
                a.reason(), a.decidedAt())).toList();
    }

    public void decide(ApplicationId applicationId, ApplicationStatus status, @Nullable BigDecimal score, @Nullable Integer rank,
            @Nullable String reason, Instant at) {
        jdbc.sql("update learners_application set status = ?, score = ?, rank_no = ?, reason = ?, decided_at = ? where id = ?")
                .params(status.code(), score, rank, reason, ts(at), applicationId.value()).update();
    }

    /** Changes the status only if it is still {@code from}: false when another request changed it first. */
    public boolean setStatus(ApplicationId applicationId, ApplicationStatus from, ApplicationStatus to, Instant at) {
        return jdbc.sql("update learners_application set status = ?, decided_at = ? where id = ? and status = ?")
                .params(to.code(), ts(at), applicationId.value(), from.code()).update() == 1;
    }

    /** A waitlisted applicant gets the place that came free; false when the application changed meanwhile. */
    public boolean promote(ApplicationId applicationId, Instant at) {
        return jdbc.sql("update learners_application set status = 'selected', reason = null, decided_at = ? where id = ? and status = 'waitlisted'")
                .params(ts(at), applicationId.value()).update() == 1;
    }

    public void putReview(ApplicationId applicationId, String reviewer, BigDecimal mark, Instant at) {
        jdbc.sql("delete from learners_review where application_id = ? and reviewer = ?").params(applicationId.value(), reviewer).update();
        jdbc.sql("insert into learners_review (application_id, reviewer, mark, reviewed_at) values (?, ?, ?, ?)")
                .params(applicationId.value(), reviewer, mark, ts(at)).update();
    }

    public void putDocument(ApplicationId applicationId, String name, String fileName, String contentType, byte[] content, Instant at) {
        jdbc.sql("delete from learners_document where application_id = ? and name = ?").params(applicationId.value(), name).update();
        jdbc.sql("insert into learners_document (application_id, name, file_name, content_type, content, uploaded_at) values (?, ?, ?, ?, ?, ?)")
                .params(applicationId.value(), name, fileName, contentType, content, ts(at)).update();
    }

    public record StoredDocument(String fileName, String contentType, byte[] content) {}

    public Optional<StoredDocument> document(ApplicationId applicationId, String name) {
        return jdbc.sql("select file_name, content_type, content from learners_document where application_id = ? and name = ?")
                .params(applicationId.value(), name).query((rs, n) -> new StoredDocument(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    // ---- enrolments ----

    public static String activeKey(LearnerId learnerId, ItemKind kind, ItemId item) {
        return learnerId + "|" + kind.code() + "|" + item.value();
    }

    public void insertEnrolment(Enrolment e) {
        jdbc.sql("""
                insert into learners_enrolment (id, learner_id, item_kind, item_id, round_id, status, enrolled_at, active_key)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.learnerId().value(), e.itemKind().code(), e.item().value(), e.roundId() == null ? null : e.roundId().value(),
                        e.status().code(), ts(e.enrolledAt()),
                        activeKey(e.learnerId(), e.itemKind(), e.item()))
                .update();
    }

    public Set<String> activeKeys() {
        return new HashSet<>(jdbc.sql("select active_key from learners_enrolment where active_key is not null").query(String.class).list());
    }

    public void insertEnrolments(List<Enrolment> list) {
        template.batchUpdate("insert into learners_enrolment (id, learner_id, item_kind, item_id, round_id, status, enrolled_at, active_key)"
                + " values (?, ?, ?, ?, null, 'enrolled', ?, ?)", list, 1000, (ps, e) -> {
                    ps.setString(1, e.id());
                    ps.setString(2, e.learnerId().value());
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

    public List<Enrolment> enrolmentsOf(LearnerId learnerId) {
        return enrolments("learner_id = ? order by enrolled_at, id", learnerId.value());
    }

    public List<Enrolment> enrolmentsInRound(RoundId roundId) {
        return enrolments("round_id = ? and status = 'enrolled' order by enrolled_at, id", roundId.value());
    }

    /** Every active enrolment, for a batch audit. */
    /** The next learners with an active enrolment after {@code after} up to {@code to}, in id order, at most {@code limit}. */
    public List<String> enrolledLearnersBetween(String after, String to, int limit) {
        return jdbc.sql("select distinct learner_id from learners_enrolment where status = 'enrolled' and learner_id > ? and learner_id <= ?"
                + " order by learner_id limit ?").params(after, to, limit).query(String.class).list();
    }

    /** The learners with an active enrolment, in id order. */
    public List<String> enrolledLearners() {
        return jdbc.sql("select distinct learner_id from learners_enrolment where status = 'enrolled' order by learner_id").query(String.class).list();
    }

    /** The active enrolments of the learners whose ids lie after {@code after} up to {@code to}: a range of the learner index. */
    public List<Enrolment> activeEnrolmentsBetween(String after, String to) {
        return enrolments("status = 'enrolled' and learner_id > ? and learner_id <= ? order by learner_id, enrolled_at, id", after, to);
    }

    /** The active enrolments of these learners, a thousand learners per query. */
    public List<Enrolment> activeEnrolments(Collection<LearnerId> learnerIds) {
        List<Enrolment> out = new ArrayList<>();
        for (String[] slice : learnerSlices(learnerIds)) {
            out.addAll(jdbc.sql("select " + ENROLMENT_COLUMNS + " from learners_enrolment where status = 'enrolled' and learner_id = any(:ids)"
                    + " order by learner_id, enrolled_at, id")
                    .param("ids", slice).query((rs, n) -> new Enrolment(rs.getString(1), LearnerId.of(rs.getString(2)), code(ItemKind.class, rs.getString(3)),
                            ItemId.of(rs.getString(4)), roundId(rs.getString(5)), code(EnrolmentStatus.class, rs.getString(6)), instant(rs, 7),
                            instant(rs, 8)))
                    .list());
        }
        return out;
    }

    /**
     * The newest enrolments in the offerings of these institutions (an item's id begins with its
     * institution), of one kind when named, at most {@code limit}.
     */
    public List<Enrolment> enrolmentsAt(Collection<String> institutions, @Nullable ItemKind kind, int limit) {
        if (institutions.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        institutions.forEach(i -> params.add(i + ":%"));
        String offered = String.join(" or ", Collections.nCopies(institutions.size(), "item_id like ?"));
        if (kind != null) {
            params.add(kind.code());
        }
        params.add(limit);
        return enrolments("(" + offered + ")" + (kind == null ? "" : " and item_kind = ?") + " order by enrolled_at desc, id limit ?", params.toArray());
    }

    private List<Enrolment> enrolments(String where, Object... params) {
        return jdbc.sql("select " + ENROLMENT_COLUMNS + " from learners_enrolment where " + where).params(params)
                .query((rs, n) -> new Enrolment(rs.getString(1), LearnerId.of(rs.getString(2)), code(ItemKind.class, rs.getString(3)),
                        ItemId.of(rs.getString(4)),
                        roundId(rs.getString(5)), code(EnrolmentStatus.class, rs.getString(6)), instant(rs, 7), instant(rs, 8)))
                .list();
    }

    private static @Nullable RoundId roundId(@Nullable String value) {
        return value == null ? null : RoundId.of(value);
    }

    public boolean withdraw(String enrolmentId, Instant at) {
        return jdbc.sql("update learners_enrolment set status = 'withdrawn', withdrawn_at = ?, active_key = null where id = ? and status = 'enrolled'")
                .params(ts(at), enrolmentId).update() == 1;
    }

    /** Erasure: an applicant's uploaded documents and the profile given with each application. */
    public void eraseApplicant(LearnerId learnerId) {
        jdbc.sql("delete from learners_document where application_id in (select id from learners_application where learner_id = ?)")
                .param(learnerId.value()).update();
        jdbc.sql("update learners_application set profile = '{}' where learner_id = ?").param(learnerId.value()).update();
    }
}
