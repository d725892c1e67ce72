package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleAction;
import org.microdegree.shared.ItemId;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Quinn, LUH's quality assurance, works through her review queue: Dana's "Robotics in Production"
 * waits longest, then "Cobots" that Alex, LUH's admin, submitted himself. Quinn rejects Robotics:
 * without a reason she is told beside the button, with one it goes back to draft, and its journal
 * says who did what when, in words. Alex may not approve the version he submitted (LUH keeps four
 * eyes); Quinn approves it. In English and German, at desktop and phone width (390 px), each page
 * checked with axe-core (0 violations); screenshots under target/screenshots/review.
 */
class ReviewJourneyIT extends JourneyIT {

    static final String COBOTS = "luh:mc-cobots";
    static final String ETHICS = "luh:mc-ai-ethics";

    BrowserJourney journey;
    WebDriver browser;

    @BeforeEach
    void danaAndAlexSubmittedTheirDrafts() throws Exception {
        journey = new BrowserJourney(port, "review");
        browser = journey.browser;
        EmptyDatabase.clear(jdbc);
        WebFixtures fixtures = new WebFixtures(accounts, catalogue, catalogueEditing);
        catalogueEditing.transition(ItemKind.MICRO_CREDENTIAL, ItemId.of(WebFixtures.LUH_DRAFT), LifecycleAction.SUBMIT,
                fixtures.people.get("designer").actor(), null);
        Thread.sleep(5); // Alex submits after Dana
        var alex = fixtures.people.get("admin").actor();
        catalogueEditing.create(catalogue.readItem(ItemKind.MICRO_CREDENTIAL, WebFixtures.mc(COBOTS, "Cobots", "luh:mb-ml-manufacturing")), alex);
        catalogueEditing.transition(ItemKind.MICRO_CREDENTIAL, ItemId.of(COBOTS), LifecycleAction.SUBMIT, alex, null);
        // Dana's second version of the published AI Ethics, retitled
        var dana = fixtures.people.get("designer").actor();
        CatalogueItem ethics = catalogue.<CatalogueItem>find(ItemKind.MICRO_CREDENTIAL, ItemId.of(ETHICS), null, Catalogue.ALL).orElseThrow();
        Map<String, Object> document = new LinkedHashMap<>(catalogue.document(ethics));
        document.put("title", Map.of("en", "Ethics of AI in Practice"));
        catalogueEditing.update(catalogue.readItem(ItemKind.MICRO_CREDENTIAL, document), dana, "a clearer title");
        catalogueEditing.transition(ItemKind.MICRO_CREDENTIAL, ItemId.of(ETHICS), LifecycleAction.SUBMIT, dana, null);
    }

    @AfterEach
    void stop() {
        if (journey != null) {
            journey.close();
        }
    }

    private String status(String id) {
        return jdbc.queryForObject("select status from catalog_item where id = ? order by version desc limit 1", String.class, id);
    }

    @Test
    void qualityAssuranceRejectsWithAReasonAndApprovesUnderFourEyes() throws Exception {
        journey.signIn("quinn@luh.example");
        journey.open("/design?lang=en");
        assertThat(journey.element(By.id("nav-review")).getText()).isEqualTo("Review (3)");
        journey.submit(By.id("nav-review"));
        assertThat(journey.element(By.tagName("h1")).getText()).isEqualTo("Review queue");
        var rows = browser.findElements(By.cssSelector("#review-queue tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText()).as("the longest waiting first").contains("Robotics in Production", "designer");
        assertThat(rows.get(1).getText()).contains("Cobots", "admin");
        assertThat(rows.get(2).getText()).contains("Ethics of AI in Practice", "luh:mc-ai-ethics v2", "designer");
        assertThat(browser.findElement(By.cssSelector("ul.rules")).getText()).contains("Four-eyes rule at luh");
        journey.accessible("queue");

        // the review view: read only, titled so
        journey.submit(By.cssSelector("#review-queue tbody tr:first-child a"));
        assertThat(journey.element(By.tagName("h1")).getText()).isEqualTo("Robotics in Production (read only)");
        // an empty comment is told beside the field; then her question stands in the conversation
        journey.submit(By.cssSelector("#comment-form button"));
        assertThat(journey.element(By.id("comment-text-error")).getText()).isEqualTo("write the comment");
        browser.findElement(By.id("comment-text")).sendKeys("Which assessment do the outcomes rest on?");
        journey.submit(By.cssSelector("#comment-form button"));
        assertThat(journey.element(By.cssSelector("#comments ol")).getText()).contains("quality", "(on version 1)",
                "Which assessment do the outcomes rest on?");
        journey.accessible("commented");

        // no reason: told beside the button, nothing moves
        journey.submit(By.id("action-reject"));
        assertThat(journey.element(By.id("step-error-reject")).getText()).startsWith("say why it is rejected");
        assertThat(browser.findElement(By.id("reason-reject")).getDomAttribute("aria-describedby")).isEqualTo("step-error-reject");
        assertThat(status(WebFixtures.LUH_DRAFT)).isEqualTo("in-review");
        journey.accessible("reject-refused");
        browser.findElement(By.id("reason-reject")).sendKeys("The learning outcomes do not say what is assessed.");
        journey.submit(By.id("action-reject"));
        assertThat(journey.element(By.cssSelector("p.notice[role=status]")).getText()).isNotBlank();
        assertThat(status(WebFixtures.LUH_DRAFT)).isEqualTo("draft");
        journey.submit(By.cssSelector("p.meta a"));
        String journal = journey.element(By.tagName("table")).getText();
        assertThat(journal).contains("The learning outcomes do not say what is assessed.", "quality", "designer")
                .doesNotContain("quinn@luh.example").containsPattern("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}");
        journey.accessible("journal");

        // a new version of a published item: what changed, field by field
        journey.open("/design/micro-credentials/" + ETHICS);
        String changes = journey.element(By.id("changes")).getText();
        assertThat(changes).contains("Changes since the published version 1", "Title (English)", "AI Ethics", "Ethics of AI in Practice");
        journey.accessible("changes");

        // Dana hears of the rejection on her desk, with the reason
        browser.manage().deleteAllCookies();
        journey.signIn("dana@luh.example");
        journey.open("/design?lang=en");
        assertThat(journey.element(By.id("news")).getText()).contains("luh:mc-draft-robotics version 1 was rejected by quality on",
                "The learning outcomes do not say what is assessed.");
        journey.accessible("designer-news");

        // Alex submitted Cobots himself: he may not approve it
        browser.manage().deleteAllCookies();
        journey.signIn("alex@luh.example");
        journey.open("/design/micro-credentials/" + COBOTS);
        journey.submit(By.id("action-approve"));
        assertThat(journey.element(By.id("step-error-approve")).getText()).contains("four-eyes rule of luh", "another member of quality assurance");
        assertThat(status(COBOTS)).isEqualTo("in-review");
        journey.accessible("four-eyes-refused");

        // Quinn approves it and AI Ethics; the queue is empty
        browser.manage().deleteAllCookies();
        journey.signIn("quinn@luh.example");
        journey.open("/design/micro-credentials/" + COBOTS);
        journey.submit(By.id("action-approve"));
        assertThat(journey.element(By.cssSelector("p.notice[role=status]")).getText()).isNotBlank();
        assertThat(status(COBOTS)).isEqualTo("approved");
        journey.open("/design/micro-credentials/" + ETHICS);
        journey.submit(By.id("action-approve"));
        assertThat(journey.element(By.cssSelector("p.notice[role=status]")).getText()).isNotBlank();
        journey.open("/review");
        assertThat(journey.element(By.id("review-empty")).getText()).isEqualTo("Nothing waits for review.");
        assertThat(browser.findElement(By.id("nav-review")).getText()).isEqualTo("Review");

        // in German, and on a phone
        journey.open("/review?lang=de");
        assertThat(journey.element(By.tagName("h1")).getText()).isEqualTo("Prüfliste");
        journey.accessible("queue-de");
        journey.phone();
        journey.open("/design/micro-credentials/" + WebFixtures.LUH_DRAFT + "/journal");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(390L);
        journey.accessible("journal-de-phone");
        journey.open("/review");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(390L);
        journey.accessible("queue-de-phone");
    }
}
