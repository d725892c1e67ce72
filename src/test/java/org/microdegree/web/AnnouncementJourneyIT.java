package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleAction;
import org.microdegree.shared.ItemId;
import org.openqa.selenium.By;

/**
 * Quinn, LUH's quality assurance, announces next year's "Digital Twins" (approved, starting in
 * October 2027, six weeks, 450 EUR) before it opens: a visitor finds its page with the dates and the
 * fee and is told it is not yet open for enrolment, in English and German, at desktop and phone
 * width (390 px), each page checked with axe-core (0 violations); screenshots under
 * target/screenshots/announcement.
 */
class AnnouncementJourneyIT extends JourneyIT {

    static final String TWINS = "luh:mc-digital-twins";

    BrowserJourney journey;

    @BeforeEach
    void danaDesignedAndQuinnApprovedNextYearsMicroCredential() {
        journey = new BrowserJourney(port, "announcement");
        EmptyDatabase.clear(jdbc);
        WebFixtures fixtures = new WebFixtures(accounts, catalogue, catalogueEditing);
        Map<String, Object> twins = WebFixtures.mc(TWINS, "Digital Twins in Production", "luh:mb-ml-manufacturing");
        twins.put("title", Map.of("en", "Digital Twins in Production", "de", "Digitale Zwillinge in der Produktion"));
        twins.put("schedule", Map.of("duration", "6 weeks", "starts", "2027-10-04", "ends", "2027-11-12"));
        twins.put("fee", "450 EUR");
        var dana = fixtures.people.get("designer").actor();
        var quinn = fixtures.people.get("quality").actor();
        catalogueEditing.create(catalogue.readItem(ItemKind.MICRO_CREDENTIAL, twins), dana);
        catalogueEditing.transition(ItemKind.MICRO_CREDENTIAL, ItemId.of(TWINS), LifecycleAction.SUBMIT, dana, null);
        catalogueEditing.transition(ItemKind.MICRO_CREDENTIAL, ItemId.of(TWINS), LifecycleAction.APPROVE, quinn, null);
    }

    @AfterEach
    void stop() {
        if (journey != null) {
            journey.close();
        }
    }

    @Test
    void qualityAssuranceAnnouncesAndVisitorsSeeItComingWithDatesAndFee() throws Exception {
        journey.signIn("quinn@luh.example");
        journey.open("/design/micro-credentials/" + TWINS + "?lang=en");
        assertThat(journey.element(By.id("action-announce")).getText()).isEqualTo("Announce");
        assertThat(journey.browser.findElements(By.id("action-publish"))).as("an approved item may also be published at once").hasSize(1);
        journey.accessible("approved");
        journey.element(By.id("reason-announce")).sendKeys("opens in October");
        journey.submit(By.id("action-announce"));
        assertThat(journey.element(By.cssSelector(".meta")).getText()).contains("announced");
        assertThat(journey.browser.findElements(By.id("action-publish"))).as("published when enrolment opens").hasSize(1);
        assertThat(journey.browser.findElements(By.id("action-retire"))).as("or the announcement withdrawn").hasSize(1);
        journey.accessible("announced");
        assertThat(jdbc.queryForObject("select status from catalog_item where id = ?", String.class, TWINS)).isEqualTo("announced");

        journey.browser.manage().deleteAllCookies();
        for (String lang : List.of("en", "de")) {
            journey.open("/catalogue/micro-credentials/" + TWINS + "?lang=" + lang);
            String page = journey.element(By.tagName("main")).getText();
            if (lang.equals("en")) {
                assertThat(journey.element(By.id("announced")).getText()).contains("not yet open for enrolment");
                assertThat(page).contains("Digital Twins in Production", "6 weeks", "4 October 2027", "12 November 2027", "450 EUR");
            } else {
                assertThat(journey.element(By.id("announced")).getText()).contains("noch keine Einschreibung");
                assertThat(page).contains("Digitale Zwillinge in der Produktion", "6 Wochen", "4 Oktober 2027", "Gebühr");
            }
            journey.accessible("public-" + lang);
            journey.phone();
            assertThat(journey.pageWidth()).as("fits a phone").isLessThanOrEqualTo(390);
            journey.accessible("public-" + lang + "-phone");
            journey.browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }
}
