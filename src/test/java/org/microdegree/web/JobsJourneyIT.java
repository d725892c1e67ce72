package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.TestDatabase;
import org.microdegree.accounts.Accounts;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.Learners;
import org.microdegree.shared.Actor;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Robin, LUH's registrar, imports the exam office's results in the browser: the first file has a
 * wrong grade and she sees every error by line, nothing written; the corrected file shows its first
 * rows and what it will do; she runs it, the jobs page follows the job to its end, and the three
 * learners who passed Machine Learning hold their certificates. In English and German, at desktop
 * and phone width (390 px), each page checked with axe-core (0 violations); screenshots under
 * target/screenshots/jobs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobsJourneyIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties("jobsjourney").forEach((k, v) -> registry.add(k, () -> v));
    }

    private static final String HEADER = "institution;student_number;item;date;scale;grade;credit_points;assessment;supervised;identity_verified;reference\n";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Catalogue catalogue;
    @Autowired
    CatalogueEditing catalogueEditing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Learners learners;
    @Autowired
    EnrollingLearners enrollingLearners;

    WebDriver browser;
    int step;
    Path shots = Path.of("target", "screenshots", "jobs");

    @BeforeEach
    void threeLearnersEnrolledInMachineLearning() throws Exception {
        browser = HeadlessChromium.start(1280, 1400);
        EmptyDatabase.clear(jdbc);
        new WebFixtures(accounts, catalogue, catalogueEditing);
        Actor operator = Actor.operator("test");
        learners.importCsv("learners.csv", ("institution;student_number;name;email;status\n"
                + "luh;J-1;Jana Jobs;jana@luh.example;student\nluh;J-2;Jonas Jobs;jonas@luh.example;student\n"
                + "luh;J-3;Jule Jobs;jule@luh.example;student\n").getBytes(StandardCharsets.UTF_8), operator);
        enrollingLearners.importEnrolmentsForJob("enrolments.csv", ("institution;student_number;kind;item\n"
                + "luh;J-1;micro-credential;luh:mc-machine-learning\nluh;J-2;micro-credential;luh:mc-machine-learning\n"
                + "luh;J-3;micro-credential;luh:mc-machine-learning\n").getBytes(StandardCharsets.UTF_8), operator);
        Files.createDirectories(shots);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theRegistrarChecksAnExamOfficeFileRunsItAsAJobAndFollowsItToItsEnd() throws Exception {
        signIn("robin@luh.example");
        open("/jobs?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bulk jobs");
        accessible("jobs-empty");

        // a grade with a comma where the scale needs one of its grades: every error by line, nothing written
        Path wrong = Files.writeString(Files.createTempFile("results-wrong", ".csv"), HEADER
                + "luh;J-1;luh:mc-machine-learning;2025-02-14;de;1,3;5;written-exam;yes;yes;EX-J-1\n"
                + "luh;J-2;luh:mc-machine-learning;2025-02-14;de;9.9;5;written-exam;yes;yes;EX-J-2\n"
                + "luh;J-9;luh:mc-machine-learning;2025-02-14;de;2.0;5;written-exam;yes;yes;EX-J-9\n");
        open("/jobs/import");
        new Select(browser.findElement(By.id("part"))).selectByValue("achievements.csv");
        browser.findElement(By.id("file")).sendKeys(wrong.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        String problems = element(By.id("problems")).getText();
        assertThat(problems).contains(wrong.getFileName().toString() + ":3").contains("J-9");
        assertThat(browser.getPageSource()).doesNotContain("Exception");
        assertThat(jdbc.queryForObject("select count(*) from learners_achievement", Integer.class)).isZero();
        accessible("import-errors");

        // the corrected file: its first rows, and what it will do
        Path right = Files.writeString(Files.createTempFile("results", ".csv"), HEADER
                + "luh;J-1;luh:mc-machine-learning;2025-02-14;de;1.3;5;written-exam;yes;yes;EX-J-1\n"
                + "luh;J-2;luh:mc-machine-learning;2025-02-14;de;2.0;5;written-exam;yes;yes;EX-J-2\n"
                + "luh;J-3;luh:mc-machine-learning;2025-02-14;de;2.7;5;written-exam;yes;yes;EX-J-3\n");
        browser.findElement(By.id("file")).sendKeys(right.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        assertThat(element(By.id("would")).getText()).isEqualTo("3 rows: 3 new, 0 changed, 0 unchanged.");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("student_number", "J-2", "EX-J-3");
        assertThat(jdbc.queryForObject("select count(*) from learners_achievement", Integer.class)).as("a preview writes nothing").isZero();
        accessible("import-preview");

        // run: the jobs page follows the job until it completed
        browser.findElement(By.cssSelector("form[action*='/jobs/import/'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("jobs-table")).getText().contains("completed"));
        String table = browser.findElement(By.id("jobs-table")).getText();
        assertThat(table).contains("3 of 3 learners").contains("3 certificates issued");
        accessible("jobs-completed");
        assertThat(jdbc.queryForObject("select count(*) from certificate where item_id = 'luh:mc-machine-learning'", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Integer.class)).as("no event left behind").isZero();

        browser.findElement(By.cssSelector("#jobs-table td a")).click();
        assertThat(element(By.tagName("h1")).getText()).startsWith("Job ");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("import-data", "audit-and-award-learners:partition0");
        accessible("job-steps");

        // in German, and on a phone
        open("/jobs?lang=de");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Massenaufträge");
        assertThat(browser.findElement(By.id("jobs-table")).getText()).contains("abgeschlossen", "3 von 3 Lernenden");
        accessible("jobs-de");
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/jobs");
        Long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as("the page fits a 390 px phone").isLessThanOrEqualTo(390L);
        accessible("jobs-de-phone");
        open("/jobs/import?lang=en");
        width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).isLessThanOrEqualTo(390L);
        accessible("import-phone");
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private WebElement element(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(by).isEmpty());
        return browser.findElement(by);
    }

    private void signIn(String email) {
        open("/login");
        element(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(WebFixtures.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getPageSource().contains("Signed in as " + email));
    }

    /** A screenshot of the page, and axe-core's check of it: no violation of any rule. */
    private void accessible(String name) throws Exception {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, shots.resolve(String.format("%02d-%s.png", ++step, name)), StandardCopyOption.REPLACE_EXISTING);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        try (var axe = JobsJourneyIT.class.getResourceAsStream("/axe/axe.min.js")) {
            js.executeScript(new String(axe.readAllBytes(), StandardCharsets.UTF_8));
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations.map(function (v) {"
                + " return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); });");
        assertThat(violations).as("axe-core on " + name + " (" + browser.getCurrentUrl() + ")").isEmpty();
    }
}
