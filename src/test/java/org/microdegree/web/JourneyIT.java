package org.microdegree.web;

import org.microdegree.EmptyDatabase;
import org.microdegree.TestClock;
import org.microdegree.accounts.Accounts;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.microdegree.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A browser journey against the running application: every journey shares one application (one
 * Spring context, one database that each journey empties before it starts), so that the suite
 * starts it once rather than once per journey. The clock is the system's unless a journey sets it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Config.class)
abstract class JourneyIT {

    @LocalServerPort protected int port;
    @Autowired protected Accounts accounts;
    @Autowired protected Catalogue catalogue;
    @Autowired protected CatalogueEditing catalogueEditing;
    @Autowired protected JdbcTemplate jdbc;
    /** The people of the journey's worked example, after {@link #journeyOverTheWorkedExample}. */
    protected WebFixtures people;

    /** A browser for one journey over the worked example and its people ({@link WebFixtures}), on an emptied database. */
    protected BrowserJourney journeyOverTheWorkedExample(String name) {
        EmptyDatabase.clear(jdbc);
        people = new WebFixtures(accounts, catalogue, catalogueEditing);
        return new BrowserJourney(port, name);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties("journeys").forEach((k, v) -> registry.add(k, () -> v));
    }
}
