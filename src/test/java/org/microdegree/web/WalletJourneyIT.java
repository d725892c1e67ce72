package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.TestDatabase;
import org.microdegree.accounts.Accounts;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.DidDocuments;
import org.microdegree.credentials.IndependentVerifier;
import org.microdegree.credentials.IndependentWallet;
import org.microdegree.credentials.StatusLists;
import org.microdegree.credentials.Verification;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.learners.Learners;
import org.microdegree.results.Achievements;
import org.microdegree.shared.Actor;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lea puts her Machine Learning certificate into the wallet on her phone: on her certificates page
 * she chooses "Add to a wallet", asks for the QR code, and a wallet that shares no code with ours
 * (Sphereon's OpenID4VCI client) takes the offer with the six-digit code and receives the
 * certificate bound to its own key; Digital Bazaar's verifier accepts it, and the revocation of the
 * certificate reaches the wallet's copy. An offer serves once; a wrong code does not get in; her
 * revoked AI Ethics certificate offers no wallet. In English and German, at desktop and phone width,
 * each page checked with axe-core; screenshots under target/screenshots/wallet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class WalletJourneyIT {

    // the offer names the issuer by the public URL: it must be the port the wallet reaches
    private static final int PORT = freePort();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties("wallet").forEach((k, v) -> registry.add(k, () -> v));
        registry.add("server.port", () -> PORT);
        registry.add("microdegree.public-url", () -> "http://localhost:" + PORT);
    }

    @Autowired Accounts accounts;
    @Autowired Catalogue catalogue;
    @Autowired CatalogueEditing catalogueEditing;
    @Autowired JdbcTemplate jdbc;
    @Autowired Learners learners;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Certificates certificates;
    @Autowired Verification verification;
    @Autowired DidDocuments dids;
    @Autowired StatusLists statusLists;

    BrowserJourney lea;
    Actor registrar;
    Certificate machineLearning;
    Certificate aiEthics;

    @BeforeEach
    void leaPassedMachineLearningAndHerAiEthicsCertificateWasRevoked() {
        EmptyDatabase.clear(jdbc);
        registrar = new WebFixtures(accounts, catalogue, catalogueEditing).people.get("registrar").actor();
        LeasCertificates lea = LeasCertificates.issued(learners, enrollingLearners, achievements, certificates, registrar);
        machineLearning = lea.machineLearning();
        aiEthics = lea.aiEthics();
    }

    @AfterEach
    void stop() {
        if (lea != null) {
            lea.close();
        }
    }

    @Test
    void leaScansTheOfferWithHerWalletAndAVerifierAcceptsWhatItReceived() throws Exception {
        lea = new BrowserJourney(PORT, "wallet");
        lea.signIn("lea@luh.example");
        lea.open("/me/certificates?lang=en");
        assertThat(lea.element(By.id("certificate-" + aiEthics.id())).findElements(By.cssSelector("a.wallet")))
                .as("a revoked certificate is not offered to a wallet").isEmpty();
        lea.element(By.cssSelector("#certificate-" + machineLearning.id() + " a.wallet")).click();
        assertThat(lea.element(By.tagName("h1")).getText()).isEqualTo("Add to a wallet");
        assertThat(lea.element(By.cssSelector("p.lead")).getText()).isEqualTo("Machine Learning");
        assertThat(lea.element(By.cssSelector("ol.steps")).getText()).contains("OpenID4VCI", "six-digit code");
        lea.accessible("wallet-en");

        Offer offer = showOffer();
        assertThat(lea.element(By.cssSelector("svg.qr title")).getAttribute("textContent")).isEqualTo("QR code offering Machine Learning to a wallet");
        assertThat(lea.browser.getPageSource()).contains("Valid until ");
        lea.accessible("offer-en");

        // her wallet takes the offer with the code: the certificate arrives, bound to the wallet's key
        IndependentWallet.Received received = IndependentWallet.receive(offer.uri(), offer.txCode());
        assertThat(received.received()).as(received.error() + "\n" + received.console()).isTrue();
        String credential = received.credential().toString();
        assertThat(received.credential().path("id").asString()).isEqualTo("urn:uuid:" + machineLearning.id());
        assertThat(received.credential().path("name").asString()).isEqualTo("Machine Learning");
        assertThat(received.credential().path("credentialSubject").path("id").asString()).as("the holder: the wallet's key as did:jwk")
                .startsWith("did:jwk:");
        assertThat(received.credential().path("credentialStatus").path("statusListIndex").asString())
                .as("the certificate's own status entry").isEqualTo(Integer.toString(machineLearning.statusIndex()));
        IndependentVerifier.Result verified = IndependentVerifier.verify(credential, published(credential));
        assertThat(verified.verified()).as(verified.output()).isTrue();
        assertThat(verification.verify(Verification.parse(credential)).valid()).isTrue();

        // the same offer a second time: used up
        IndependentWallet.Received again = IndependentWallet.receive(offer.uri(), offer.txCode());
        assertThat(again.received()).as("an offer serves one delivery").isFalse();

        // the code is shown once: back on the page, the button again; a wrong code does not get in, the right one does
        lea.open("/me/certificates/" + machineLearning.id() + "/wallet?lang=en");
        assertThat(lea.browser.findElements(By.id("tx-code"))).isEmpty();
        Offer second = showOffer();
        String wrong = second.txCode().equals("000000") ? "111111" : "000000";
        assertThat(IndependentWallet.receive(second.uri(), wrong).received()).as("a wrong transaction code").isFalse();
        assertThat(IndependentWallet.receive(second.uri(), second.txCode()).received()).as("then the right one").isTrue();

        // her data export says which wallets received which certificate
        String export = (String) ((JavascriptExecutor) lea.browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " fetch('/me/export').then(function (r) { return r.text(); }).then(done);");
        assertThat(export).contains("\"walletDeliveries\"", "did:jwk:");

        // the revoked certificate: no offer, said plainly
        lea.open("/me/certificates/" + aiEthics.id() + "/wallet?lang=en");
        assertThat(lea.element(By.cssSelector("p.status")).getText()).isEqualTo("A revoked certificate cannot go into a wallet.");
        assertThat(lea.browser.findElements(By.id("make-offer"))).isEmpty();

        // in German, on her phone
        lea.phone();
        lea.open("/me/certificates/" + machineLearning.id() + "/wallet?lang=de");
        assertThat(lea.element(By.tagName("h1")).getText()).isEqualTo("In eine Wallet übernehmen");
        assertThat(lea.pageWidth()).as("the page fits a 390 px phone").isLessThanOrEqualTo(390L);
        lea.accessible("wallet-de-phone");
        showOffer();
        assertThat(lea.element(By.cssSelector("figcaption")).getText()).isEqualTo("Mit Ihrer Wallet-App scannen");
        assertThat(lea.browser.getPageSource()).contains("Code für Ihre Wallet:", "Gültig bis ");
        assertThat(lea.pageWidth()).isLessThanOrEqualTo(390L);
        lea.accessible("offer-de-phone");
        lea.open("/me/certificates/" + machineLearning.id() + "/wallet?lang=en");
        showOffer();
        assertThat(lea.pageWidth()).isLessThanOrEqualTo(390L);
        lea.accessible("offer-en-phone");

        // the registrar revokes it: the wallet's copy fails verification too
        certificates.revoke(machineLearning.id(), "issued in error", registrar);
        IndependentVerifier.Result revoked = IndependentVerifier.verify(credential, published(credential));
        assertThat(revoked.verified()).as(revoked.output()).isFalse();
        assertThat(revoked.output()).contains("revoked");
    }

    record Offer(String uri, String txCode) {}

    private Offer showOffer() {
        lea.element(By.id("make-offer")).click();
        String txCode = lea.element(By.id("tx-code")).getText();
        assertThat(txCode).matches("[0-9]{6}");
        String uri = lea.element(By.id("offer-link")).getAttribute("href");
        assertThat(uri).startsWith("openid-credential-offer://?credential_offer=");
        return new Offer(uri, txCode);
    }

    /** What a verifier fetches: the issuer's DID document and its status list, handed to the offline verifier. */
    private Map<String, Object> published(String credential) {
        var vc = Verification.parse(credential);
        return Map.of(vc.getJsonObject("issuer").getString("id"), dids.institution("luh"),
                vc.getJsonObject("credentialStatus").getString("statusListCredential"),
                JsonMapper.builder().build().readValue(statusLists.list("luh"), Object.class));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
