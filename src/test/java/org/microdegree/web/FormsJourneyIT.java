package org.microdegree.web;

import org.microdegree.results.Achievements;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.RoundInput;
import java.util.List;
import org.microdegree.learners.LearnerDirectory;
import org.microdegree.results.model.RecognitionCase;
import org.microdegree.results.Recognitions;
import org.microdegree.results.RecognitionDecisionInput;
import org.microdegree.results.RecognitionInput;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.LearnerId;
import org.microdegree.shared.Role;
import org.microdegree.shared.Grant;
import java.util.Set;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.learners.Learners;
import org.microdegree.shared.Actor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Forms keep what was typed and say beside each field what is wrong. Robin, LUH's registrar, types a result with a German-style grade of 7,0 for a student number nobody
 * has: the desk comes back with what she typed and each problem beside its field, nothing recorded; she
 * corrects the two fields and the result is recorded. An enrolment for an unknown student number comes
 * back the same way. In English and German, at desktop and phone width (390 px), each page checked with
 * axe-core (0 violations). Decided recognition cases stay on her desk, filtered by decision. Lea, a
 * learner, applies with a grade of 7,0 and then a second time: each time the round's form comes back with
 * her choices and the reason. Screenshots under target/screenshots/forms.
 */
class FormsJourneyIT extends JourneyIT {

    @Autowired Learners learners;
    @Autowired Recognitions recognitions;
    @Autowired ApplicationRounds applicationRounds;
    @Autowired PlacingApplications placingApplications;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired LearnerDirectory directory;

    WebFixtures fixtures;
    BrowserJourney robin;
    WebDriver browser;

    @BeforeEach
    void janaStudiesAtLuh() {
        robin = new BrowserJourney(port, "forms");
        browser = robin.browser;
        EmptyDatabase.clear(jdbc);
        fixtures = new WebFixtures(accounts, catalogue, catalogueEditing);
        learners.importCsv("learners.csv", "institution;student_number;name;email;status\nluh;J-1;Jana Jobs;jana@luh.example;student\n"
                .getBytes(StandardCharsets.UTF_8), Actor.operator("test"));
    }

    @AfterEach
    void stop() {
        if (robin != null) {
            robin.close();
        }
    }

    private void typeResult(String number, String grade) {
        type("r-institution", "luh");
        type("r-number", number);
        type("r-item", "luh:mc-machine-learning");
        robin.script("document.getElementById('r-date').value = '2025-02-14';");
        new Select(browser.findElement(By.id("r-scale"))).selectByValue("de");
        type("r-grade", grade);
        type("r-cp", "5");
        new Select(browser.findElement(By.id("r-assessment"))).selectByValue("written-exam");
        type("r-reference", "EX-J-1");
        robin.submit(By.cssSelector("#result-form button[type=submit]"));
    }

    private void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private long results() {
        return jdbc.queryForObject("select count(*) from learners_achievement", Long.class);
    }

    @Test
    void aRefusedResultComesBackAsTypedWithEachProblemBesideItsField() throws Exception {
        robin.signIn("robin@luh.example");
        robin.open("/registrar?lang=en");
        typeResult("J-404", "7,0");

        assertThat(robin.element(By.cssSelector("#result-form p.error")).getText()).isEqualTo("Please correct the marked fields.");
        assertThat(browser.findElement(By.id("r-number-error")).getText()).isEqualTo("no learner has the student number 'J-404' at luh");
        assertThat(browser.findElement(By.id("r-grade-error")).getText()).startsWith("'7,0' is not a grade on the de scale");
        assertThat(browser.findElement(By.id("r-grade")).getDomAttribute("aria-describedby")).isEqualTo("r-grade-error");
        assertThat(value("r-number")).isEqualTo("J-404");
        assertThat(value("r-grade")).isEqualTo("7,0");
        assertThat(value("r-item")).isEqualTo("luh:mc-machine-learning");
        assertThat(value("r-date")).isEqualTo("2025-02-14");
        assertThat(value("r-reference")).isEqualTo("EX-J-1");
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("Something went wrong");
        assertThat(results()).as("nothing is recorded").isZero();
        robin.accessible("result-refused");

        // she corrects the two fields she was shown; the rest stays as she typed it
        type("r-number", "J-1");
        type("r-grade", "1.3");
        robin.submit(By.cssSelector("#result-form button[type=submit]"));
        assertThat(robin.element(By.cssSelector("p[role=status]")).getText()).isNotBlank();
        assertThat(browser.findElements(By.id("r-grade-error"))).isEmpty();
        assertThat(results()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select grade from learners_achievement", String.class)).isEqualTo("1.3");
        robin.accessible("result-recorded");

        // an enrolment for a student number nobody has
        type("e-institution", "luh");
        type("e-number", "J-404");
        new Select(browser.findElement(By.id("e-kind"))).selectByValue("micro-degree");
        type("e-item", "luh:md-ai-essentials");
        robin.submit(By.cssSelector("#enrol-form button[type=submit]"));
        assertThat(robin.element(By.id("e-number-error")).getText()).isEqualTo("no learner has the student number 'J-404' at luh");
        assertThat(new Select(browser.findElement(By.id("e-kind"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("micro-degree");
        assertThat(value("e-item")).isEqualTo("luh:md-ai-essentials");
        robin.accessible("enrolment-refused");

        // Jana in her Bachelor's programme; the list of enrolments shows it, filtered to study programmes
        type("e-number", "J-1");
        new Select(browser.findElement(By.id("e-kind"))).selectByValue("study-programme");
        type("e-item", "luh:bsc-computer-science");
        robin.submit(By.cssSelector("#enrol-form button[type=submit]"));
        assertThat(robin.element(By.cssSelector("p[role=status]")).getText()).isEqualTo("The learner has been enrolled.");
        robin.submit(By.id("enrolments-link"));
        new Select(robin.element(By.id("enrolment-kind"))).selectByValue("study-programme");
        robin.submit(By.cssSelector("#enrolment-filter button"));
        assertThat(robin.element(By.id("enrolments")).getText()).contains("Jana Jobs", "luh:bsc-computer-science", "enrolled");
        robin.accessible("enrolments");
        robin.open("/registrar?lang=en");

        // in German, and on a phone
        robin.open("/registrar?lang=de");
        typeResult("J-404", "7,0");
        assertThat(robin.element(By.cssSelector("#result-form p.error")).getText()).isEqualTo("Bitte korrigieren Sie die markierten Felder.");
        assertThat(value("r-grade")).isEqualTo("7,0");
        robin.accessible("result-refused-de");
        robin.phone();
        robin.open("/registrar");
        typeResult("J-404", "7,0");
        assertThat(robin.element(By.id("r-grade-error")).isDisplayed()).isTrue();
        assertThat(robin.pageWidth()).as("the desk fits a 390 px phone").isLessThanOrEqualTo(390L);
        robin.accessible("result-refused-de-phone");
    }

    @Test
    void decidedRecognitionCasesStayOnTheDeskAndAreFilteredByDecision() throws Exception {
        Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));
        LearnerId jana = directory.byStudentNumber(InstitutionId.of("luh"), "J-1").orElseThrow();
        RecognitionCase energy = recognitions.request(new RecognitionInput(jana.value(), null, "LUT University", "Energy Data Analytics", "3", "A",
                "micro-credential", "luh:mc-machine-learning", null, null), registrar);
        recognitions.startReview(energy.id(), registrar);
        recognitions.decide(energy.id(), new RecognitionDecisionInput("granted", null, "Same learning outcomes at EQF 7."), registrar);

        RecognitionCase solar = recognitions.request(new RecognitionInput(jana.value(), null, "LUT University", "Solar Economics", "5", "B",
                "micro-credential", "luh:mc-ai-ethics", null, null), registrar);
        recognitions.startReview(solar.id(), registrar);

        robin.signIn("robin@luh.example");
        robin.open("/registrar?lang=en");
        assertThat(robin.element(By.id("decided-cases")).getText()).contains("luh:mc-machine-learning", "granted", "Same learning outcomes at EQF 7.",
                "Robin Registrar");

        // a partial grant with nothing credited and no reasons: the case's form comes back as chosen, told why beside each field
        new Select(browser.findElement(By.id("decision-" + solar.id()))).selectByValue("partially-granted");
        robin.submit(By.cssSelector("#decide-" + solar.id() + " button[type=submit]"));
        assertThat(robin.element(By.id("why-" + solar.id() + "-error")).getText()).isEqualTo("every decision states its reasons");
        assertThat(browser.findElement(By.id("credited-" + solar.id() + "-error")).getText()).startsWith("a partial grant credits more than 0");
        assertThat(new Select(browser.findElement(By.id("decision-" + solar.id()))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("partially-granted");
        robin.accessible("decision-refused");
        robin.accessible("decided-cases");
        new Select(browser.findElement(By.id("decision-filter"))).selectByValue("denied");
        robin.submit(By.cssSelector("#decided-filter button"));
        assertThat(robin.element(By.id("decided")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("decided-cases"))).as("no case was denied").isEmpty();
        assertThat(new Select(browser.findElement(By.id("decision-filter"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("denied");
        robin.open("/registrar?lang=de&decision=granted");
        assertThat(robin.element(By.id("decided-cases")).getText()).contains("Same learning outcomes at EQF 7.");
        robin.phone();
        robin.open("/registrar?decision=granted");
        assertThat(robin.pageWidth()).isLessThanOrEqualTo(390L);
        robin.accessible("decided-cases-de-phone");
    }

    @Test
    void aRefusedApplicationComesBackWithHerChoicesAndTheReason() throws Exception {
        fixtures.learners(learners, applicationRounds, placingApplications, enrollingLearners, achievements, recognitions);
        String round = WebFixtures.RANKED_ROUND;
        robin.signIn("lea@luh.example");
        robin.open("/rounds?lang=en");
        applyWith(round, "7,0");

        assertThat(robin.element(By.id("grade-error-" + round)).getText()).isEqualTo("a German grade from 1.0 to 5.0");
        assertThat(value("grade-" + round)).isEqualTo("7,0");
        assertThat(value("home-" + round)).isEqualTo("luh");
        assertThat(new Select(browser.findElement(By.id("enrolled-" + round))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("7");
        assertThat(new Select(browser.findElement(By.id("english-" + round))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("C1");
        robin.accessible("application-refused");

        // she applied to this round before: the reason, and her choices still there
        type("grade-" + round, "1.7");
        robin.submit(By.cssSelector("[id='round-" + round + "'] form[action$='/apply'] button[type=submit]"));
        assertThat(robin.element(By.cssSelector("[id='round-" + round + "'] p.error")).getText())
                .isEqualTo("this learner has applied to round " + round + " already");
        assertThat(value("grade-" + round)).isEqualTo("1.7");
        assertThat(browser.getPageSource()).doesNotContain("Something went wrong");
        robin.accessible("application-twice");

        robin.open("/rounds?lang=de");
        applyWith(round, "7,0");
        assertThat(robin.element(By.cssSelector("[id='round-" + round + "'] p.error")).getText()).isEqualTo("Bitte korrigieren Sie die markierten Felder.");
        robin.phone();
        robin.open("/rounds");
        applyWith(round, "7,0");
        assertThat(robin.element(By.id("grade-error-" + round)).isDisplayed()).isTrue();
        assertThat(robin.pageWidth()).isLessThanOrEqualTo(390L);
        robin.accessible("application-refused-de-phone");
    }

    private void applyWith(String round, String grade) {
        type("home-" + round, "luh");
        new Select(browser.findElement(By.id("enrolled-" + round))).selectByValue("7");
        new Select(browser.findElement(By.id("prior-" + round))).selectByValue("6");
        type("grade-" + round, grade);
        new Select(browser.findElement(By.id("english-" + round))).selectByValue("C1");
        robin.submit(By.cssSelector("[id='round-" + round + "'] form[action$='/apply'] button[type=submit]"));
    }

    @Test
    void theRegistrarOpensARoundAndARefusedOneComesBackAsTyped() throws Exception {
        robin.signIn("robin@luh.example");
        robin.open("/registrar?lang=en");
        robin.submit(By.id("new-round"));
        assertThat(robin.element(By.tagName("h1")).getText()).isEqualTo("Open an application round");
        new Select(browser.findElement(By.id("offering"))).selectByValue("micro-degree|luh:md-ai-essentials");
        type("id", "luh:ai-essentials-2027");
        robin.script("document.getElementById('opens').value = '2027-03-01T00:00'; document.getElementById('closes').value = '2027-02-01T00:00';");
        type("capacity", "0");
        type("documents", "CV");
        type("masterAt", "luh, LUT");
        new Select(browser.findElement(By.id("englishAtLeast"))).selectByValue("B2");
        robin.submit(By.cssSelector("#round-form button[type=submit]"));

        assertThat(robin.element(By.cssSelector("#round-form p.error")).getText()).isEqualTo("Please correct the marked fields.");
        assertThat(browser.findElement(By.id("closes-error")).getText()).isEqualTo("must be after the opening");
        assertThat(browser.findElement(By.id("capacity-error")).getText()).isEqualTo("must be 1 to 100000");
        assertThat(browser.findElement(By.id("documents-error")).getText()).startsWith("a document is named in lower-case letters");
        assertThat(browser.findElement(By.id("masterAt-error")).getText()).isEqualTo("'LUT' is not an institution id");
        assertThat(value("id")).isEqualTo("luh:ai-essentials-2027");
        assertThat(value("opens")).isEqualTo("2027-03-01T00:00");
        assertThat(value("masterAt")).isEqualTo("luh, LUT");
        assertThat(new Select(browser.findElement(By.id("englishAtLeast"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("B2");
        assertThat(new Select(browser.findElement(By.id("offering"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("micro-degree|luh:md-ai-essentials");
        assertThat(jdbc.queryForObject("select count(*) from learners_round", Integer.class)).isZero();
        robin.accessible("round-refused");

        robin.script("document.getElementById('closes').value = '2027-03-31T23:59';");
        type("capacity", "30");
        type("documents", "cv");
        type("masterAt", "luh, lut");
        robin.submit(By.cssSelector("#round-form button[type=submit]"));
        assertThat(robin.element(By.cssSelector("p[role=status]")).getText()).isEqualTo("The round is open.");
        assertThat(browser.findElement(By.id("rounds")).findElement(By.xpath("following-sibling::article")).getText())
                .contains("AI Essentials", "luh:ai-essentials-2027", "0 of 30");
        robin.accessible("round-opened");

        // a page that does not exist: she stays signed in on it
        robin.open("/registrar/no-such-page?lang=en");
        assertThat(browser.getPageSource()).contains("Signed in as robin@luh.example");
        robin.accessible("not-found-signed-in");

        robin.open("/registrar/rounds/new?lang=de");
        assertThat(robin.element(By.tagName("h1")).getText()).isEqualTo("Bewerbungsrunde eröffnen");
        robin.submit(By.cssSelector("#round-form button[type=submit]"));
        assertThat(robin.element(By.cssSelector("#round-form p.error")).getText()).isEqualTo("Bitte korrigieren Sie die markierten Felder.");
        robin.accessible("round-refused-de");
        robin.phone();
        robin.open("/registrar/rounds/new");
        assertThat(robin.pageWidth()).isLessThanOrEqualTo(390L);
        robin.accessible("round-form-de-phone");
    }

    @Test
    void theRegistrarChangesAnOpenRoundAndClosesIt() throws Exception {
        Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));
        applicationRounds.createRound(new RoundInput("luh:ai-essentials-2027", "micro-degree", "luh:md-ai-essentials", "2026-01-01T00:00",
                "2099-12-31T23:00", "Europe/Berlin", "ranked", 30, null, List.of(), List.of("cv"), new RoundInput.Weights(1.0, 0.0)), registrar);
        robin.signIn("robin@luh.example");
        robin.open("/registrar?lang=en");
        robin.submit(By.cssSelector("a[aria-label='Change the round luh:ai-essentials-2027']"));
        assertThat(robin.element(By.tagName("h1")).getText()).isEqualTo("Change the round luh:ai-essentials-2027");
        assertThat(value("capacity")).isEqualTo("30");
        assertThat(value("opens")).isEqualTo("2026-01-01T00:00");
        assertThat(value("documents")).isEqualTo("cv");
        assertThat(browser.findElement(By.id("offering")).isEnabled()).as("the offering stays").isFalse();

        type("capacity", "0");
        robin.submit(By.cssSelector("#round-form button[type=submit]"));
        assertThat(robin.element(By.id("capacity-error")).getText()).isEqualTo("must be 1 to 100000");
        assertThat(value("documents")).isEqualTo("cv");
        assertThat(value("closes")).isEqualTo("2099-12-31T23:00");
        robin.accessible("round-change-refused");
        type("capacity", "25");
        robin.submit(By.cssSelector("#round-form button[type=submit]"));
        assertThat(robin.element(By.cssSelector("p[role=status]")).getText()).isEqualTo("The round has been changed.");
        assertThat(jdbc.queryForObject("select capacity from learners_round where id = 'luh:ai-essentials-2027'", Integer.class)).isEqualTo(25);

        robin.submit(By.cssSelector("button[aria-label='Close the round luh:ai-essentials-2027 now']"));
        assertThat(robin.element(By.cssSelector("p[role=status]")).getText()).isEqualTo("The round is closed: it takes no more applications.");
        assertThat(browser.findElements(By.cssSelector("button[aria-label='Close the round luh:ai-essentials-2027 now']"))).isEmpty();
        robin.accessible("round-closed");
        robin.open("/registrar/rounds/luh:ai-essentials-2027/edit?lang=de");
        assertThat(robin.element(By.tagName("h1")).getText()).isEqualTo("Die Runde luh:ai-essentials-2027 ändern");
        robin.phone();
        robin.open("/registrar/rounds/luh:ai-essentials-2027/edit");
        assertThat(robin.pageWidth()).isLessThanOrEqualTo(390L);
        robin.accessible("round-change-de-phone");
    }
}
