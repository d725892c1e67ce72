package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dana puts a micro-credential together without typing an id or a URI: she finds its module by
 * title and an ESCO skill by name and adds each, chooses the EQF level, mode, assessment and ISCED-F
 * field by their names, and saves; the draft holds the module's id, the skill's URI and the codes.
 * Then the same form in German on a phone. axe-core on each step; screenshots under
 * target/screenshots/pickers.
 */
class PickerJourneyIT extends JourneyIT {

    static final String MACHINE_LEARNING = "http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43";

    BrowserJourney dana;
    WebDriver browser;

    @BeforeEach
    void danaDesignsAtLuh() {
        dana = journeyOverTheWorkedExample("pickers");
        browser = dana.browser;
    }

    @AfterEach
    void close() {
        dana.close();
    }

    private void waitUntil(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(what).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    @Test
    void danaBuildsAMicroCredentialByNamesAlone() throws Exception {
        dana.signIn("dana@luh.example");
        dana.open("/design/micro-credentials/new?lang=en");
        dana.element(By.id("f-id")).clear();
        browser.findElement(By.id("f-id")).sendKeys("luh:mc-picked");
        browser.findElement(By.id("f-title-en")).sendKeys("Machine Learning on the Shop Floor");
        browser.findElement(By.id("f-creditPoints")).sendKeys("5");
        browser.findElement(By.id("f-learningOutcomes")).sendKeys("Apply machine learning to data of manufacturing lines.");

        // the module by its title: the list says its credit points, level and institution
        browser.findElement(By.id("pick-modules")).sendKeys("manufacturing");
        waitUntil("modules listed", d -> d.findElement(By.id("pick-modules-results")).getText().contains("Machine Learning in Manufacturing"));
        assertThat(dana.element(By.id("pick-modules-results")).getText()).contains("luh:mb-ml-manufacturing").contains("ECTS").contains("EQF 7")
                .contains("Leibniz");
        dana.accessible("module-picker-en");
        browser.findElement(By.cssSelector("#pick-modules-results button[aria-label='Add Machine Learning in Manufacturing']")).click();
        waitUntil("the module in the field", d -> d.findElement(By.id("f-modules")).getDomProperty("value").contains("luh:mb-ml-manufacturing"));

        // the skill by its name, with its type and description
        browser.findElement(By.id("pick-skills")).sendKeys("machine learning");
        waitUntil("skills listed", d -> d.findElement(By.id("pick-skills-results")).getText().contains("machine learning"));
        assertThat(dana.element(By.id("pick-skills-results")).getText()).containsPattern("(skill|knowledge): ");
        browser.findElement(By.cssSelector("#pick-skills-results button[aria-label='Add machine learning']")).click();
        waitUntil("the skill in the field", d -> d.findElement(By.id("f-skills")).getDomProperty("value").contains(MACHINE_LEARNING));

        // level, mode, assessment and field in words
        Select level = new Select(browser.findElement(By.id("f-eqfLevel")));
        assertThat(level.getOptions()).extracting(o -> o.getText()).contains("EQF 7 (Master level)");
        level.selectByVisibleText("EQF 7 (Master level)");
        new Select(browser.findElement(By.id("f-mode"))).selectByVisibleText("blended");
        new Select(browser.findElement(By.id("f-assessment"))).selectByVisibleText("written exam");
        new Select(browser.findElement(By.id("f-iscedField"))).selectByVisibleText("0613 Software and applications development and analysis");
        dana.script("arguments[0].scrollIntoView();", dana.element(By.id("f-modules")));
        dana.accessible("chosen-en");

        dana.submit(By.id("save"));
        assertThat(dana.element(By.cssSelector("p.notice")).getText()).contains("Saved");
        assertThat(dana.element(By.id("f-modules")).getDomProperty("value")).isEqualTo("luh:mb-ml-manufacturing");
        assertThat(dana.element(By.id("f-skills")).getDomProperty("value")).isEqualTo(MACHINE_LEARNING);
        assertThat(new Select(dana.element(By.id("f-eqfLevel"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("7");
        assertThat(new Select(dana.element(By.id("f-assessment"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("written-exam");
        assertThat(new Select(dana.element(By.id("f-iscedField"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("0613");
        dana.accessible("saved-en");
    }

    @Test
    void inGermanOnAPhoneThePickersSpeakGerman() throws Exception {
        dana.signIn("dana@luh.example");
        dana.phone();
        dana.open("/design/micro-credentials/new?lang=de");
        assertThat(new Select(dana.element(By.id("f-eqfLevel"))).getOptions()).extracting(o -> o.getText()).contains("EQR 6 (Bachelor-Niveau)");
        assertThat(new Select(dana.element(By.id("f-assessment"))).getOptions()).extracting(o -> o.getText()).contains("Klausur");
        browser.findElement(By.id("pick-modules")).sendKeys("Predictive");
        waitUntil("modules listed", d -> d.findElement(By.id("pick-modules-results")).getText().contains("Hinzufügen"));
        assertThat(dana.pageWidth()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        dana.script("arguments[0].scrollIntoView();", dana.element(By.id("pick-modules")));
        dana.accessible("module-picker-de-phone");
        browser.findElement(By.id("pick-skills")).sendKeys("zzzqqq");
        waitUntil("nothing found", d -> d.findElement(By.id("pick-skills-results")).getText().contains("Nichts gefunden"));
    }

    @Test
    void aProgrammesPartnersAreTickedByName() throws Exception {
        dana.signIn("dana@luh.example");
        dana.open("/design/micro-degrees/luh:md-ai-in-production?lang=en");
        var partners = dana.element(By.id("f-participatingInstitutions"));
        assertThat(partners.getText()).contains("Participating institutions").contains("LUT University (lut)");
        dana.script("arguments[0].scrollIntoView();", partners);
        dana.accessible("partners-en");
    }
}
