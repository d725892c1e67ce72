package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.credentials.AwardingCertificates;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.ConfirmingAwards;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Grant;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.LearnerId;
import org.microdegree.shared.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Robin, LUH's registrar, at her certificates: Machine Learning is awarded only on her confirmation,
 * and Leo's award waits for it; she issues it. She finds Lea by student number, opens her Machine
 * Learning certificate, tries to revoke it without a reason (the error stands beside the field) and
 * then with one. A revocation list with an unknown certificate is refused line by line; the
 * corrected list runs as a job that revokes Leo's certificate. She exports every certificate as a
 * ZIP and downloads it from the job's page. In English and German, at desktop and phone width
 * (390 px), each page checked with axe-core (0 violations); screenshots under
 * target/screenshots/certificate-desk.
 */
class CertificateDeskJourneyIT extends JourneyIT {

    @Autowired Learners learners;
    @Autowired EnrollingLearners enrolling;
    @Autowired Achievements achievements;
    @Autowired Certificates certificates;
    @Autowired AwardingCertificates awarding;
    @Autowired ConfirmingAwards confirming;
    @Autowired Clock clock;

    final Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));
    BrowserJourney robin;
    WebDriver browser;
    LeasCertificates lea;
    LearnerId leo;

    @BeforeEach
    void leoPassedMachineLearningWhichLuhConfirmsByHand() {
        robin = new BrowserJourney(port, "certificate-desk");
        browser = robin.browser;
        EmptyDatabase.clear(jdbc);
        new WebFixtures(accounts, catalogue, catalogueEditing);
        lea = LeasCertificates.issued(learners, enrolling, achievements, certificates, registrar);
        awarding.setConfirmation(ItemKind.MICRO_CREDENTIAL, ItemId.of("luh:mc-machine-learning"), true, registrar);
        leo = learners.create(new LearnerInput("Leo Learner", "leo@luh.example", null, "student", "luh", "L-0002", List.of()), registrar).id();
        enrolling.enrolDirectly(ItemKind.MICRO_CREDENTIAL, ItemId.of("luh:mc-machine-learning"), leo, registrar);
        achievements.record(new AchievementInput(leo.value(), null, null, "luh:mc-machine-learning", "2025-06-30", "de", "1.7", "5", "project",
                true, true, "ML-2"), registrar, "api");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !confirming.waiting(registrar).isEmpty());
    }

    @AfterEach
    void stop() {
        if (robin != null) {
            robin.close();
        }
    }

    private int certificatesOf(LearnerId learner, String status) {
        return jdbc.queryForObject("select count(*) from certificate where learner_id = ? and status = ?", Integer.class, learner.value(), status);
    }

    private String statusOf(String certificate) {
        return jdbc.queryForObject("select status from certificate where id = ?", String.class, certificate);
    }

    @Test
    void theRegistrarConfirmsAnAwardRevokesCertificatesAndExportsThemAll() throws Exception {
        robin.signIn("robin@luh.example");
        robin.open("/registrar?lang=en");
        robin.submit(By.id("certificate-desk"));
        assertThat(robin.element(By.tagName("h1")).getText()).isEqualTo("Certificates of your institutions");
        String waiting = browser.findElement(By.id("confirm-form")).getText();
        // met on the day the audit found it met: today, by the application's clock
        assertThat(waiting).contains("Leo Learner", "Machine Learning", "luh:mc-machine-learning v1",
                LocalDate.now(clock).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        assertThat(certificatesOf(leo, "valid")).as("nothing is issued before she confirms").isZero();
        robin.accessible("waiting");

        // she confirms Leo's award: issued, and nothing waits any more
        browser.findElement(By.cssSelector("#confirm-form input[type=checkbox]")).click();
        robin.submit(By.cssSelector("#confirm-form button[type=submit]"));
        assertThat(robin.element(By.id("confirmed")).getText()).isEqualTo("1 certificates issued (0 had been issued before).");
        assertThat(browser.findElements(By.id("confirm-form"))).isEmpty();
        assertThat(certificatesOf(leo, "valid")).isEqualTo(1);
        robin.accessible("confirmed");

        // Lea by her student number: two certificates, one revoked before
        browser.findElement(By.id("cert-q")).sendKeys("L-0001");
        robin.submit(By.cssSelector("#certificate-filter button"));
        String found = robin.element(By.id("certificates")).getText();
        assertThat(found).contains("Lea Learner").doesNotContain("Leo Learner").contains("valid", "revoked");
        robin.submit(By.cssSelector("a[href$='/registrar/certificates/" + lea.machineLearning().id().value() + "']"));
        assertThat(robin.element(By.id("certificate-status")).getText()).isEqualTo("valid");
        robin.accessible("certificate");

        // no reason: the error beside the field, nothing revoked; then with a reason
        robin.submit(By.cssSelector("#revoke-form button[type=submit]"));
        assertThat(robin.element(By.id("reason-error")).getText()).isEqualTo("a revocation needs a reason");
        assertThat(browser.findElement(By.id("reason")).getDomAttribute("aria-describedby")).isEqualTo("reason-error");
        assertThat(statusOf(lea.machineLearning().id().value())).isEqualTo("valid");
        robin.accessible("revoke-refused");
        browser.findElement(By.id("reason")).sendKeys("the exam was taken by someone else");
        robin.submit(By.cssSelector("#revoke-form button[type=submit]"));
        // the page after the revocation, not the one it was sent from
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.id("revoke-form")).isEmpty());
        assertThat(robin.element(By.id("certificate-status")).getText()).startsWith("revoked on ").endsWith(": the exam was taken by someone else");
        assertThat(browser.findElements(By.id("revoke-form"))).isEmpty();
        assertThat(statusOf(lea.machineLearning().id().value())).isEqualTo("revoked");

        // a revocation list with an unknown certificate: every error by line, nothing revoked
        String leosCertificate = jdbc.queryForObject("select id from certificate where learner_id = ?", String.class, leo.value());
        Path wrong = Files.writeString(Files.createTempFile("revocations-wrong", ".csv"), "certificate,reason\n"
                + leosCertificate + ",grade corrected by the exam board\n00000000-0000-4000-8000-000000000000,mistake\n");
        robin.open("/registrar/certificates");
        browser.findElement(By.id("revocation-file")).sendKeys(wrong.toAbsolutePath().toString());
        robin.submit(By.cssSelector("#revocation-form button[type=submit]"));
        assertThat(robin.element(By.id("revocation-problems")).getText()).contains(wrong.getFileName() + ":3",
                "no certificate 00000000-0000-4000-8000-000000000000");
        assertThat(certificatesOf(leo, "valid")).isEqualTo(1);
        robin.accessible("revocation-list-refused");

        Path right = Files.writeString(Files.createTempFile("revocations", ".csv"), "certificate,reason\n"
                + leosCertificate + ",grade corrected by the exam board\n");
        browser.findElement(By.id("revocation-file")).sendKeys(right.toAbsolutePath().toString());
        robin.submit(By.cssSelector("#revocation-form button[type=submit]"));
        assertThat(robin.element(By.cssSelector("#run-revocations p")).getText())
                .isEqualTo(right.getFileName() + " lists 1 certificates; every line is in order.");
        assertThat(certificatesOf(leo, "valid")).as("checking revokes nothing").isEqualTo(1);
        robin.accessible("revocation-list-checked");
        robin.submit(By.cssSelector("#run-revocations button"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("jobs-table")).getText().contains("completed"));
        assertThat(certificatesOf(leo, "revoked")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select revoked_reason from certificate where id = ?", String.class, leosCertificate))
                .isEqualTo("grade corrected by the exam board");

        // every certificate as a ZIP: a job writes it, its page offers it
        robin.open("/registrar/certificates");
        new Select(browser.findElement(By.id("export-pdf"))).selectByValue("");
        robin.submit(By.cssSelector("#export-form button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("jobs-table")).getText().contains("Certificate export")
                    && d.findElement(By.cssSelector("#jobs-table tbody tr")).getText().contains("completed");
        });
        robin.submit(By.cssSelector("#jobs-table tbody tr td a"));
        String zip = String.valueOf(robin.asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('download').href).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                + " + r.headers.get('content-type') + ' ' + String.fromCharCode(...new Uint8Array(b).slice(0, 2)) + ' ' + b.byteLength)));"));
        assertThat(zip).startsWith("200 application/zip PK ");
        robin.accessible("export-job");

        // in German, and on a phone
        robin.open("/registrar/certificates?lang=de&q=L-0001");
        assertThat(robin.element(By.tagName("h1")).getText()).isEqualTo("Zertifikate Ihrer Hochschulen");
        assertThat(browser.findElement(By.id("certificates")).getText()).contains("widerrufen");
        robin.accessible("certificates-de");
        robin.phone();
        robin.open("/registrar/certificates?q=L-0001");
        assertThat(robin.pageWidth()).as("the desk fits a 390 px phone").isLessThanOrEqualTo(390L);
        robin.accessible("certificates-de-phone");
        robin.open("/registrar/certificates/" + lea.machineLearning().id().value());
        assertThat(robin.pageWidth()).isLessThanOrEqualTo(390L);
        robin.accessible("certificate-de-phone");
    }
}
