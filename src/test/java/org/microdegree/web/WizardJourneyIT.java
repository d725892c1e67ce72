package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Dana runs the wizards of the five patterns that had none: the update for graduates, the elective
 * extension, the interconnected MDs, the admission bridge and the power programme. Each she fills
 * by ticking and choosing from what the worked example publishes, builds, sees the pattern's report
 * and a draft that conforms to luh-2023 and eu-2022, and imports it: the editor opens on the
 * programme, ready to submit. A wrong value is named beside its field and the form keeps her input.
 * axe-core on every wizard; screenshots under target/screenshots/wizards.
 */
class WizardJourneyIT extends JourneyIT {

    BrowserJourney dana;
    WebDriver browser;

    @BeforeEach
    void danaDesignsAtLuh() {
        dana = journeyOverTheWorkedExample("wizards");
        browser = dana.browser;
        dana.signIn("dana@luh.example");
    }

    @AfterEach
    void close() {
        dana.close();
    }

    private void programme(String pattern, String id, String title) {
        dana.open("/design/patterns?lang=en");
        dana.submit(By.id("wizard-" + pattern));
        dana.element(By.id("id")).clear();
        browser.findElement(By.id("id")).sendKeys(id);
        browser.findElement(By.id("titleEn")).sendKeys(title);
        browser.findElement(By.id("rationaleEn")).sendKeys("Employers in the region ask for exactly this combination.");
    }

    private void tick(String... ids) {
        for (String id : ids) {
            dana.script("arguments[0].scrollIntoView({block: 'center'});", browser.findElement(By.id(id)));
            browser.findElement(By.id(id)).click();
        }
    }

    /** Date and time fields take their value as the browser's own widgets would give it. */
    private void value(String id, String value) {
        dana.script("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
    }

    private void type(String id, String value) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(value);
    }

    /** Builds, checks the draft conforms and names the programme, imports it and lands in the editor. */
    private void buildConformingAndImport(String pattern, String programme, String reportId) throws Exception {
        dana.submit(By.id("build"));
        assertThat(dana.element(By.id("outcome")).getText()).contains(programme);
        assertThat(browser.findElement(By.id("conformance")).getText()).as(browser.findElement(By.id("outcome")).getText())
                .isEqualTo("No problems: the design conforms to its profiles.");
        assertThat(browser.findElement(By.id(reportId)).isDisplayed()).isTrue();
        dana.accessible(pattern + "-built");
        dana.submit(By.id("import"));
        assertThat(browser.getCurrentUrl()).endsWith("/design/micro-degrees/" + programme);
        assertThat(dana.element(By.id("action-submit")).isDisplayed()).isTrue();
        dana.accessible(pattern + "-in-the-editor");
    }

    @Test
    void theUpdateForGraduatesProposesNewModulesAndTakesARejection() throws Exception {
        programme("update", "luh:md-wiz-update", "What's new: AI in Production");
        tick("subject-production", "subject-machine-learning", "subject-computer-vision");
        value("newSince", "2024-01-01");
        new Select(browser.findElement(By.id("minimumEqfLevel"))).selectByVisibleText("EQF 7 (Master level)");
        dana.accessible("update-form");
        dana.submit(By.id("build"));
        String proposals = dana.element(By.id("proposals")).getText();
        assertThat(proposals).contains("luh:");
        // she rejects the first proposal: it is never proposed again
        String first = browser.findElement(By.cssSelector("#proposals tbody th")).getText();
        tick("reject-" + first.replace(':', '-'));
        dana.submit(By.id("build"));
        // without it the modules new since 2024 no longer add up to 15 CP: she settles for 10
        assertThat(dana.element(By.id("reasons")).getText()).contains("Only 10 of 15 CP");
        assertThat(browser.findElement(By.id("rejected-" + first.replace(':', '-'))).isSelected()).isTrue();
        type("credits", "10");
        dana.submit(By.id("build"));
        assertThat(browser.findElements(By.cssSelector("#proposals tbody th"))).extracting(e -> e.getText()).isNotEmpty().doesNotContain(first);
        buildConformingAndImport("update", "luh:md-wiz-update", "proposals");
    }

    @Test
    void theElectiveExtensionTurnsSurplusSolarElectivesIntoAnMd() throws Exception {
        programme("elective-extension", "luh:md-wiz-solar", "Solar Energy Systems");
        new Select(browser.findElement(By.id("unit"))).selectByValue("luh:le2050");
        new Select(browser.findElement(By.id("studyProgramme"))).selectByValue("luh:bsc-electrical-engineering");
        tick("subject-solar-energy");
        type("credits", "15");
        dana.accessible("elective-extension-form");
        buildConformingAndImport("elective-extension", "luh:md-wiz-solar", "electives");
    }

    @Test
    void interconnectedMdsAcrossThreeFacultiesInTwoSizes() throws Exception {
        programme("interconnected", "luh:md-wiz-ai", "Applied Artificial Intelligence");
        tick("studyProgrammes-luh-bsc-computer-science", "studyProgrammes-luh-bsc-electrical-engineering", "studyProgrammes-luh-bsc-geodesy");
        tick("subject-machine-learning", "subject-data-engineering", "subject-ai-ethics", "subject-computer-vision");
        type("sizes", "20, 25");
        dana.accessible("interconnected-form");
        dana.submit(By.id("build"));
        assertThat(dana.element(By.id("variants")).getText()).contains("20").contains("25");
        String first = browser.findElement(By.cssSelector("#variants tbody th")).getText();
        assertThat(browser.findElement(By.id("conformance")).getText()).isEqualTo("No problems: the design conforms to its profiles.");
        dana.accessible("interconnected-built");
        dana.submit(By.id("import"));
        assertThat(browser.getCurrentUrl()).endsWith("/design/micro-degrees/" + first);
        assertThat(dana.element(By.id("action-submit")).isDisplayed()).isTrue();
    }

    @Test
    void theAdmissionBridgeClosesAGeodesyGraduatesGap() throws Exception {
        programme("admission-bridge", "luh:md-wiz-bridge", "Bridge to the Master in AI Engineering");
        List<String[]> required = List.of(new String[]{"machine-learning", "5"}, new String[]{"data-engineering", "5"}, new String[]{"ai-ethics", "5"});
        for (int i = 0; i < required.size(); i++) {
            type("admission.credits[" + i + "].subject", required.get(i)[0]);
            type("admission.credits[" + i + "].credits", required.get(i)[1]);
        }
        new Select(browser.findElement(By.id("admission.languages[0].language"))).selectByValue("en");
        new Select(browser.findElement(By.id("admission.languages[0].level"))).selectByValue("B2");
        List<String[]> has = List.of(new String[]{"surveying", "10"}, new String[]{"geoinformatics", "5"}, new String[]{"ai-ethics", "5"});
        for (int i = 0; i < has.size(); i++) {
            type("applicant.credits[" + i + "].subject", has.get(i)[0]);
            type("applicant.credits[" + i + "].credits", has.get(i)[1]);
        }
        new Select(browser.findElement(By.id("applicant.languages[0].language"))).selectByValue("en");
        new Select(browser.findElement(By.id("applicant.languages[0].level"))).selectByValue("C1");

        // a slip first: the form names it beside the field and keeps everything else
        type("applicant.credits[1].credits", "five");
        dana.submit(By.id("build"));
        assertThat(dana.element(By.id("applicant.credits-error")).getText()).contains("'five' is not a number of credit points");
        assertThat(browser.findElement(By.id("applicant.credits[0].subject")).getDomProperty("value")).isEqualTo("surveying");
        assertThat(browser.findElement(By.id("titleEn")).getDomProperty("value")).isEqualTo("Bridge to the Master in AI Engineering");
        dana.accessible("admission-bridge-slip");

        type("applicant.credits[1].credits", "5");
        dana.submit(By.id("build"));
        assertThat(dana.element(By.id("gaps")).getText()).contains("machine-learning").contains("data-engineering").doesNotContain("ai-ethics");
        buildConformingAndImport("admission-bridge", "luh:md-wiz-bridge", "bridge");
    }

    @Test
    void thePowerProgrammeOfThreeUniversitiesWithItsApplicationRound() throws Exception {
        programme("power-programme", "luh:md-wiz-power", "Sustainable Energy Power Programme");
        tick("partners-lut", "partners-tuw");
        tick("subject-sustainable-engineering");
        for (String partner : List.of("luh", "lut", "tuw")) {
            type("applicationRound.places." + partner, "5");
        }
        value("applicationRound.opens", "2027-02-01T00:00");
        dana.submit(By.id("build"));
        // the deadline is missing: said beside it
        assertThat(dana.element(By.id("applicationRound.closes-error")).getText()).contains("the deadline");
        dana.accessible("power-programme-no-deadline");

        value("applicationRound.closes", "2027-03-15T23:00");
        dana.submit(By.id("build"));
        assertThat(dana.element(By.id("round-preset")).getText()).contains("15 places");
        buildConformingAndImport("power-programme", "luh:md-wiz-power", "per-partner");
    }

    @Test
    void everyWizardInGermanFitsAPhone() throws Exception {
        dana.phone();
        dana.open("/design/patterns?lang=de");
        assertThat(dana.element(By.tagName("main")).getText()).contains("Jede hat hier einen Assistenten");
        for (String pattern : List.of("update", "gap-filler", "elective-extension", "interconnected", "admission-bridge", "power-programme",
                "joint-master")) {
            dana.open("/design/patterns/" + pattern);
            assertThat(dana.element(By.id("build")).getText()).isEqualTo("Entwurf bauen");
            assertThat(dana.pageWidth()).as(pattern + " at 390 px").isLessThanOrEqualTo(390);
            dana.accessible(pattern + "-de-phone");
        }
    }
}
