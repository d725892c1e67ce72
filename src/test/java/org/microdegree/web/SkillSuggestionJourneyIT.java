package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dana designs a micro-credential on machine learning: she writes its learning outcomes, asks for
 * ESCO skills, accepts "machine learning", rejects another suggestion, and saves; the saved draft
 * carries the skill. Then the same form in German on a phone (390 px). Each step checked with
 * axe-core (0 violations); screenshots under target/screenshots/skill-suggestions.
 */
class SkillSuggestionJourneyIT extends JourneyIT {

    static final String MACHINE_LEARNING = "http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43";
    static final String OUTCOMES = "Build machine learning models in Python using popular libraries.\n"
            + "Train supervised models for prediction and classification, including linear and logistic regression.";

    BrowserJourney dana;
    WebDriver browser;

    @BeforeEach
    void danaDesignsAtLuh() {
        dana = journeyOverTheWorkedExample("skill-suggestions");
        browser = dana.browser;
    }

    @AfterEach
    void close() {
        dana.close();
    }

    private void type(String id, String text) {
        var field = dana.element(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void waitUntil(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(what).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    @Test
    void danaAcceptsASuggestedSkillAndSavesIt() throws Exception {
        dana.signIn("dana@luh.example");
        dana.open("/design/micro-credentials/new?lang=en");
        type("f-id", "luh:mc-ml-basics");
        type("f-title-en", "Machine Learning Basics");
        type("f-creditPoints", "5");
        new org.openqa.selenium.support.ui.Select(dana.element(By.id("f-eqfLevel"))).selectByValue("6");
        type("f-learningOutcomes", OUTCOMES);
        browser.findElement(By.id("suggest-skills")).click();
        waitUntil("suggestions listed", d -> d.findElements(By.cssSelector("#skill-suggestions li")).size() >= 3);
        String listed = dana.element(By.id("skill-suggestions")).getText();
        assertThat(listed).contains("machine learning").contains("matched:");
        dana.script("arguments[0].scrollIntoView();", dana.element(By.id("suggest-skills")));
        dana.accessible("suggestions-en");

        browser.findElement(By.cssSelector("button[aria-label='Accept machine learning']")).click();
        waitUntil("the skill in the field", d -> d.findElement(By.id("f-skills")).getDomProperty("value").contains(MACHINE_LEARNING));
        assertThat(dana.element(By.id("skill-suggestions")).getText()).contains("Added to the skills: machine learning");
        // the next suggestion is left out, and asking again does not bring it back
        var reject = browser.findElement(By.cssSelector("#skill-suggestions li button[aria-label^='Reject']"));
        String rejectedLabel = reject.getDomAttribute("aria-label").substring("Reject ".length());
        reject.click();
        waitUntil("the rejection noted", d -> d.findElement(By.id("skill-suggestions")).getText().contains("Left out: " + rejectedLabel));
        dana.script("arguments[0].scrollIntoView();", dana.element(By.id("f-skills")));
        dana.accessible("accepted-and-rejected-en");
        browser.findElement(By.id("suggest-skills")).click();
        waitUntil("suggested again", d -> !d.findElement(By.id("skill-suggestions")).getText().contains("Left out"));
        assertThat(browser.findElements(By.cssSelector("button[aria-label='Reject " + rejectedLabel + "']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("button[aria-label='Accept machine learning']"))).isEmpty();

        dana.submit(By.id("save"));
        assertThat(dana.element(By.cssSelector("p.notice")).getText()).contains("Saved");
        assertThat(dana.element(By.id("f-skills")).getDomProperty("value")).contains(MACHINE_LEARNING);
        dana.accessible("saved-en");
    }

    @Test
    void inGermanOnAPhoneTheSuggestionsSayTheLabelsAreEnglish() throws Exception {
        dana.signIn("dana@luh.example");
        dana.phone();
        dana.open("/design/micro-credentials/new?lang=de");
        type("f-learningOutcomes", OUTCOMES);
        browser.findElement(By.id("suggest-skills")).click();
        waitUntil("suggestions listed", d -> d.findElements(By.cssSelector("#skill-suggestions li")).size() >= 3);
        String listed = dana.element(By.id("skill-suggestions")).getText();
        assertThat(listed).contains("englischen Bezeichnungen").contains("Übernehmen").contains("Treffer:");
        assertThat(dana.pageWidth()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        dana.script("arguments[0].scrollIntoView();", dana.element(By.id("suggest-skills")));
        dana.accessible("suggestions-de-phone");
    }
}
