package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.TestDatabase;
import org.microdegree.accounts.Accounts;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A visitor looks for something on energy in the public catalogue: she types a word, reads how many
 * items each EQF level and mode would leave, narrows to level 7, opens a programme and reads which
 * occupations it prepares for. In English
 * and German, at desktop and phone width (390 px), each page checked with axe-core (0 violations);
 * screenshots under target/screenshots/search.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchJourneyIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties("searchjourney").forEach((k, v) -> registry.add(k, () -> v));
    }

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Catalogue catalogue;
    @Autowired CatalogueEditing catalogueEditing;
    @Autowired JdbcTemplate jdbc;

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
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("results")).getText().contains(text));
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
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("eqf")).getText().equals(levels) && htmxIdle());
        assertThat(levels).isNotEqualTo(allLevels);

        new Select(browser.findElement(By.id("eqf"))).selectByValue("7");
        // the list follows the choice at once; the level stays chosen and focused (keyboard users go on from there)
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
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
}
