package org.microdegree;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.microdegree.accounts.Accounts;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Integration tests on a real database (H2, or PostgreSQL under -Ppostgres), each starting empty. */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(TestClock.Config.class)
public abstract class DatabaseIT {

    @Autowired protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties("spring").forEach((k, v) -> registry.add(k, () -> v));
    }

    /** An admin of every institution of the worked example: signs in with HTTP Basic. */
    protected static final String ADMIN = "admin@luh.example";
    protected static final String PASSWORD = "secret-password";

    @Autowired protected Accounts accounts;

    @BeforeEach
    void startEmpty() {
        EmptyDatabase.clear(jdbc);
        Set<Grant> admin = new HashSet<>();
        for (String i : new String[]{"luh", "lut", "but", "tuw", "upm"}) {
            admin.add(Grant.of(Role.ADMIN, i));
        }
        accounts.create(ADMIN, "Test Admin", PASSWORD.toCharArray(), admin);
    }

    /**
     * Re-audits and awards run after the commit, on other threads: a test's own must be done
     * before the next test empties the database under them (else they fail on rows it removed).
     */
    @org.junit.jupiter.api.AfterEach
    void awaitEventsOfThisTest() {
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(this::eventsHandled);
    }

    @Autowired private EventPublicationRegistry publications;

    /** Whether every event published so far has been handled by its listeners (failed ones aside), as Modulith's registry says. */
    protected boolean eventsHandled() {
        return publications.findIncompletePublications().stream().allMatch(p -> p.getStatus() == EventPublication.Status.FAILED);
    }

    protected int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
