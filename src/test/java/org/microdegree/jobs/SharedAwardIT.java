package org.microdegree.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.MicrodegreeApplication;
import org.microdegree.TestDatabase;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.learners.Learners;
import org.microdegree.shared.Actor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of microdegree on one database (PostgreSQL with -Ppostgres) share one
 * {@code award --all}: 2,000 learners met the Machine Learning micro-credential; the first instance
 * starts the job; the second, a server, takes part by itself (as serve does; {@code jobs work} does the same at the command line). Each instance runs some of its
 * partitions, and every learner gets exactly one certificate.
 */
class SharedAwardIT {

    private static final int LEARNERS = 2_000;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoInstancesOnOneDatabase() {
        first = instance(false);
        second = instance(true);
    }

    /** @param server takes part in other instances' jobs by itself, as {@code serve} does */
    private static ConfigurableApplicationContext instance(boolean server) {
        Map<String, Object> p = new HashMap<>(TestDatabase.properties("sharedaward"));
        p.put("microdegree.jobs.help-others", Boolean.toString(server));
        // eight ranges of learners, and one thread each: the other instance finds ranges to take
        p.put("microdegree.jobs.partitions", "8");
        p.put("microdegree.jobs.threads", "1");
        // the award of 2,000 takes a second or two now: the server looks for work often enough to find some
        p.put("microdegree.jobs.help-every", "100ms");
        p.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
        // default properties yield to application.yml's key password (from the environment): given as an argument it wins
        return new SpringApplicationBuilder(MicrodegreeApplication.class).web(WebApplicationType.NONE).properties(p)
                .run("--microdegree.keys.password=" + p.get("microdegree.keys.password"));
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    @Test
    void twoInstancesShareOneAwardAndIssueEachCertificateOnce() throws Exception {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        EmptyDatabase.clear(jdbc);
        Actor operator = Actor.operator("shared-award-test");
        first.getBean(Catalogue.class).importBundle("luh-worked-example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        StringBuilder csv = new StringBuilder("institution;student_number;name;email;status\n");
        for (int i = 0; i < LEARNERS; i++) {
            csv.append("luh;ML-").append(i).append(";Learner ").append(i).append(";l").append(i).append("@luh.example;student\n");
        }
        first.getBean(Learners.class).importCsv("learners.csv", csv.toString().getBytes(StandardCharsets.UTF_8), operator);
        // what the audit records when each of them passes (the audit itself is tested elsewhere)
        assertThat(jdbc.update("insert into audit_requirements_met (learner_id, item_kind, item_id, item_version, met_on, recorded_at, institution_id)"
                + " select id, 'micro-credential', 'luh:mc-machine-learning', 1, date '2026-09-30', current_timestamp, 'luh' from learners_learner"))
                .isEqualTo(LEARNERS);

        // the first instance starts the award; the second, a server, looks for work every 100 ms
        JobView job = first.getBean(Jobs.class).award(false, "shared-award-test", view -> {
        });

        assertThat(job.status()).isEqualTo("COMPLETED");
        assertThat(job.count("issued")).isEqualTo(LEARNERS);
        List<String> workers = jdbc.queryForList("select distinct claimed_by from jobs_partition p join batch_step_execution s"
                + " on s.step_execution_id = p.step_execution_id where s.job_execution_id = ?", String.class, job.id());
        assertThat(workers).as("both instances ran partitions").hasSize(2);
        assertThat(job.steps().stream().filter(s -> s.name().contains(":partition")).map(JobView.StepView::worker).distinct().count()).isEqualTo(2);
        assertThat(jdbc.queryForList("select count(*), count(distinct award_key), count(distinct learner_id) from certificate").getFirst().values())
                .containsOnly((long) LEARNERS);
    }
}
