package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.TestClock;
import org.microdegree.admissions.ApplicationInput;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.admissions.RoundInput;
import org.microdegree.admissions.model.Application;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;
import org.microdegree.shared.RoundId;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Robin, LUH's registrar, selects for a ranked round of two places that three students applied to,
 * each with a CV and a reviewer's mark. After the deadline she opens each CV from the list, previews
 * the selection (who gets a place, who waits and why; nothing written, nobody told) and commits it.
 * In English and German, at desktop and phone width (390 px), each page checked with axe-core (0
 * violations); screenshots under target/screenshots/selection.
 */
class SelectionJourneyIT extends JourneyIT {

    static final String ROUND = "luh:energy-2025";
    static final Instant SUMMER = Instant.parse("2025-07-01T10:00:00Z");
    static final Instant AFTER_THE_DEADLINE = Instant.parse("2025-09-12T08:00:00Z");

    @Autowired Learners learners;
    @Autowired ApplicationRounds rounds;
    @Autowired PlacingApplications placing;
    @Autowired TestClock clock;

    BrowserJourney robin;
    WebDriver browser;

    @BeforeEach
    void threeStudentsAppliedForTwoPlaces() {
        robin = new BrowserJourney(port, "selection");
        browser = robin.browser;
        EmptyDatabase.clear(jdbc);
        new WebFixtures(accounts, catalogue, catalogueEditing);
        Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));
        Actor reviewer = Actor.person("quinn", "Quinn Quality", Set.of(Grant.of(Role.QUALITY, "luh")));
        clock.set(SUMMER);
        rounds.createRound(new RoundInput(ROUND, "micro-degree", "luh:md-se-energy-systems", "2025-06-01T00:00", "2025-09-11T23:00", "CET", "ranked",
                2, null, List.of(), List.of("cv"), new RoundInput.Weights(1.0, 1.0)), registrar);
        String[][] students = {{"Anna Amsel", "S-1", "1.3", "90"}, {"Ben Bauer", "S-2", "2.0", "70"}, {"Cem Çelik", "S-3", "1.7", "60"}};
        for (String[] s : students) {
            var learner = learners.create(new LearnerInput(s[0], s[1].toLowerCase() + "@luh.example", null, "student", "luh", s[1], List.of()), registrar);
            Application a = placing.apply(RoundId.of(ROUND),
                    new ApplicationInput(learner.id().value(), "luh", 7, 6, s[2], Map.of("en", "C1")), registrar);
            placing.upload(a.id(), "cv", "cv-" + s[1] + ".pdf", "application/pdf", ("CV of " + s[0]).getBytes(), registrar);
            placing.review(a.id(), new BigDecimal(s[3]), reviewer);
        }
        clock.set(AFTER_THE_DEADLINE);
    }

    @AfterEach
    void stop() {
        clock.reset();
        if (robin != null) {
            robin.close();
        }
    }

    private List<String> statuses() {
        return jdbc.queryForList("select status from learners_application order by status", String.class);
    }

    @Test
    void theRegistrarOpensTheCvsPreviewsTheSelectionAndCommitsIt() throws Exception {
        robin.signIn("robin@luh.example");
        robin.open("/registrar?lang=en");
        var cv = browser.findElement(By.cssSelector("a[href$='/documents/cv'][aria-label='Download cv of Anna Amsel']"));
        String download = String.valueOf(robin.asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + r.headers.get('content-disposition') + ' ' + t)));",
                cv.getDomAttribute("href")));
        assertThat(download).startsWith("200 attachment;").contains("cv-S-1.pdf").endsWith("CV of Anna Amsel");
        robin.accessible("desk-with-cvs");

        robin.submit(By.cssSelector("a[href$='/rounds/" + ROUND + "/selection']"));
        assertThat(robin.element(By.tagName("h1")).getText()).startsWith("Selection: ");
        var rows = browser.findElements(By.cssSelector("#selection-preview tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText()).contains("1", "Anna Amsel", "selected");
        assertThat(rows.get(0).getText()).contains("place 1 of 2");
        assertThat(rows.get(2).getText()).contains("3", "on the waitlist", "all 2 places are taken by higher ranks");
        assertThat(statuses()).as("a preview writes nothing").containsOnly("submitted");
        robin.accessible("preview");

        robin.open("/registrar/rounds/" + ROUND + "/selection?lang=de");
        assertThat(robin.element(By.id("commit-selection")).getText()).contains("benachrichtigt");
        robin.accessible("preview-de");
        robin.phone();
        robin.open("/registrar/rounds/" + ROUND + "/selection");
        assertThat(robin.pageWidth()).isLessThanOrEqualTo(390L);
        robin.accessible("preview-de-phone");

        robin.submit(By.cssSelector("#commit-selection button"));
        assertThat(robin.element(By.cssSelector("p.notice[role=status]")).getText()).isNotBlank();
        assertThat(statuses()).containsExactly("selected", "selected", "waitlisted");
        robin.accessible("selected-de-phone");
    }
}
