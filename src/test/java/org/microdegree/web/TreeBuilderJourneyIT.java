package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dana builds "AI in Production, built" of three micro-credentials without typing an id: she finds
 * each by name in the requirement-tree builder and adds it; with two of them the live check says the
 * tree cannot reach the programme's 15 CP, with the third the finding is gone and the builder counts
 * 15 CP. The YAML view holds the same tree. She saves and submits it for review; the stored tree
 * shows in the builder again. Then the builder in German on a phone. axe-core on each step;
 * screenshots under target/screenshots/tree-builder.
 */
class TreeBuilderJourneyIT extends JourneyIT {

    static final String NOT_REACHED = "cannot be completed with exactly 15 CP";

    BrowserJourney dana;
    WebDriver browser;

    @BeforeEach
    void danaDesignsAtLuh() {
        dana = journeyOverTheWorkedExample("tree-builder");
        browser = dana.browser;
    }

    @AfterEach
    void close() {
        dana.close();
    }

    private void waitUntil(String what, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(what).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /** Finds a micro-credential by name in the root group's finder and adds it. */
    private void add(String words, String title) {
        var finder = dana.element(By.cssSelector("#tree-builder > .tree-group > .tree-add .tree-find input"));
        finder.clear();
        finder.sendKeys(words);
        By add = By.cssSelector("#tree-builder button[aria-label='Add " + title + "']");
        waitUntil(title + " found", d -> !d.findElements(add).isEmpty());
        browser.findElement(add).click();
        waitUntil(title + " in the tree", d -> d.findElement(By.id("f-requirements")).getDomProperty("value").contains("microCredential"));
    }

    @Test
    void danaBuildsAProgrammeOfThreeMicroCredentialsByClicking() throws Exception {
        dana.signIn("dana@luh.example");
        dana.open("/design/micro-degrees/new?lang=en");
        dana.element(By.id("f-id")).clear();
        browser.findElement(By.id("f-id")).sendKeys("luh:md-built");
        browser.findElement(By.id("f-title-en")).sendKeys("AI in Production, built");
        browser.findElement(By.id("f-creditPoints")).sendKeys("15");
        new Select(browser.findElement(By.id("f-eqfLevel"))).selectByValue("7");
        browser.findElement(By.id("f-ruleProfiles")).sendKeys("luh-2023");
        browser.findElement(By.id("f-labourMarketRationale-en")).sendKeys("Manufacturers in Lower Saxony ask for engineers who apply AI to production.");
        browser.findElement(By.id("f-targetGroups")).sendKeys("professionals");
        browser.findElement(By.id("f-languages")).sendKeys("en");
        new Select(browser.findElement(By.id("f-mode"))).selectByValue("blended");
        browser.findElement(By.id("f-unit")).sendKeys("luh:zew");
        browser.findElement(By.id("f-counsellingContact")).sendKeys("microdegrees@uni-hannover.de");
        browser.findElement(By.id("f-qualityAssurance")).sendKeys("Internal quality assurance of LUH (system accreditation)");
        assertThat(dana.element(By.id("tree-total")).getText()).isEqualTo("Credit points of the parts listed: 0");

        add("manufacturing", "Machine Learning in Manufacturing");
        add("predictive maintenance", "Predictive Maintenance");
        waitUntil("the total of two", d -> d.findElement(By.id("tree-total")).getText().endsWith(": 10"));
        try {
            waitUntil("the finding appears", d -> d.findElement(By.id("findings")).getText().contains(NOT_REACHED));
        } catch (RuntimeException e) {
            throw new AssertionError("findings: " + browser.findElement(By.id("findings")).getText() + " / tree: "
                    + browser.findElement(By.id("f-requirements")).getDomProperty("value"), e);
        }
        dana.accessible("two-parts-a-finding");

        add("quality inspection", "Computer Vision for Quality Inspection");
        waitUntil("the total of three", d -> d.findElement(By.id("tree-total")).getText().endsWith(": 15"));
        waitUntil("the finding is gone", d -> !d.findElement(By.id("findings")).getText().contains(NOT_REACHED));
        String yaml = browser.findElement(By.id("f-requirements")).getDomProperty("value");
        assertThat(yaml).contains("\"allOf\"").contains("luh:mc-ml-manufacturing").contains("luh:mc-predictive-maintenance")
                .contains("luh:mc-vision-quality");
        dana.accessible("three-parts-no-finding");

        dana.submit(By.id("save"));
        waitUntil("saved", d -> d.getCurrentUrl().endsWith("/design/micro-degrees/luh:md-built") && !d.findElements(By.id("action-submit")).isEmpty());
        // the stored tree, read back as YAML, shows in the builder with the parts' titles
        waitUntil("the builder shows the stored tree", d -> d.findElement(By.id("tree-builder")).getText().contains("Predictive Maintenance"));
        assertThat(dana.element(By.id("tree-total")).getText()).endsWith(": 15");
        dana.submit(By.id("action-submit"));
        assertThat(dana.element(By.tagName("main")).getText()).as(browser.findElement(By.id("findings")).getText()).contains("in review")
                .contains("Done: Submit for review.");
        dana.accessible("submitted");

        // a nested group, its rule changed, then removed again
        dana.open("/design/micro-degrees/new?lang=de");
        dana.phone();
        dana.element(By.cssSelector("#tree-builder > .tree-group > .tree-add > button")).click();
        waitUntil("a nested group", d -> d.findElements(By.cssSelector("#tree-builder .tree-group .tree-group")).size() == 1);
        new Select(browser.findElement(By.cssSelector("#tree-builder .tree-group .tree-group select"))).selectByValue("minCredits");
        waitUntil("the group's rule in the YAML", d -> d.findElement(By.id("f-requirements")).getDomProperty("value").contains("\"minCredits\""));
        assertThat(dana.pageWidth()).isLessThanOrEqualTo(390);
        dana.accessible("nested-group-de-phone");
        browser.findElement(By.cssSelector("#tree-builder .tree-group .tree-group .tree-head button")).click();
        waitUntil("the group removed", d -> d.findElements(By.cssSelector("#tree-builder .tree-group .tree-group")).isEmpty());
    }
}
