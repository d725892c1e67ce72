package org.microdegree.web;

import org.microdegree.credentials.AwardingCertificates;
import org.microdegree.shared.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.credentials.CertificateForms;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.learners.Learners;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ItemId;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lea's certificates in the browser: she passed Machine Learning and AI Ethics; the AI Ethics
 * certificate was revoked after an appeal. Signed in, she sees both as cards on her certificates page
 * and on her studies page (valid; revoked with the reason), downloads the PDF in English and German
 * and the signed credential, finds them in her data export, and follows "Add to LinkedIn profile"
 * with the certification's fields filled in. In English and German, at desktop and phone width (390 px), each page checked with
 * axe-core; screenshots under target/screenshots/my-certificates.
 */
class MyCertificatesJourneyIT extends JourneyIT {

    @Autowired Learners learners;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Certificates certificates;
    @Autowired AwardingCertificates awarding;

    @Autowired CertificateForms forms;

    BrowserJourney lea;
    BrowserJourney employer;
    Certificate machineLearning;
    Certificate aiEthics;
    Certificate partial;

    @BeforeEach
    void leaPassedMachineLearningAndAiEthicsAndTheEthicsCertificateWasRevoked() {
        EmptyDatabase.clear(jdbc);
        WebFixtures people = new WebFixtures(accounts, catalogue, catalogueEditing);
        Actor registrar = people.people.get("registrar").actor();
        LeasCertificates lea = LeasCertificates.issued(learners, enrollingLearners, achievements, certificates, registrar);
        LearnerId id = lea.learner();
        machineLearning = lea.machineLearning();
        aiEthics = lea.aiEthics();
        // one of three parts of "AI in Production" done: the registrar confirms it
        enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-in-production"), id, registrar);
        achievements.record(new AchievementInput(id.value(), null, null, "luh:mc-ml-manufacturing", "2025-07-01", "de", "1.7", "5", "project",
                true, true, "MLM-1"), registrar, "api");
        LeasCertificates.certificateOf(certificates, id, "luh:mc-ml-manufacturing", registrar);
        partial = awarding.confirmPartial(id, ItemId.of("luh:md-ai-in-production"), registrar);
    }

    @AfterEach
    void stop() {
        if (lea != null) {
            lea.close();
        }
        if (employer != null) {
            employer.close();
        }
    }

    @Test
    void leaSeesHerCertificatesDownloadsThemAndAddsOneToLinkedIn() throws Exception {
        lea = new BrowserJourney(port, "my-certificates");
        lea.signIn("lea@luh.example");
        lea.open("/me/certificates?lang=en");
        assertThat(lea.element(By.tagName("h1")).getText()).isEqualTo("My certificates");
        WebElement valid = lea.element(By.id("certificate-" + machineLearning.id()));
        assertThat(valid.getText()).contains("Machine Learning", "Leibniz", "Valid:", "PDF (English)", "PDF (German)");
        WebElement revoked = lea.element(By.id("certificate-" + aiEthics.id()));
        assertThat(revoked.getText()).contains("AI Ethics", "Revoked", "grade corrected after appeal").doesNotContain("Valid:");
        assertThat(revoked.findElements(By.cssSelector("a.linkedin"))).as("a revoked certificate is not offered to LinkedIn").isEmpty();
        assertThat(lea.element(By.id("certificate-" + partial.id())).getText()).as("the partial confirmation says what it confirms")
                .contains("Partial completion: AI in Production", "Confirmation of partial completion",
                        "It confirms these completed micro-credentials:", "Machine Learning in Manufacturing (5 ECTS)");
        lea.accessible("certificates-en");

        // the downloads, fetched as the browser would with her session
        assertThat(fetch(valid, "a.download-pdf-en")).startsWith("200 application/pdf %PDF");
        assertThat(fetch(valid, "a.download-pdf-de")).startsWith("200 application/pdf %PDF");
        assertThat(fetch(valid, "a.download-vc")).startsWith("200 application/vc+ld+json {").contains("\"@context\"");
        assertThat(fetch(valid, "a.download-elm")).startsWith("200 application/ld+json {");
        assertThat(lea.element(By.id("download-all")).getAttribute("href")).endsWith("/me/certificates.zip?lang=en");

        // LinkedIn's certification form, filled in
        URI linkedIn = URI.create(valid.findElement(By.cssSelector("a.linkedin")).getAttribute("href"));
        Map<String, String> fields = query(linkedIn);
        assertThat(linkedIn.getHost()).isEqualTo("www.linkedin.com");
        assertThat(fields).containsEntry("startTask", "CERTIFICATION_NAME").containsEntry("name", "Machine Learning")
                .containsEntry("certId", machineLearning.id().value()).containsKeys("organizationName", "issueYear", "issueMonth", "certUrl");
        assertThat(fields.get("certUrl")).contains(machineLearning.id().value());
        assertThat(valid.findElement(By.cssSelector("input.link")).getAttribute("value")).isEqualTo(fields.get("certUrl"));

        // she switches the public page of one off: the link shows nothing about it, until she switches it on again
        valid.findElement(By.cssSelector("form.sharing button")).click();
        assertThat(lea.element(By.cssSelector("p.notice")).getText()).isNotBlank();
        lea.open("/me/certificates?lang=en");
        assertThat(lea.element(By.id("certificate-" + machineLearning.id())).getText()).contains("Its public page is off")
                .doesNotContain("Add to LinkedIn profile");
        lea.accessible("page-switched-off");
        lea.open("/verify/" + machineLearning.id() + "?lang=en");
        assertThat(lea.element(By.id("not-shared")).getText()).startsWith("The holder has switched this certificate's page off.");
        assertThat(lea.browser.findElements(By.id("verdict"))).isEmpty();
        lea.open("/me/certificates");
        lea.element(By.cssSelector("#certificate-" + machineLearning.id() + " form.sharing button")).click();
        assertThat(lea.element(By.cssSelector("p.notice")).getText()).isNotBlank();
        lea.open("/verify/" + machineLearning.id() + "?lang=en");
        assertThat(lea.element(By.id("verdict")).getText()).startsWith("Valid:");
        lea.open("/me/certificates?lang=en");

        // her data export holds them, each with the signed credential
        String export = (String) ((JavascriptExecutor) lea.browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " fetch('/me/export').then(function (r) { return r.text(); }).then(done);");
        assertThat(export).contains("\"certificates\"", machineLearning.id().value(), aiEthics.id().value(), "grade corrected after appeal",
                "signedCredential");

        // her studies page lists them too, with titles where ids were
        lea.open("/me?lang=en");
        assertThat(lea.element(By.id("certificate-" + machineLearning.id())).getText()).contains("Machine Learning");
        assertThat(lea.element(By.id("notifications")).findElement(By.xpath("following-sibling::ul")).getText())
                .as("she was told of each certificate, and of the revocation with its reason")
                .contains("Certificate issued: Machine Learning", "Certificate issued: AI Ethics", "Certificate revoked: AI Ethics");
        lea.accessible("studies-with-certificates");

        // under each progress bar, the worksheet: every requirement ticked with the result that fulfils it
        WebElement sheet = lea.element(By.cssSelector("details.worksheet"));
        sheet.findElement(By.tagName("summary")).click();
        assertThat(sheet.getText()).contains("The two parts your study programme lacks: Any 2 of these 3",
                "Machine Learning\npassed on 14 February 2025, grade 1.3", "AI Ethics\npassed on 3 March 2025, grade 2.0",
                "Data Engineering", "not needed");
        assertThat(sheet.findElements(By.cssSelector("li.met"))).hasSize(3);
        lea.accessible("studies-worksheet");
        lea.open("/me?lang=de");
        WebElement blatt = lea.element(By.cssSelector("details.worksheet"));
        blatt.findElement(By.tagName("summary")).click();
        assertThat(blatt.getText()).contains("2 beliebige von diesen 3", "Maschinelles Lernen\nbestanden am 14. Februar 2025, Note 1.3");
        lea.accessible("studies-worksheet-de");

        // in German, and on a phone
        lea.open("/me/certificates?lang=de");
        assertThat(lea.element(By.tagName("h1")).getText()).isEqualTo("Meine Zertifikate");
        assertThat(lea.element(By.id("certificate-" + aiEthics.id())).getText()).contains("KI-Ethik", "Widerrufen");
        assertThat(lea.element(By.id("certificate-" + machineLearning.id())).getText()).contains("Gültig:", "PDF (Deutsch)");
        lea.accessible("certificates-de");
        lea.phone();
        lea.open("/me/certificates");
        assertThat(lea.pageWidth()).as("the page fits a 390 px phone").isLessThanOrEqualTo(390L);
        lea.accessible("certificates-de-phone");
        lea.open("/me/certificates?lang=en");
        assertThat(lea.pageWidth()).isLessThanOrEqualTo(390L);
        lea.accessible("certificates-en-phone");
        lea.open("/me?lang=en");
        assertThat(lea.pageWidth()).as("her studies page fits a phone: tables become cards").isLessThanOrEqualTo(390L);
        lea.accessible("studies-en-phone");
        lea.open("/me?lang=de");
        assertThat(lea.pageWidth()).isLessThanOrEqualTo(390L);
        lea.accessible("studies-de-phone");
    }

    @Test
    void anEmployerReadsTheResultInWordsForThePdfTheCredentialAndTheRevokedOne() throws Exception {
        employer = new BrowserJourney(port, "verify");
        Path dir = Files.createTempDirectory("microdegree-employer");
        Path pdf = Files.write(dir.resolve("lea-machine-learning.pdf"), forms.pdf(machineLearning, "en"));
        Path vc = Files.writeString(dir.resolve("lea-machine-learning.json"), machineLearning.credential());
        Path letter = Files.writeString(dir.resolve("cover-letter.txt"), "Dear Sir or Madam, ...");

        // not signed in: the PDF Lea sent, then the credential file
        employer.open("/verify?lang=en");
        upload(pdf);
        assertThat(employer.element(By.id("verdict")).getText())
                .startsWith("Valid: \"Machine Learning\", issued by Leibniz University Hannover to Lea Learner on ").endsWith(", not revoked.");
        assertThat(employer.element(By.id("checks")).getAttribute("open")).as("the technical checks are folded").isNull();
        employer.accessible("pdf-valid");
        employer.open("/verify");
        upload(vc);
        assertThat(employer.element(By.id("verdict")).getText()).startsWith("Valid: \"Machine Learning\"");

        // the revoked certificate, by its link: revoked, with the reason
        employer.open("/verify/" + aiEthics.id());
        assertThat(employer.element(By.id("verdict")).getText())
                .isEqualTo("Revoked: Leibniz University Hannover has revoked this certificate (grade corrected after appeal).");
        employer.accessible("revoked");

        // a file that is no certificate: said plainly, in English and German
        employer.open("/verify");
        upload(letter);
        assertThat(employer.element(By.id("unreadable")).getText()).startsWith("This file is not a certificate");
        assertThat(employer.browser.getPageSource()).doesNotContain("65533").doesNotContain("Exception");
        employer.accessible("unreadable-en");
        employer.open("/verify?lang=de");
        upload(letter);
        assertThat(employer.element(By.id("unreadable")).getText()).startsWith("Diese Datei ist kein Zertifikat");

        // on a phone, in German
        employer.phone();
        employer.open("/verify/" + machineLearning.id());
        assertThat(employer.element(By.id("verdict")).getText()).startsWith("Gültig: „Maschinelles Lernen“, ausgestellt von");
        assertThat(employer.pageWidth()).as("the verify page fits a 390 px phone: %s", employer.script(
                "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > 390)"
                        + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8).join('; ');"))
                .isLessThanOrEqualTo(390L);
        employer.accessible("valid-de-phone");
        employer.browser.findElement(By.cssSelector("#checks summary")).click();
        assertThat(employer.pageWidth()).as("unfolded, the checks fit too").isLessThanOrEqualTo(390L);
        employer.accessible("checks-de-phone");
    }

    @Test
    void leaSharesTheLinkWhichShowsTheCertificateSignedOutThenErasesHerDataAndIsSignedOut() throws Exception {
        lea = new BrowserJourney(port, "share-and-erase");
        lea.signIn("lea@luh.example");
        lea.open("/me/certificates?lang=en");
        String link = lea.element(By.cssSelector("#certificate-" + machineLearning.id() + " input.link")).getAttribute("value");
        assertThat(link).endsWith("/verify/" + machineLearning.id());
        lea.browser.findElement(By.cssSelector("header form[action$='/logout'] button")).click();
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !lea.browser.getPageSource().contains("Signed in as"));

        // signed out, the link shows what the certificate shows, and nothing more of her
        lea.open("/verify/" + machineLearning.id() + "?lang=en");
        assertThat(lea.element(By.id("verdict")).getText()).startsWith("Valid: \"Machine Learning\", issued by Leibniz University Hannover to Lea Learner");
        assertThat(lea.browser.getPageSource()).doesNotContain("lea@luh.example").doesNotContain("Signed in as");
        lea.accessible("share-page-signed-out");
        lea.phone();
        lea.open("/verify/" + machineLearning.id() + "?lang=en");
        assertThat(lea.pageWidth()).isLessThanOrEqualTo(390L);
        lea.accessible("share-page-signed-out-phone");

        // she erases her data: signed out at once, and her page is gone with it
        lea.signIn("lea@luh.example");
        lea.open("/me?lang=en");
        lea.element(By.cssSelector("form[action$='/me/erasure'] input[name=confirm]")).click();
        lea.browser.findElement(By.cssSelector("form[action$='/me/erasure'] button[type=submit]")).click();
        assertThat(lea.element(By.cssSelector("p.notice")).getText()).isNotBlank();
        assertThat(lea.browser.getPageSource()).doesNotContain("Signed in as");
        lea.accessible("erased-and-signed-out");
        lea.open("/me");
        assertThat(lea.browser.getCurrentUrl()).contains("/login");
        lea.open("/login?lang=en");
        lea.element(By.id("email")).sendKeys("lea@luh.example");
        lea.browser.findElement(By.id("password")).sendKeys(WebFixtures.PASSWORD);
        lea.browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
        // her account is gone with her data: the sign-in is refused
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> lea.browser.getCurrentUrl().contains("/login?error"));
        assertThat(lea.browser.getPageSource()).doesNotContain("Signed in as lea@luh.example");
        assertThat(jdbc.queryForObject("select count(*) from learners_learner where email = 'lea@luh.example'", Integer.class)).isZero();
    }

    private void upload(Path file) {
        employer.element(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        employer.browser.findElement(By.cssSelector("section form button[type=submit]")).click();
    }

    /** "STATUS TYPE START" of a link's target, fetched in the page with her session cookie. */
    private String fetch(WebElement card, String link) {
        String href = card.findElement(By.cssSelector(link)).getAttribute("href");
        lea.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return (String) ((JavascriptExecutor) lea.browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(function (r) { return r.text().then(function (t) {"
                        + " done(r.status + ' ' + r.headers.get('content-type').split(';')[0] + ' ' + t.substring(0, 200)); }); });",
                href);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .forEach(p -> out.put(p[0], URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
        return out;
    }
}
