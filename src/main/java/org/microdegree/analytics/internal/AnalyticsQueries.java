package org.microdegree.analytics.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts behind the analytics, by item and calendar month (terms are folded from months in
 * Java, so that the SQL is the same on H2 and PostgreSQL). One scan per figure over an institution's
 * rows; nothing about a person leaves this class but ids to count and dates.
 */
@Repository
@RequiredArgsConstructor
public class AnalyticsQueries {

    /** A count of an item in a month, with a code (an application's status; else empty). */
    public record Monthly(String itemId, int year, int month, String code, long count) {}

    /** A day of a learner and an item: when she met its requirements, or when she enrolled. */
    public record Met(String itemId, String learnerId, LocalDate on) {}

    /** A passed achievement of a learner enrolled in a programme. */
    public record Passed(String learnerId, String itemId, LocalDate on) {}

    private final JdbcClient jdbc;

    private static String prefix(String institution) {
        return institution + ":%";
    }

    /** Applications per item of the rounds the institution runs, by the month the round opened and the status. */
    public List<Monthly> applications(String institution) {
        return jdbc.sql("""
                select r.item_id, extract(year from r.opens_at), extract(month from r.opens_at), a.status, count(*)
                from learners_application a join learners_round r on r.id = a.round_id
                where r.institution_id = ?
                group by r.item_id, extract(year from r.opens_at), extract(month from r.opens_at), a.status""")
                .param(institution).query((rs, n) -> new Monthly(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getLong(5))).list();
    }

    /** Enrolments per item of the institution, by the month of enrolment; code "withdrawn" for those that ended so. */
    public List<Monthly> enrolments(String institution) {
        return jdbc.sql("""
                select item_id, extract(year from enrolled_at), extract(month from enrolled_at), status, count(*)
                from learners_enrolment where item_id like ?
                group by item_id, extract(year from enrolled_at), extract(month from enrolled_at), status""")
                .param(prefix(institution)).query((rs, n) -> new Monthly(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getLong(5)))
                .list();
    }

    /**
     * Certificates issued for the institution's items and not revoked, by the month of issue. The
     * owner of an item issues its certificates (a joint programme's too), so the institution's range
     * of the index (V22) holds them all.
     */
    public List<Monthly> certificates(String institution) {
        return jdbc.sql("""
                select item_id, extract(year from issued_at), extract(month from issued_at), count(*)
                from certificate where institution_id = ? and item_id like ? and revoked_at is null
                group by item_id, extract(year from issued_at), extract(month from issued_at)""")
                .params(institution, prefix(institution)).query((rs, n) -> new Monthly(rs.getString(1), rs.getInt(2), rs.getInt(3), "", rs.getLong(4))).list();
    }

    /** Each learner's first day of meeting each of the institution's items (any version). */
    public List<Met> firstMet(String institution) {
        return jdbc.sql("select item_id, learner_id, min(met_on) from audit_requirements_met where institution_id = ? group by item_id, learner_id")
                .param(institution).query((rs, n) -> new Met(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate())).list();
    }

    /** Each learner's enrolments in the institution's items: when she enrolled (withdrawn ones too). */
    public List<Met> enrolmentDays(String institution) {
        return jdbc.sql("select item_id, learner_id, enrolled_at from learners_enrolment where item_id like ?").param(prefix(institution))
                .query((rs, n) -> new Met(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toLocalDate())).list();
    }

    /** The learners enrolled in a programme (not withdrawn) who have met its requirements. */
    public List<String> completedLearners(String kind, String itemId) {
        return jdbc.sql("""
                select distinct e.learner_id from learners_enrolment e join audit_requirements_met m
                  on m.learner_id = e.learner_id and m.item_kind = e.item_kind and m.item_id = e.item_id
                where e.item_kind = ? and e.item_id = ? and e.status = 'enrolled'""")
                .params(kind, itemId).query(String.class).list();
    }

    /** How many learners are enrolled in a programme (not withdrawn). */
    public long enrolled(String kind, String itemId) {
        return jdbc.sql("select count(distinct learner_id) from learners_enrolment where item_kind = ? and item_id = ? and status = 'enrolled'")
                .params(kind, itemId).query(Long.class).single();
    }

    /** Passed achievements in the given components by the learners enrolled in a programme (not withdrawn). */
    public List<Passed> passedComponents(String kind, String itemId, List<String> components) {
        if (components.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(components.size(), "?"));
        List<Object> params = new ArrayList<>(List.of(kind, itemId));
        params.addAll(components);
        return jdbc.sql("select a.learner_id, a.item_id, a.achieved_on from learners_achievement a join learners_enrolment e on e.learner_id = a.learner_id"
                + " where e.item_kind = ? and e.item_id = ? and e.status = 'enrolled' and a.passed = true and a.item_id in (" + marks + ")")
                .params(params).query((rs, n) -> new Passed(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate())).list();
    }
}
