package org.microdegree.web;

import org.microdegree.TestClock;
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

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties("journeys").forEach((k, v) -> registry.add(k, () -> v));
    }
}
