package org.microdegree;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Integration tests on a real database (H2, or PostgreSQL under -Ppostgres), each starting empty. */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(TestClock.Config.class)
public abstract class DatabaseIT {

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties("spring").forEach((k, v) -> registry.add(k, () -> v));
    }

    /** An admin of every institution of the worked example: signs in with HTTP Basic. */
    protected static final String ADMIN = "admin@luh.example";
    protected static final String PASSWORD = "secret-password";

    @Autowired
    protected org.microdegree.accounts.Accounts accounts;

    @BeforeEach
    void startEmpty() {
        org.microdegree.EmptyDatabase.clear(jdbc);
        java.util.Set<org.microdegree.shared.Grant> admin = new java.util.HashSet<>();
        for (String i : new String[] {"luh", "lut", "but", "tuw", "upm"}) {
            admin.add(org.microdegree.shared.Grant.of(org.microdegree.shared.Role.ADMIN, i));
        }
        accounts.create(ADMIN, "Test Admin", PASSWORD.toCharArray(), admin);
    }

    /**
     * Re-audits and awards run after the commit, on other threads: a test's own must be done
     * before the next test empties the database under them (else they fail on rows it removed).
     */
    @org.junit.jupiter.api.AfterEach
    void awaitEventsOfThisTest() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).until(() ->
                jdbc.queryForObject("select count(*) from event_publication where status is null or status <> 'FAILED'", Integer.class) == 0);
    }

    protected int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
