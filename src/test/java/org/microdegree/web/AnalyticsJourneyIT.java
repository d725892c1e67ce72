package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.learners.Learners;
import org.microdegree.results.Achievements;
import org.microdegree.results.Recognitions;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Quinn (quality assurance at LUH) reads how LUH's programmes do: Lea applied to "AI in Production"
 * and passed "Machine Learning", in which she enrolled. The overview shows the figures per programme
 * as charts with the numbers beside them; the programme's page shows the funnel, the terms, the
 * components and the skills, each with a CSV; then the same in German on a phone. axe-core on each
 * page; screenshots under target/screenshots/analytics.
 */
class AnalyticsJourneyIT extends JourneyIT {

    @Autowired Learners learners;
    @Autowired ApplicationRounds rounds;
    @Autowired PlacingApplications placing;
    @Autowired EnrollingLearners enrolling;
    @Autowired Achievements achievements;
    @Autowired Recognitions recognitions;

    BrowserJourney quinn;

    @BeforeEach
    void leaStudiesAtLuh() {
        quinn = journeyOverTheWorkedExample("analytics");
        people.learners(learners, rounds, placing, enrolling, achievements, recognitions);
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForObject("select count(*) from certificate where item_id = 'luh:mc-machine-learning'", Integer.class) > 0);
    }

    @AfterEach
    void close() {
        quinn.close();
    }

    @Test
    void quinnReadsTheFiguresAsChartsAndTablesAndDownloadsThem() throws Exception {
        quinn.signIn("quinn@luh.example");
        quinn.open("/design?lang=en");
        quinn.submit(By.id("nav-analytics"));
        String table = quinn.element(By.id("analytics-table")).getText();
        assertThat(table).contains("AI in Production").contains("Machine Learning");
        assertThat(quinn.browser.findElement(By.cssSelector("#chart-enrolled svg")).getAttribute("aria-label"))
                .startsWith("Enrolled per programme: ").contains("Machine Learning 1");
        assertThat(quinn.browser.findElement(By.id("overview-csv")).getAttribute("href")).contains("/analytics/export?institution=luh");
        quinn.accessible("overview");

        // a term with nothing in it, then all terms again
        new Select(quinn.browser.findElement(By.id("term"))).selectByIndex(0);
        quinn.submit(By.id("apply-filter"));
        quinn.submit(By.linkText("Machine Learning"));
        assertThat(quinn.element(By.id("funnel-table")).getText()).contains("Enrolled 1").contains("Completed 1").contains("Certificates issued 1");
        assertThat(quinn.browser.findElement(By.id("components-table")).getText()).contains("Machine Learning 1");
        assertThat(quinn.browser.findElement(By.cssSelector("#chart-funnel svg")).getAttribute("aria-label"))
                .contains("Applications 1; Admitted 1; Enrolled 1; Completed 1; Certificates issued 1");
        assertThat(quinn.browser.findElements(By.cssSelector("figure svg[role=img][aria-label]"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(quinn.browser.findElement(By.id("stopped-csv")).getAttribute("href")).endsWith("table=stopped");
        quinn.accessible("machine-learning");

        quinn.phone();
        quinn.open("/analytics/programmes/luh:md-ai-in-production?lang=de");
        assertThat(quinn.element(By.id("funnel-table")).getText()).contains("Bewerbungen 1");
        assertThat(quinn.pageWidth()).isLessThanOrEqualTo(390);
        quinn.accessible("ai-in-production-de-phone");
        quinn.open("/analytics");
        assertThat(quinn.pageWidth()).isLessThanOrEqualTo(390);
        quinn.accessible("overview-de-phone");
    }
}
