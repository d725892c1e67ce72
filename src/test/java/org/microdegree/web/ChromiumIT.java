package org.microdegree.web;

import org.microdegree.shared.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.credentials.CertificateForms;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ItemId;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole flow in a real browser (Debian's headless Chromium): a designer signs in, creates a
 * micro-credential and submits it; quality assurance approves and publishes it; it shows in the
 * public catalogue. A screenshot of each step is saved under target/screenshots.
 */
class ChromiumIT extends JourneyIT {

    @Autowired Learners learners;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Certificates certificates;
    @Autowired CertificateForms forms;

    WebDriver browser;
    WebFixtures fixtures;
    int step;

    @BeforeEach
    void start() {
        browser = HeadlessChromium.start(1280, 1600);
        EmptyDatabase.clear(jdbc);
        fixtures = new WebFixtures(accounts, catalogue, catalogueEditing);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    // the loopback address, not "localhost": a resolver or proxy setting of the machine cannot divert it
    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    /** Waits for an element; when it never comes, the page the browser shows is saved and named in the failure. */
    private WebElement element(By by) throws Exception {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> !d.findElements(by).isEmpty());
            return browser.findElement(by);
        } catch (TimeoutException e) {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path page = dir.resolve("failure-page.html");
            Files.writeString(page, browser.getPageSource());
            screenshot("failure");
            throw new AssertionError("no " + by + " on " + browser.getCurrentUrl() + " (title '" + browser.getTitle()
                    + "'); the page is saved in " + page, e);
        }
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(String.format("%02d-%s.png", ++step, name)), StandardCopyOption.REPLACE_EXISTING);
    }

    private void signIn(String email) throws Exception {
        open("/login");
        element(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(WebFixtures.PASSWORD);
        screenshot("sign-in-" + email.substring(0, email.indexOf('@')));
        browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
        waitFor(d -> d.getPageSource().contains("Signed in as " + email));
    }

    /** Signs out and waits for it: a page opened before the sign-out's redirect arrives would be replaced by it. */
    private void signOut() {
        browser.findElement(By.cssSelector("header form button[type=submit]")).click();
        waitFor(d -> d.getCurrentUrl().contains("signedOut"));
    }

    /**
     * Waits for a condition; an element replaced by the next page while it is read is read again, not
     * an error (chromedriver reports it as stale, or as "Node ... does not belong to the document").
     */
    private void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class).until(condition::apply);
    }

    @Test
    void aDesignerCreatesAndSubmitsQualityApprovesAndPublishesAndTheCatalogueShowsIt() throws Exception {
        signIn("dana@luh.example");
        open("/design/micro-credentials/new");
        element(By.id("f-id")).clear();
        browser.findElement(By.id("f-id")).sendKeys("luh:mc-cobots");
        browser.findElement(By.id("f-title-en")).sendKeys("Collaborative Robots");
        browser.findElement(By.id("f-modules")).sendKeys("luh:mb-ml-manufacturing");
        browser.findElement(By.id("f-creditPoints")).sendKeys("5");
        new Select(browser.findElement(By.id("f-eqfLevel"))).selectByValue("7");
        browser.findElement(By.id("f-learningOutcomes")).sendKeys("Plan a workplace shared by people and robots.");
        new Select(browser.findElement(By.id("f-mode"))).selectByValue("blended");
        new Select(browser.findElement(By.id("f-assessment"))).selectByValue("project");
        browser.findElement(By.id("f-skills")).sendKeys("http://data.europa.eu/esco/skill/e87ec79a-c9ff-46f5-84fa-7a0f394cdf40");
        // htmx checks the draft as it is typed: one finding is left, beside its field
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("hint-qualityAssurance")).getText().contains("quality assurance"));
        screenshot("designer-form-with-findings");
        browser.findElement(By.id("f-qualityAssurance")).sendKeys("Internal quality assurance of LUH");
        browser.findElement(By.id("save")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/design/micro-credentials/luh:mc-cobots") && !d.findElements(By.id("action-submit")).isEmpty());
        browser.findElement(By.id("action-submit")).click();
        waitFor(d -> d.findElement(By.tagName("main")).getText().contains("in review"));
        screenshot("designer-submitted");
        signOut();

        signIn("quinn@luh.example");
        open("/design/micro-credentials/luh:mc-cobots");
        element(By.id("action-approve")).click();
        waitFor(d -> !d.findElements(By.id("action-publish")).isEmpty());
        screenshot("quality-approved");
        browser.findElement(By.id("action-publish")).click();
        waitFor(d -> d.findElement(By.tagName("main")).getText().contains("published"));
        screenshot("quality-published");
        signOut();

        open("/catalogue?q=Collaborative");
        assertThat(element(By.id("results")).getText()).contains("Collaborative Robots");
        screenshot("public-catalogue");
    }

    private void fillProgramme(String id, String title) {
        browser.findElement(By.id("id")).clear();
        browser.findElement(By.id("id")).sendKeys(id);
        browser.findElement(By.id("titleEn")).sendKeys(title);
        browser.findElement(By.id("rationaleEn")).sendKeys("Employers ask for exactly this combination.");
    }

    @Test
    void aDesignerBuildsTheGapFillerInTheWizardSeesTheMatrixAndImportsTheDraft() throws Exception {
        signIn("dana@luh.example");
        open("/design");
        element(By.id("design-assistant")).click();
        element(By.id("wizard-gap-filler")).click();
        fillProgramme("luh:md-ai-gaps", "AI Gaps");
        for (String sp : List.of("luh-bsc-computer-science", "luh-bsc-electrical-engineering", "luh-bsc-geodesy")) {
            browser.findElement(By.id("sp-" + sp)).click();
        }
        for (String subject : List.of("machine-learning", "data-engineering", "ai-ethics")) {
            browser.findElement(By.id("subject-" + subject)).click();
        }
        screenshot("gap-filler-wizard");
        browser.findElement(By.id("build")).click();

        String matrix = element(By.id("matrix")).getText();
        assertThat(matrix).contains("Computer Science").contains("missing").contains("present");
        assertThat(browser.findElement(By.id("outcome")).getText())
                .contains("Students of luh:bsc-computer-science take exactly their missing parts: ai-ethics, data-engineering.");
        assertThat(browser.findElement(By.id("draft-items")).getText()).contains("luh:md-ai-gaps").contains("luh:md-ai-gaps-complete");
        assertThat(browser.findElement(By.id("conformance")).getText()).contains("conforms");
        screenshot("gap-filler-matrix");

        browser.findElement(By.id("import")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/design/micro-degrees/luh:md-ai-gaps"));
        assertThat(element(By.id("action-submit")).isDisplayed()).isTrue();
        screenshot("gap-filler-imported");
    }

    @Test
    void aDesignerComposesTheJointMasterAndIsToldWhichQuotaCannotBeMet() throws Exception {
        signIn("dana@luh.example");
        open("/design/patterns/joint-master");
        fillProgramme("luh:jm-wizard", "Wizard Joint Master");
        Map<String, String> quotas = Map.of("luh", "3", "lut", "2", "but", "2", "tuw", "3", "upm", "2");
        quotas.forEach((partner, n) -> browser.findElement(By.id("quota-" + partner)).sendKeys(n));
        browser.findElement(By.id("outcomes")).sendKeys("life cycle\nenergy\ncircular\nwaste\nbuilding");
        browser.findElement(By.id("build")).click();

        assertThat(element(By.id("composition-status")).getText()).startsWith("Optimal (proved by the solver)");
        assertThat(browser.findElement(By.id("composition")).getText()).contains("luh:jm-wizard-part-1").contains("luh:jm-wizard-part-4");
        assertThat(browser.findElement(By.id("conformance")).getText()).as(browser.findElement(By.id("outcome")).getText()).contains("conforms");
        screenshot("joint-master-composition");

        browser.findElement(By.id("quota-tuw")).clear();
        browser.findElement(By.id("quota-tuw")).sendKeys("4");
        browser.findElement(By.id("quota-upm")).clear();
        browser.findElement(By.id("quota-upm")).sendKeys("1");
        browser.findElement(By.id("build")).click();
        assertThat(element(By.id("reasons")).getText()).contains("Quota of tuw: 4 micro-credentials are asked for, but tuw offers 3");
        assertThat(browser.findElements(By.id("import"))).isEmpty();
        screenshot("joint-master-infeasible");
    }

    /** Lea passes Machine Learning; the certificate is issued after the commit, as in production. */
    private Certificate leasMachineLearningCertificate() {
        Actor registrar = fixtures.people.get("registrar").actor();
        LearnerId lea = learners.create(new LearnerInput("Lea Learner", "lea@luh.example", null, "student", "luh",
                "L-0001", List.of()), registrar).id();
        enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-essentials"),
                lea, registrar);
        achievements.record(new AchievementInput(lea.value(), null, null, "luh:mc-machine-learning", "2025-02-14", "de", "1.3",
                "5", "project", true, true, "ML-1"), registrar, "api");
        return Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> certificates.ofLearner(lea, registrar).stream().filter(c -> c.item().equals("luh:mc-machine-learning")).findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private void upload(Path file) throws Exception {
        element(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("section form button[type=submit]")).click();
    }

    @Test
    void anEmployerVerifiesLeasCertificateFromThePdfAndTheQrLinkAndSeesAForgeryAndTheRevocation() throws Exception {
        Certificate ml = leasMachineLearningCertificate();
        Path dir = Files.createTempDirectory("microdegree-verify");
        Path pdf = Files.write(dir.resolve("lea-machine-learning.pdf"), forms.pdf(ml, "de"));

        // an employer in Germany, not signed in, uploads the PDF Lea sent with her application
        open("/verify?lang=de");
        upload(pdf);
        assertThat(element(By.id("verdict")).getText()).startsWith("Gültig").contains("Leibniz");
        browser.findElement(By.cssSelector("#checks summary")).click();
        String page = browser.findElement(By.id("outcome")).getText();
        assertThat(page).contains("Signatur", "Widerrufsstatus", "Was das Zertifikat aussagt", "Lea Learner", "Maschinelles Lernen");
        assertThat(browser.findElements(By.cssSelector("#outcome tr.failed"))).isEmpty();
        screenshot("verify-pdf-valid");

        // the credential with one name changed: the signature no longer matches
        Path forged = Files.writeString(dir.resolve("forged.json"), ml.credential().replace("Lea Learner", "Lea Lerner"));
        open("/verify");
        upload(forged);
        assertThat(element(By.id("verdict")).getText()).startsWith("Nicht gültig. Signatur: die Signatur passt nicht");
        browser.findElement(By.cssSelector("#checks summary")).click();
        assertThat(browser.findElement(By.cssSelector("#outcome tr.failed")).getText()).startsWith("Signatur").contains("die Signatur passt nicht");
        screenshot("verify-forged");

        // the QR code on the PDF leads to the same check; after revocation it says so
        open("/verify/" + ml.id());
        assertThat(element(By.id("verdict")).getText()).startsWith("Gültig");
        certificates.revoke(ml.id(), "grade corrected after appeal", fixtures.people.get("registrar").actor());
        open("/verify/" + ml.id());
        assertThat(element(By.id("verdict")).getText()).startsWith("Widerrufen:").contains("(grade corrected after appeal)");
        browser.findElement(By.cssSelector("#checks summary")).click();
        assertThat(browser.findElement(By.cssSelector("#outcome tr.failed")).getText()).contains("vom Aussteller widerrufen");
        screenshot("verify-revoked");
    }
}
