package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.Learners;
import org.microdegree.shared.Actor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Robin, LUH's registrar, imports the exam office's results in the browser: the first file has a
 * wrong grade and she sees every error by line, nothing written; the corrected file shows its first
 * rows and what it will do; she runs it, the jobs page follows the job to its end, and the three
 * learners who passed Machine Learning hold their certificates. In English and German, at desktop
 * and phone width (390 px), each page checked with axe-core (0 violations); screenshots under
 * target/screenshots/jobs.
 */
class JobsJourneyIT extends JourneyIT {

    private static final String HEADER = "institution;student_number;item;date;scale;grade;credit_points;assessment;supervised;identity_verified;reference\n";

    @Autowired Learners learners;
    @Autowired EnrollingLearners enrollingLearners;

    BrowserJourney robin;
    WebDriver browser;

    @BeforeEach
    void threeLearnersEnrolledInMachineLearning() throws Exception {
        robin = new BrowserJourney(port, "jobs");
        browser = robin.browser;
        EmptyDatabase.clear(jdbc);
        new WebFixtures(accounts, catalogue, catalogueEditing);
        Actor operator = Actor.operator("test");
        learners.importCsv("learners.csv", ("institution;student_number;name;email;status\n"
                + "luh;J-1;Jana Jobs;jana@luh.example;student\nluh;J-2;Jonas Jobs;jonas@luh.example;student\n"
                + "luh;J-3;Jule Jobs;jule@luh.example;student\n").getBytes(StandardCharsets.UTF_8), operator);
        enrollingLearners.importEnrolmentsForJob("enrolments.csv", ("institution;student_number;kind;item\n"
                + "luh;J-1;micro-credential;luh:mc-machine-learning\nluh;J-2;micro-credential;luh:mc-machine-learning\n"
                + "luh;J-3;micro-credential;luh:mc-machine-learning\n").getBytes(StandardCharsets.UTF_8), operator);
    }

    @AfterEach
    void stop() {
        if (robin != null) {
            robin.close();
        }
    }

    @Test
    void theRegistrarChecksAnExamOfficeFileRunsItAsAJobAndFollowsItToItsEnd() throws Exception {
        robin.signIn("robin@luh.example");
        robin.open("/jobs?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bulk jobs");
        robin.accessible("jobs-empty");

        // a grade with a comma where the scale needs one of its grades: every error by line, nothing written
        Path wrong = Files.writeString(Files.createTempFile("results-wrong", ".csv"), HEADER
                + "luh;J-1;luh:mc-machine-learning;2025-02-14;de;1,3;5;written-exam;yes;yes;EX-J-1\n"
                + "luh;J-2;luh:mc-machine-learning;2025-02-14;de;9.9;5;written-exam;yes;yes;EX-J-2\n"
                + "luh;J-9;luh:mc-machine-learning;2025-02-14;de;2.0;5;written-exam;yes;yes;EX-J-9\n");
        robin.open("/jobs/import");
        new Select(browser.findElement(By.id("part"))).selectByValue("achievements.csv");
        browser.findElement(By.id("file")).sendKeys(wrong.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        String problems = robin.element(By.id("problems")).getText();
        assertThat(problems).contains(wrong.getFileName().toString() + ":3").contains("J-9");
        assertThat(browser.getPageSource()).doesNotContain("Exception");
        assertThat(jdbc.queryForObject("select count(*) from learners_achievement", Integer.class)).isZero();
        robin.accessible("import-errors");

        // the corrected file: its first rows, and what it will do
        Path right = Files.writeString(Files.createTempFile("results", ".csv"), HEADER
                + "luh;J-1;luh:mc-machine-learning;2025-02-14;de;1.3;5;written-exam;yes;yes;EX-J-1\n"
                + "luh;J-2;luh:mc-machine-learning;2025-02-14;de;2.0;5;written-exam;yes;yes;EX-J-2\n"
                + "luh;J-3;luh:mc-machine-learning;2025-02-14;de;2.7;5;written-exam;yes;yes;EX-J-3\n");
        browser.findElement(By.id("file")).sendKeys(right.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        assertThat(robin.element(By.id("would")).getText()).isEqualTo("3 rows: 3 new, 0 changed, 0 unchanged.");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("student_number", "J-2", "EX-J-3");
        assertThat(jdbc.queryForObject("select count(*) from learners_achievement", Integer.class)).as("a preview writes nothing").isZero();
        robin.accessible("import-preview");

        // run: the jobs page follows the job until it completed
        browser.findElement(By.cssSelector("form[action*='/jobs/import/'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("jobs-table")).getText().contains("completed"));
        String table = browser.findElement(By.id("jobs-table")).getText();
        assertThat(table).contains("3 of 3 learners").contains("3 certificates issued");
        robin.accessible("jobs-completed");
        assertThat(jdbc.queryForObject("select count(*) from certificate where item_id = 'luh:mc-machine-learning'", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Integer.class)).as("no event left behind").isZero();

        browser.findElement(By.cssSelector("#jobs-table td a")).click();
        assertThat(robin.element(By.tagName("h1")).getText()).startsWith("Job ");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("import-data", "audit-and-award-learners:partition0");
        robin.accessible("job-steps");

        // in German, and on a phone
        robin.open("/jobs?lang=de");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Massenaufträge");
        assertThat(browser.findElement(By.id("jobs-table")).getText()).contains("abgeschlossen", "3 von 3 Lernenden");
        robin.accessible("jobs-de");
        robin.phone();
        robin.open("/jobs");
        long width = robin.pageWidth();
        assertThat(width).as("the page fits a 390 px phone").isLessThanOrEqualTo(390L);
        robin.accessible("jobs-de-phone");
        robin.open("/jobs/import?lang=en");
        width = robin.pageWidth();
        assertThat(width).isLessThanOrEqualTo(390L);
        robin.accessible("import-phone");
    }
}
