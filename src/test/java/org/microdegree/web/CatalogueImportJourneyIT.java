package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.catalog.Fixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Dana, a designer at LUH, brings a catalogue file in through the browser: the first upload has three
 * mistakes and she sees all of them with their lines, nothing written; the corrected file shows
 * what importing it would do; she imports it and finds the new micro-credential among her drafts.
 * Then in German at phone width (390 px), a file with an item that is not hers to publish is refused
 * with the reason. Each page is checked with axe-core (0 violations); screenshots under
 * target/screenshots/catalogue-import.
 */
class CatalogueImportJourneyIT extends JourneyIT {

    private static final String ROBOTICS = Fixtures.roboticsDraftYaml();

    BrowserJourney journey;
    Path files;

    @BeforeEach
    void danaAtLuh() throws Exception {
        journey = new BrowserJourney(port, "catalogue-import");
        EmptyDatabase.clear(jdbc);
        new WebFixtures(accounts, catalogue, catalogueEditing);
        files = Files.createDirectories(Path.of("target", "catalogue-import-files")).toAbsolutePath();
    }

    @AfterEach
    void stop() {
        if (journey != null) {
            journey.close();
        }
    }

    private String file(String name, String content) throws Exception {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8).toString();
    }

    @Test
    void aDesignerSeesEveryMistakeThenWhatTheImportWouldDoThenImports() throws Exception {
        journey.signIn("dana@luh.example");
        journey.open("/design?lang=en");
        journey.submit(By.id("catalogue-import"));
        assertThat(journey.element(By.tagName("h1")).getText()).isEqualTo("Import into the catalogue");
        journey.accessible("form");

        String wrong = ROBOTICS.replace("creditPoints: 5", "creditPoints: 5 furlongs").replace("eqfLevel: 7", "eqfLevel: twelve")
                .replace("[luh:mb-ml-manufacturing]", "[luh:mb-nowhere]");
        journey.element(By.id("file")).sendKeys(file("robotics.yaml", wrong));
        journey.submit(By.cssSelector("#upload-form button[type=submit]"));
        String problems = journey.element(By.id("problems")).getText();
        assertThat(problems).contains("robotics.yaml:6", "robotics.yaml:7", "robotics.yaml:8", "5 furlongs", "an EQF level", "luh:mb-nowhere");
        assertThat(journey.element(By.tagName("main")).getText()).contains("3 errors found", "Nothing was written");
        assertThat(jdbc.queryForObject("select count(*) from catalog_item where id = 'luh:mc-robotics'", Integer.class)).isZero();
        journey.accessible("errors");

        journey.element(By.id("file")).sendKeys(file("robotics.yaml", ROBOTICS));
        journey.submit(By.cssSelector("#upload-form button[type=submit]"));
        assertThat(journey.element(By.id("would")).getText()).isEqualTo("robotics.yaml: 1 to add, 0 to change, 0 unchanged. Nothing has been written yet.");
        assertThat(jdbc.queryForObject("select count(*) from catalog_item where id = 'luh:mc-robotics'", Integer.class)).isZero();
        journey.accessible("checked");
        journey.submit(By.id("run-import"));
        assertThat(journey.element(By.id("imported")).getText()).isEqualTo("Imported: 1 added, 0 changed, 0 unchanged.");
        journey.accessible("imported");
        assertThat(jdbc.queryForObject("select status from catalog_item where id = 'luh:mc-robotics'", String.class)).isEqualTo("draft");
        journey.open("/design/micro-credentials/luh:mc-robotics?lang=en");
        assertThat(journey.element(By.tagName("main")).getText()).contains("Robotik in der Produktion");
    }

    @Test
    void inGermanOnAPhoneAnItemThatIsNotHersToPublishIsRefusedWithTheReason() throws Exception {
        journey.signIn("dana@luh.example");
        journey.phone();
        journey.open("/design/import?lang=de");
        assertThat(journey.element(By.tagName("h1")).getText()).isEqualTo("In den Katalog importieren");
        assertThat(journey.pageWidth()).as("fits a phone").isLessThanOrEqualTo(390);
        journey.accessible("form-de-phone");

        // options are checked beside their fields, and kept
        journey.element(By.id("institution")).sendKeys("Keine Kennung");
        journey.element(By.id("file")).sendKeys(file("robotik.yaml", ROBOTICS.replace("    title:", "    status: published\n    title:")));
        journey.submit(By.cssSelector("#upload-form button[type=submit]"));
        assertThat(journey.element(By.id("institution-error")).getText()).contains("is not an institution id");
        assertThat(journey.element(By.id("institution")).getAttribute("value")).isEqualTo("Keine Kennung");
        journey.accessible("option-error-de-phone");

        journey.element(By.id("institution")).clear();
        journey.element(By.id("file")).sendKeys(file("robotik.yaml", ROBOTICS.replace("    title:", "    status: published\n    title:")));
        journey.submit(By.cssSelector("#upload-form button[type=submit]"));
        assertThat(journey.element(By.tagName("main")).getText()).contains("Einträge, die Sie nicht importieren dürfen");
        assertThat(journey.element(By.id("refusals")).getText())
                .contains("to import micro-credential 'luh:mc-robotics' as published you need the role quality at luh");
        assertThat(journey.pageWidth()).isLessThanOrEqualTo(390);
        journey.accessible("refused-de-phone");
        assertThat(jdbc.queryForObject("select count(*) from catalog_item where id = 'luh:mc-robotics'", Integer.class)).isZero();
        journey.browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
