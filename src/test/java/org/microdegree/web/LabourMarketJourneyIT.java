package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microdegree.labour.LabourMarket;
import org.openqa.selenium.By;

/**
 * Dana brings labour-market figures into the studio: a file with a mistake is refused with the
 * mistake beside the file field, the sample imports, and the AI-in-production programme's public
 * page then shows the demand for the occupations it prepares for; the page in German on a phone.
 * Screenshots under target/screenshots/labour-market, axe-core on each.
 */
class LabourMarketJourneyIT extends JourneyIT {

    @TempDir Path dir;

    BrowserJourney dana;

    @BeforeEach
    void danaDesignsAtLuh() {
        dana = journeyOverTheWorkedExample("labour-market");
    }

    @AfterEach
    void close() {
        dana.close();
    }

    private void upload(Path file) {
        dana.element(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        dana.submit(By.id("import-figures"));
    }

    @Test
    void danaImportsFiguresAndTheProgrammePageShowsTheDemand() throws Exception {
        dana.signIn("dana@luh.example");
        dana.open("/design?lang=en");
        dana.submit(By.id("labour-market"));
        assertThat(dana.element(By.tagName("h1")).getText()).isEqualTo("Labour-market figures");
        // figures are read again within a second of a change (the other journey's, removed with the database, may still be in memory)
        new org.openqa.selenium.support.ui.WebDriverWait(dana.browser, java.time.Duration.ofSeconds(15)).until(d -> {
            dana.open("/design/labour-market?lang=en");
            return d.findElement(By.tagName("main")).getText().contains("No figures are imported yet.");
        });

        Path bad = dir.resolve("bad-figures.csv");
        Files.writeString(bad, "occupation,region,period,measure,value,source\n"
                + "http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30,Lower Saxony,2025,vacancies,1200,BA\n");
        upload(bad);
        assertThat(dana.element(By.id("file-error")).getText()).contains("bad-figures.csv:2:2").contains("'Lower Saxony' is not a NUTS code");
        assertThat(dana.element(By.id("file")).getDomAttribute("aria-describedby")).isEqualTo("file-error");
        dana.accessible("refused-en");

        Path sample = dir.resolve("sample-figures.csv");
        try (InputStream in = LabourMarket.class.getResourceAsStream(LabourMarket.SAMPLE)) {
            Files.write(sample, in.readAllBytes());
        }
        upload(sample);
        assertThat(dana.element(By.id("imported")).getText()).isEqualTo("36 figures for 18 occupations imported: 36 new, 0 replaced.");
        assertThat(dana.browser.findElements(By.cssSelector("#figures tbody tr"))).hasSize(36);
        assertThat(dana.element(By.id("figures")).getText()).contains("microelectronics smart manufacturing engineer").contains("job advertisements");
        dana.accessible("imported-en");

        dana.open("/catalogue/micro-degrees/luh:md-ai-in-production?lang=en");
        String demand = dana.element(By.id("demand")).getText();
        assertThat(demand).containsPattern("Demand indicator: [\\d,]+ openings").contains("Illustrative sample");
        assertThat(dana.element(By.id("occupations")).getText()).containsPattern("[\\d,]+ openings \\((DE|EU27)");
        dana.script("arguments[0].scrollIntoView();", dana.element(By.id("occupations-heading")));
        dana.accessible("programme-demand-en");
    }

    @Test
    void inGermanOnAPhoneTheFiguresAndTheDemandRead() throws Exception {
        Path sample = dir.resolve("sample-figures.csv");
        try (InputStream in = LabourMarket.class.getResourceAsStream(LabourMarket.SAMPLE)) {
            Files.write(sample, in.readAllBytes());
        }
        dana.signIn("dana@luh.example");
        dana.phone();
        dana.open("/design/labour-market?lang=de");
        upload(sample);
        assertThat(dana.element(By.id("imported")).getText()).contains("36 Zahlen für 18 Berufe importiert");
        assertThat(dana.pageWidth()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        dana.accessible("imported-de-phone");
        dana.open("/catalogue/micro-degrees/luh:md-ai-in-production?lang=de");
        assertThat(dana.element(By.id("demand")).getText()).containsPattern("Bedarfsindikator: [\\d.]+ offene Stellen");
        assertThat(dana.pageWidth()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        dana.script("arguments[0].scrollIntoView();", dana.element(By.id("occupations-heading")));
        dana.accessible("programme-demand-de-phone");
    }
}
