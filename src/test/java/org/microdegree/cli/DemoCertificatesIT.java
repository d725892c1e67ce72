package org.microdegree.cli;

import org.microdegree.credentials.AwardingCertificates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.microdegree.TestDatabase;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.Verification;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * The worked example as the demo loads it: the learners who completed a micro-credential or a
 * programme hold its certificate, and {@code award --all} issues exactly those again when they
 * are gone, and nothing twice.
 */
@SpringBootTest(properties = "microdegree.demo=true")
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class DemoCertificatesIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties("demo").forEach((k, v) -> registry.add(k, () -> v));
    }

    @Autowired Certificates certificates;

    @Autowired AwardingCertificates awarding;
    @Autowired Verification verification;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    private final Actor operator = Actor.operator("test");

    @Autowired EventPublicationRegistry publications;

    /** Events not yet handled by their listeners (failed ones aside), as Modulith's registry says. */
    private long pending() {
        return publications.findIncompletePublications().stream().filter(p -> p.getStatus() != EventPublication.Status.FAILED).count();
    }

    @Test
    void everyoneWhoCompletedSomethingHoldsItsCertificateAndAwardAllIssuesThemOnce() {
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> pending() == 0);
        int met = jdbc.queryForObject("select count(*) from audit_requirements_met", Integer.class);
        List<Certificate> issued = certificates.all(operator);
        assertThat(issued).isNotEmpty();
        String lea = jdbc.queryForObject("select id from learners_learner where email = 'learner@luh.example'", String.class);
        assertThat(issued).filteredOn(c -> c.learner().value().equals(lea)).extracting(Certificate::item)
                .contains("luh:mc-machine-learning", "luh:mc-data-engineering", "luh:mc-ai-ethics", "luh:md-ai-essentials");
        issued.forEach(c -> assertThat(verification.verify(Verification.parse(c.credential())).valid()).as(c.title()).isTrue());

        jdbc.update("delete from certificate");
        AwardingCertificates.Summary again = awarding.awardAll(operator);
        assertThat(again.issued()).as("award --all issues what the demo issued when results came in").isEqualTo(issued.size());
        assertThat(again.issued() + again.awaitingApproval()).as("every credential met: issued, or a joint award awaiting its partners")
                .isEqualTo(met);
        assertThat(awarding.awardAll(operator).issued()).isZero();
        assertThat(jdbc.queryForObject("select count(distinct award_key) from certificate", Integer.class)).isEqualTo(issued.size());
    }

    @Test
    void leaSignedInListsHerOwnCertificatesWithoutNamingHerself() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> pending() == 0);
        String lea = jdbc.queryForObject("select id from learners_learner where email = 'learner@luh.example'", String.class);
        int hers = jdbc.queryForObject("select count(*) from certificate where learner_id = ?", Integer.class, lea);
        assertThat(hers).isGreaterThanOrEqualTo(4);
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/certificates")
                .with(SecurityMockMvcRequestPostProcessors.httpBasic("learner@luh.example", "microdegree")))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(MockMvcResultMatchers.jsonPath("$.length()").value(hers))
                .andExpect(MockMvcResultMatchers.jsonPath("$[*].learner",
                        Matchers.everyItem(Matchers.is(lea))));
    }
}
