package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import java.util.List;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.RoundInput;
import org.microdegree.shared.Actor;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor looks for something on energy in the public catalogue: she types a word, reads how many
 * items each EQF level and mode would leave, narrows to level 7, opens a programme and reads which
 * occupations it prepares for. In English
 * and German, at desktop and phone width (390 px), each page checked with axe-core (0 violations);
 * screenshots under target/screenshots/search.
 */
class SearchJourneyIT extends JourneyIT {

    @Autowired ApplicationRounds rounds;

    BrowserJourney visitor;
    WebDriver browser;

    @BeforeEach
    void theWorkedExampleIsPublished() {
        visitor = new BrowserJourney(port, "search");
        browser = visitor.browser;
        EmptyDatabase.clear(jdbc);
        new WebFixtures(accounts, catalogue, catalogueEditing);
    }

    @AfterEach
    void close() {
        visitor.close();
    }

    private String results() {
        return visitor.element(By.id("results")).getText();
    }

    private boolean htmxIdle() {
        return (Boolean) visitor.script("return document.querySelector('.htmx-request') === null;");
    }

    private void waitForResults(String text) {
        // htmx swaps the results while they are read: a replaced element is read again
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("results")).getText().contains(text));
    }

    @Test
    void aVisitorSearchesNarrowsByLevelAndOpensAProgramme() throws Exception {
        visitor.open("/catalogue?lang=en&q=energy");
        assertThat(results()).contains("Solar Energy").contains("results");
        // each level says how many of the energy items it would leave
        String levels = visitor.element(By.id("eqf")).getText();
        assertThat(levels).containsPattern("6 \\(\\d+\\)").containsPattern("7 \\(\\d+\\)");
        visitor.accessible("energy-en");

        // typing narrows the results and every filter's counts with them, without leaving the page
        visitor.open("/catalogue?lang=en");
        String allLevels = visitor.element(By.id("eqf")).getText();
        visitor.element(By.id("q")).sendKeys("energy");
        waitForResults("Solar Energy");
        // (each typed letter may send a request: the last answer, for the whole word, has the counts of "energy")
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("eqf")).getText().equals(levels) && htmxIdle());
        assertThat(levels).isNotEqualTo(allLevels);

        new Select(browser.findElement(By.id("eqf"))).selectByValue("7");
        // the list follows the choice at once; the level stays chosen and focused (keyboard users go on from there)
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> !results().contains("Solar Energy"));
        assertThat(new Select(visitor.element(By.id("eqf"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("7");
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("eqf");
        visitor.submit(By.cssSelector("form[role=search] button[type=submit]"));
        assertThat(results()).doesNotContain("Solar Energy");
        assertThat(browser.getCurrentUrl()).contains("eqf=7").contains("q=energy");
        visitor.accessible("energy-level-7");

        // the same in German, on a phone: German words find the German titles
        visitor.phone();
        visitor.open("/catalogue?lang=de&q=Solarenergie");
        waitForResults("Solarenergie");
        assertThat(visitor.pageWidth()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        visitor.accessible("solarenergie-de-phone");
        visitor.submit(By.linkText("Solarenergie"));
        assertThat(visitor.element(By.tagName("h1")).getText()).contains("Solarenergie");
        visitor.accessible("programme-de-phone");
        // the occupations its skills prepare for, with the share of each one's essential skills
        var occupations = visitor.element(By.id("occupations-heading"));
        visitor.script("arguments[0].scrollIntoView();", occupations);
        assertThat(visitor.element(By.id("occupations")).getText()).containsPattern("\\d+ von \\d+ wesentlichen Kompetenzen \\(\\d+ %\\)");
        visitor.accessible("occupations-de-phone");
    }

    static final String IOT_DEVELOPER = "http://data.europa.eu/esco/occupation/6ce5f7e3-a534-4aa2-ab23-255408ddb53a";

    @Test
    void aVisitorNarrowsByWhenToStartAndByOccupationAndSortsByStart() throws Exception {
        // LUH's registrar takes applications for AI in Production now, and for Machine Learning from 2098
        rounds.createRound(new RoundInput("luh:ai-production-open", "micro-degree", "luh:md-ai-in-production", "2026-01-01T00:00",
                "2099-12-31T23:00", "Europe/Berlin", "first-come", 20, null, List.of(), List.of(), null), Actor.operator("test"));
        rounds.createRound(new RoundInput("luh:machine-learning-2098", "micro-credential", "luh:mc-machine-learning", "2098-03-01T00:00",
                "2098-03-31T23:00", "Europe/Berlin", "first-come", 20, null, List.of(), List.of(), null), Actor.operator("test"));
        visitor.open("/catalogue?lang=en");
        assertThat(visitor.element(By.id("offering")).getText()).contains("Applications open now (1)")
                .contains("Next intake (applications open later) (1)").containsPattern("On demand \\(no application round\\) \\(\\d+\\)");
        new Select(browser.findElement(By.id("offering"))).selectByValue("open");
        waitForResults("1 results");
        assertThat(results()).contains("AI in Production").contains("Applications open until 31 Dec 2099").doesNotContain("Machine Learning");
        assertThat(browser.getCurrentUrl()).contains("offering=open");
        visitor.accessible("open-now-en");

        // which occupation: the options name ESCO occupations by label, with their counts
        visitor.open("/catalogue?lang=en");
        String occupations = visitor.element(By.id("occupation")).getText();
        assertThat(occupations).containsPattern("IoT developer \\(\\d+\\)");
        new Select(browser.findElement(By.id("occupation"))).selectByValue(IOT_DEVELOPER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("occupation=") && htmxIdle());
        assertThat(results()).contains("AI in Production");

        // by start: what is open now comes first, on demand last
        new Select(browser.findElement(By.id("sort"))).selectByValue("start");
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("sort=start") && htmxIdle());
        List<String> starts = browser.findElements(By.cssSelector("#results .offering")).stream().map(e -> e.getText()).toList();
        assertThat(starts.getFirst()).startsWith("Applications open until");
        assertThat(starts.getLast()).startsWith("On demand");
        visitor.accessible("occupation-by-start-en");

        // in German on a phone
        visitor.phone();
        visitor.open("/catalogue?lang=de&offering=next");
        waitForResults("Bewerbung vom 01.03.2098 bis 31.03.2098");
        assertThat(visitor.element(By.id("offering")).getText()).contains("Bewerbung jetzt offen");
        assertThat(visitor.pageWidth()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        visitor.accessible("open-now-de-phone");
    }
}
