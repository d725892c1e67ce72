package org.microdegree.results.internal.jdbc;

import org.microdegree.shared.jdbc.RowBatch;
import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import static org.microdegree.shared.jdbc.SqlValues.code;
import static org.microdegree.shared.jdbc.SqlValues.instant;
import static org.microdegree.shared.jdbc.SqlValues.ts;
import static org.microdegree.shared.jdbc.SqlValues.slices;
import static org.microdegree.shared.jdbc.SqlValues.learnerSlices;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.AssessmentType;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.results.model.Achievement;
import org.microdegree.results.model.Grade;
import org.microdegree.results.model.GradeScale;
import org.microdegree.results.model.RecognitionCase;
import org.microdegree.results.model.RecognitionStatus;
import org.microdegree.results.model.RecognitionTarget;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over achievements (results) and recognition cases. */
@Repository
@RequiredArgsConstructor
public class ResultStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    // ---- achievements ----

    public record Stored(String id, String hash) {}

    /** The stored keys of these results (those stored), a thousand per query. */
    public Map<String, Stored> achievementKeysOf(Collection<String> ids) {
        Map<String, Stored> out = new HashMap<>();
        for (String[] slice : slices(ids)) {
            jdbc.sql("select id, content_hash from learners_achievement where id = any(:ids)").param("ids", slice)
                    .query(rs -> {
                        out.put(rs.getString(1), new Stored(rs.getString(1), rs.getString(2)));
                    });
        }
        return out;
    }

    /** id -> (id, content hash) of the institutions' results, to make re-imports change nothing. */
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
        return RowBatch.of(list, (ps, a, i) -> {
            ps.setString(1, a.learnerId().value());
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
        });
    }

    private static final String ACHIEVEMENT_COLUMNS = "id, learner_id, institution_id, item_kind, item_id, achieved_on, scale, grade, german_grade,"
            + " passed, credit_points, assessment, supervised, identity_verified, source, reference, recorded_at";

    public List<Achievement> achievementsOf(LearnerId learnerId) {
        return achievements("learner_id = ? order by achieved_on, item_id, id", learnerId.value());
    }

    /** The columns of a passed result that an audit reads. */
    public interface PassedRow {
        void accept(String learnerId, String id, String institution, String kind, String item, BigDecimal creditPoints,
                @Nullable BigDecimal german, LocalDate achievedOn);
    }

    private static final String PASSED_COLUMNS = "learner_id, id, institution_id, item_kind, item_id, credit_points, german_grade, achieved_on";

    private static void passed(ResultSet rs, int skip, PassedRow row) throws SQLException {
        row.accept(rs.getString(skip + 1), rs.getString(skip + 2), rs.getString(skip + 3), rs.getString(skip + 4), rs.getString(skip + 5),
                rs.getBigDecimal(skip + 6), rs.getBigDecimal(skip + 7), rs.getObject(skip + 8, LocalDate.class));
    }

    /** The passed results of the learners with ids after {@code after} up to {@code to}: one range of the learner index. */
    public void forEachPassedBetween(String after, String to, PassedRow row) {
        jdbc.sql("select " + PASSED_COLUMNS + " from learners_achievement where learner_id > ? and learner_id <= ? and passed = true")
                .params(after, to).query(rs -> {
                    passed(rs, 0, row);
                });
    }

    /** The passed results of these learners, a thousand learners per query (by the learner index). */
    public void forEachPassed(Collection<LearnerId> learnerIds, PassedRow row) {
        for (String[] slice : learnerSlices(learnerIds)) {
            // passed is tested here, not in the query: H2 drops the index's learner lookup for "= any"
            // beside a condition on its second column and reads the whole index (27 s at a million learners)
            jdbc.sql("select passed, " + PASSED_COLUMNS + " from learners_achievement where learner_id = any(:ids)")
                    .param("ids", slice).query(rs -> {
                        if (rs.getBoolean(1)) {
                            passed(rs, 1, row);
                        }
                    });
        }
    }

    /** Every granted or partly granted recognition, grouped by learner. */
    public Map<LearnerId, List<RecognitionCase>> creditingRecognitions() {
        Map<LearnerId, List<RecognitionCase>> out = new HashMap<>();
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
        return new Achievement(rs.getString(1), LearnerId.of(rs.getString(2)), InstitutionId.of(rs.getString(3)), code(ItemKind.class, rs.getString(4)),
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
                .params(c.id(), c.learnerId().value(), c.achievementId(), c.externalInstitution(), c.externalTitle(), c.externalCreditPoints(),
                        c.externalGrade(), c.target().code(), c.targetRef(), c.targetInstitution().value(), c.requestedCreditPoints(),
                        c.status().code(), ts(c.requestedAt()))
                .update();
    }

    private static final String RECOGNITION_COLUMNS = "id, learner_id, achievement_id, external_institution, external_title, external_cp,"
            + " external_grade, target_kind, target_ref, target_institution, requested_cp, status, credited_cp, justification, decided_by,"
            + " decided_at, requested_at";

    public Optional<RecognitionCase> recognition(String id) {
        return recognitions("id = ?", id).stream().findFirst();
    }

    public List<RecognitionCase> recognitionsOf(LearnerId learnerId) {
        return recognitions("learner_id = ? order by requested_at, id", learnerId.value());
    }

    public List<RecognitionCase> openRecognitions(Set<String> institutions) {
        if (institutions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + RECOGNITION_COLUMNS + " from learners_recognition where target_institution in (:i)"
                + " and status in ('requested', 'under-review') order by requested_at, id")
                .param("i", List.copyOf(institutions)).query((rs, n) -> recognition(rs)).list();
    }

    /** The decided cases of these institutions, the latest decision first; {@code decision} narrows them to one outcome. */
    public List<RecognitionCase> decidedRecognitions(Set<String> institutions, @Nullable RecognitionStatus decision, int limit) {
        if (institutions.isEmpty()) {
            return List.of();
        }
        List<String> statuses = decision == null ? List.of("granted", "partially-granted", "denied") : List.of(decision.code());
        return jdbc.sql("select " + RECOGNITION_COLUMNS + " from learners_recognition where target_institution in (:i)"
                + " and status in (:s) order by decided_at desc, id fetch first " + limit + " rows only")
                .param("i", List.copyOf(institutions)).param("s", statuses).query((rs, n) -> recognition(rs)).list();
    }

    private List<RecognitionCase> recognitions(String where, Object... params) {
        return jdbc.sql("select " + RECOGNITION_COLUMNS + " from learners_recognition where " + where).params(params)
                .query((rs, n) -> recognition(rs)).list();
    }

    private static RecognitionCase recognition(ResultSet rs) throws SQLException {
        return new RecognitionCase(rs.getString(1), LearnerId.of(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6),
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

    /** Erasure: the learner's own words in recognition cases; the decisions stay. */
    public void eraseJustifications(LearnerId learnerId) {
        jdbc.sql("update learners_recognition set justification = null where learner_id = ?").param(learnerId.value()).update();
    }
}
