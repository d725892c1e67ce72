package org.microdegree.jobs.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The learners a job works through, by job instance: written once, read a chunk at a time in id order. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JobLearners {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    /** Adds the learners (those already listed stay as they are): a restarted step adds the same again. */
    void add(long instance, Collection<String> learners) {
        List<Object[]> rows = learners.stream().distinct().sorted().map(l -> new Object[]{instance, l, instance, l}).toList();
        // each row checked on the primary key: an IN list over a long list of the instance's learners was slow on H2
        template.batchUpdate("insert into jobs_learner (job_instance_id, learner_id) select ?, ? where not exists"
                + " (select 1 from jobs_learner where job_instance_id = ? and learner_id = ?)", rows);
    }

    List<String> all(long instance) {
        return jdbc.sql("select learner_id from jobs_learner where job_instance_id = ? order by job_instance_id, learner_id").param(instance)
                .query(String.class).list();
    }

    /**
     * The next learners after {@code after} (exclusive, null: from the start) up to {@code to} (inclusive).
     * Ordered by the whole primary key: ordered by the learner alone, H2 did not take the index's order,
     * so it read and sorted the rest of the range for every chunk (a 1,000,000-learner job: 9 % of its CPU).
     */
    List<String> next(long instance, @Nullable String after, String to, int limit) {
        return jdbc.sql("select learner_id from jobs_learner where job_instance_id = ? and learner_id > ? and learner_id <= ?"
                + " order by job_instance_id, learner_id limit ?")
                .params(instance, after == null ? "" : after, to, limit).query(String.class).list();
    }

    /** Forgets the learners of finished jobs: they are needed only while a job may still be restarted. */
    void forget(long instance) {
        jdbc.sql("delete from jobs_learner where job_instance_id = ?").param(instance).update();
    }
}
