package org.microdegree.credentials;

import org.microdegree.shared.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.credentials.internal.jdbc.CertificateStore;
import org.microdegree.credentials.internal.jdbc.StatusCounters;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.credentials.model.CertificateKind;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clara, a Computer Science student enrolled in "AI Essentials", passes Machine Learning and Data
 * Engineering: the audit finds two micro-credentials and the programme met, and each certificate is
 * issued once, signed, verifiable, revocable, and exportable in the EU's forms.
 */
class CertificatesIT extends DatabaseIT {

    @Autowired Catalogue catalogue;
    @Autowired Learners learners;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Certificates certificates;
    @Autowired AwardingCertificates awarding;
    @Autowired CertificateForms forms;
    @Autowired Verification verification;
    @Autowired StatusLists statusLists;
    @Autowired DidDocuments dids;
    @Autowired SigningKeys signingKeys;

    private final Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));
    private final Actor operator = Actor.operator("test");
    private LearnerId clara;

    @BeforeEach
    void claraCompletesAiEssentials() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        clara = learners.create(new LearnerInput("Clara Informatik", "clara@luh.example", null, "student", "luh", "CS-1", List.of()), registrar).id();
        enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-essentials"), clara, registrar);
        passes("luh:mc-machine-learning", "1.3", "CS-ML-1");
        passes("luh:mc-data-engineering", "2.0", "CS-DE-1");
    }

    private void passes(String mc, String grade, String reference) {
        achievements.record(new AchievementInput(clara.value(), null, null, mc, "2025-02-14", "de", grade, "5", "project", true, true, reference),
                registrar, "api");
        // re-audit and award run after the commit; done when the registry holds no open publication
        await().atMost(Duration.ofSeconds(60)).until(this::eventsHandled);
    }

    private Certificate certificate(CertificateKind kind, String item) {
        return certificates.ofLearner(clara, registrar).stream().filter(c -> c.kind() == kind && c.item().equals(item)).findFirst().orElseThrow();
    }

    @Test
    void whatTheAuditFindsMetIsAwardedOnceAndVerifies() {
        assertThat(certificates.ofLearner(clara, registrar)).extracting(c -> c.kind().code() + " " + c.item()).containsExactlyInAnyOrder(
                "micro-credential luh:mc-machine-learning", "micro-credential luh:mc-data-engineering", "micro-degree luh:md-ai-essentials");
        for (Certificate c : certificates.ofLearner(clara, registrar)) {
            Verification.Outcome outcome = verification.verify(Verification.parse(c.credential()));
            assertThat(outcome.errors()).as(c.title()).isEmpty();
            assertThat(outcome.valid()).isTrue();
        }
        AwardingCertificates.Summary again = awarding.awardAll(operator);
        assertThat(again.issued()).isZero();
        assertThat(count("certificate")).isEqualTo(3);
    }

    @Test
    void theProgrammeCertificateListsItsMicroCredentialsAndCarriesTheElements() {
        JsonObject vc = Verification.parse(certificate(CertificateKind.MICRO_DEGREE, "luh:md-ai-essentials").credential());
        assertThat(vc.getJsonArray("type").toString()).contains("OpenBadgeCredential");
        assertThat(vc.getString("issuer", null)).isNull(); // an object with the institution's did:web
        assertThat(vc.getJsonObject("issuer").getString("id")).startsWith("did:web:").endsWith(":institutions:luh");
        JsonObject achievement = vc.getJsonObject("credentialSubject").getJsonObject("achievement");
        String narrative = achievement.getJsonObject("criteria").getString("narrative");
        assertThat(narrative).contains("Learning outcomes:", "Type of assessment:", "Form of participation:", "Quality assurance:", "Components:",
                "Machine Learning", "Data Engineering");
        assertThat(vc.getJsonObject("credentialStatus").getString("type")).isEqualTo("BitstringStatusListEntry");
    }

    @Test
    void learningOutcomesAndQualityAssuranceAreAlignmentsAMachineFindsWithoutTheNarrative() {
        JsonObject achievement = Verification.parse(certificate(CertificateKind.MICRO_CREDENTIAL, "luh:mc-machine-learning").credential())
                .getJsonObject("credentialSubject").getJsonObject("achievement");
        var alignments = achievement.getJsonArray("alignment").getValuesAs(JsonObject.class);
        var outcomes = alignments.stream().filter(a -> a.getString("targetType").equals("ext:LearningOutcome")).toList();
        assertThat(outcomes).isNotEmpty();
        assertThat(outcomes.getFirst().getString("targetCode")).isEqualTo("LO1");
        assertThat(outcomes.getFirst().getString("targetUrl")).contains("luh%3Amc-machine-learning", "#learning-outcome-1");
        assertThat(achievement.getJsonObject("criteria").getString("narrative")).contains(outcomes.getFirst().getString("targetDescription"));
        assertThat(alignments).filteredOn(a -> a.getString("targetType").equals("ext:QualityAssurance")).singleElement()
                .satisfies(a -> assertThat(a.getString("targetUrl")).endsWith("#quality-assurance"));
        assertThat(alignments).extracting(a -> a.getString("targetType")).contains("ext:EQFLevel", "ceasn:Competency", "ext:AssessmentType");

        // the European Digital Credential names the same ESCO skills by their preferred labels, not by UUIDs
        JsonObject skill = alignments.stream().filter(a -> a.getString("targetType").equals("ceasn:Competency")).findFirst().orElseThrow();
        String elm = forms.elm(certificate(CertificateKind.MICRO_CREDENTIAL, "luh:mc-machine-learning"));
        String uuid = skill.getString("targetUrl").substring(skill.getString("targetUrl").lastIndexOf('/') + 1);
        assertThat(skill.getString("targetName")).isNotEqualTo(uuid);
        assertThat(elm).contains("\"prefLabel\":{\"en\":\"" + skill.getString("targetName") + "\"}").doesNotContain("\"en\":\"" + uuid + "\"");
    }

    @Test
    void oneChangedCharacterIsRejected() {
        JsonObject vc = Verification.parse(certificate(CertificateKind.MICRO_CREDENTIAL, "luh:mc-machine-learning").credential());
        String name = vc.getString("name");
        JsonObject tampered = Json.createObjectBuilder(vc).add("name", name.substring(0, name.length() - 1) + "X").build();
        Verification.Outcome outcome = verification.verify(tampered);
        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.errors()).singleElement().asString().startsWith("signature: proof.proofValue");
        assertThat(vc.getJsonObject("credentialSubject").getJsonArray("result").getJsonObject(0).getString("value"))
                .as("Clara's grade for Machine Learning").isEqualTo("1.3");
    }

    @Test
    void aRevokedCertificateFailsItsStatusCheckAndItsBitIsSetInTheSignedList() {
        Certificate ml = certificate(CertificateKind.MICRO_CREDENTIAL, "luh:mc-machine-learning");
        assertThatThrownBy(() -> certificates.revoke(ml.id(), "x", Actor.person("lea", "Lea", Set.of(Grant.of(Role.LEARNER, "luh")))))
                .isInstanceOf(ForbiddenException.class);
        certificates.revoke(ml.id(), "grade corrected after appeal", registrar);

        Verification.Outcome outcome = verification.verify(Verification.parse(ml.credential()));
        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.errors()).containsExactly("status: revoked");

        JsonObject list = Verification.parse(statusLists.list("luh"));
        assertThat(verification.verify(list).checks()).filteredOn(c -> c.name().equals("signature")).allMatch(Verification.Check::passed);
        assertThat(StatusBits.isSet(list.getJsonObject("credentialSubject").getString("encodedList"), ml.statusIndex())).isTrue();
        Certificate de = certificate(CertificateKind.MICRO_CREDENTIAL, "luh:mc-data-engineering");
        assertThat(StatusBits.isSet(list.getJsonObject("credentialSubject").getString("encodedList"), de.statusIndex())).isFalse();
    }

    @Test
    void theElmExportOfTheProgrammeCertificateHasNoShaclViolation() throws Exception {
        Certificate md = certificate(CertificateKind.MICRO_DEGREE, "luh:md-ai-essentials");
        JsonObject elm = Verification.parse(forms.elm(md));
        assertThat(EdcShapes.violations(elm)).isEmpty();
        assertThat(elm.getJsonObject("credentialSubject").getJsonObject("hasClaim").getJsonArray("hasPart")).hasSize(2);
    }

    @Test
    void thePdfShowsTheElementsInGermanAndCarriesTheCredentialThatVerifies() throws Exception {
        Certificate md = certificate(CertificateKind.MICRO_DEGREE, "luh:md-ai-essentials");
        byte[] pdf = forms.pdf(md, "de");
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f); // A4
            text = new PDFTextStripper().getText(doc);
            var page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            var qr = new QRCodeReader().decode(new BinaryBitmap(
                    new HybridBinarizer(new BufferedImageLuminanceSource(page))));
            assertThat(qr.getText()).isEqualTo(forms.verifyUrl(md));
        }
        assertThat(text).doesNotContain("cert.").contains("Clara Informatik", "Lernergebnisse", "Arbeitsaufwand", "Art der Prüfung", "Form der Teilnahme",
                "Qualitätssicherung", "Ausstellungsdatum", "/verify/" + md.id());
        assertThat(verification.verifyUpload(pdf).valid()).isTrue();
    }

    @Test
    void aRotatedKeyStaysInTheDidDocumentSoOlderCertificatesStillVerify() {
        Certificate before = certificate(CertificateKind.MICRO_CREDENTIAL, "luh:mc-machine-learning");
        String newKey = signingKeys.rotate("luh", operator);
        assertThat(newKey).endsWith("#key-2");
        passes("luh:mc-ai-ethics", "1.7", "CS-AE-1");
        Certificate after = certificate(CertificateKind.MICRO_CREDENTIAL, "luh:mc-ai-ethics");
        assertThat(Verification.parse(after.credential()).getJsonArray("proof").getJsonObject(0).getString("verificationMethod")).endsWith("#key-2");
        assertThat(verification.verify(Verification.parse(before.credential())).valid()).isTrue();
        assertThat(verification.verify(Verification.parse(after.credential())).valid()).isTrue();
        assertThat(dids.institution("luh").get("assertionMethod").toString()).contains("#key-1", "#key-2");
        assertThat(dids.institution("luh").get("verificationMethod").toString()).as("key-1 says when it stopped signing")
                .containsPattern("key-1.*expires=20").doesNotContainPattern("key-2[^}]*expires");

        // a proof dated after its key's retirement is not the institution's: as if key-1 had been retired a year earlier
        jdbc.update("update credential_key set retired_at = ? where institution_id = 'luh' and seq = 1",
                java.sql.Timestamp.from(before.issued().minus(Duration.ofDays(365))));
        Verification.Outcome late = verification.verify(Verification.parse(before.credential()));
        assertThat(late.valid()).isFalse();
        assertThat(late.errors()).singleElement().asString().startsWith("signature: proof.created: signed after its key was retired on ");
    }

    @Test
    void twoAwardRunsAtOnceIssueEachCertificateOnce() {
        jdbc.update("delete from certificate");
        var first = CompletableFuture.supplyAsync(() -> awarding.awardAll(operator));
        var second = CompletableFuture.supplyAsync(() -> awarding.awardAll(operator));
        int issued = first.join().issued() + second.join().issued();
        assertThat(issued).isEqualTo(3);
        assertThat(count("certificate")).isEqualTo(3);
    }

    @Autowired CertificateStore store;

    @Test
    void aBulkAwardWhosePlaceIsHeldRollsItsCertificatesBackAndStoresEachAlone() {
        jdbc.update("delete from certificate");
        int noticesBefore = jdbc.queryForObject("select count(*) from learners_notification where kind = 'certificate-issued'", Integer.class);
        // a certificate from before the status counters holds the counter the award would take next
        StatusCounters.Place taken = store.nextPlace("luh");
        jdbc.update("insert into certificate (id, award_key, learner_id, certificate_kind, item_kind, item_id, item_version, title, institution_id,"
                + " status_index, status_counter, issued_at, credential, status) values ('old-1', 'old|1', ?, 'micro-credential', 'micro-credential',"
                + " 'luh:mc-old', 1, 'Old', 'luh', -1, ?, current_timestamp, '{}', 'valid')", clara.value(), taken.counter() + 1);

        AwardingCertificates.Summary summary = awarding.awardAll(operator);

        assertThat(summary.issued()).isEqualTo(3);
        assertThat(summary.alreadyIssued()).isZero();
        List<Certificate> mine = certificates.ofLearner(clara, registrar).stream().filter(c -> !c.id().value().equals("old-1")).toList();
        assertThat(mine).hasSize(3).allSatisfy(c -> assertThat(verification.verify(Verification.parse(c.credential())).valid()).isTrue());
        // the one that met the held counter was signed again at the next free one
        assertThat(jdbc.queryForList("select status_counter from certificate where id <> 'old-1'", Integer.class))
                .containsExactlyInAnyOrder(taken.counter() + 2, taken.counter() + 3, taken.counter() + 4);
        assertThat(jdbc.queryForObject("select count(*) from learners_notification where kind = 'certificate-issued'", Integer.class))
                .isEqualTo(noticesBefore + 3);
    }

    @Test
    void anotherLearnerCannotEvenSeeThatTheCertificatesExist() {
        Actor otto = Actor.person("otto-account", "Otto Other", Set.of(Grant.of(Role.LEARNER, "luh")));
        Certificate ml = certificate(CertificateKind.MICRO_CREDENTIAL, "luh:mc-machine-learning");
        assertThatThrownBy(() -> certificates.ofLearner(clara, otto)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certificates.get(ml.id(), otto)).isInstanceOf(NotFoundException.class);
        assertThat(certificates.all(otto)).isEmpty();
    }

    @Test
    void anIndependentVerifierAcceptsOursAndRejectsATamperedOrARevokedOne() throws Exception {
        Certificate md = certificate(CertificateKind.MICRO_DEGREE, "luh:md-ai-essentials");
        String did = Verification.parse(md.credential()).getJsonObject("issuer").getString("id");
        String list = Verification.parse(md.credential()).getJsonObject("credentialStatus").getString("statusListCredential");
        Supplier<Map<String, Object>> published = () -> Map.of(
                did, dids.institution("luh"),
                list, JsonMapper.builder().build().readValue(statusLists.list("luh"), Object.class));

        IndependentVerifier.Result ours = IndependentVerifier.verify(md.credential(), published.get());
        assertThat(ours.verified()).as(ours.output()).isTrue();

        String tampered = md.credential().replace("AI Essentials", "AI Essentialz");
        assertThat(tampered).isNotEqualTo(md.credential());
        IndependentVerifier.Result changed = IndependentVerifier.verify(tampered, published.get());
        assertThat(changed.verified()).as(changed.output()).isFalse();
        assertThat(verification.verify(Verification.parse(tampered)).valid()).isFalse();

        certificates.revoke(md.id(), "issued in error", registrar);
        IndependentVerifier.Result revoked = IndependentVerifier.verify(md.credential(), published.get());
        assertThat(revoked.verified()).as(revoked.output()).isFalse();
        assertThat(revoked.output()).contains("revoked");
        assertThat(verification.verify(Verification.parse(md.credential())).valid()).isFalse();
    }

    @Test
    void aCredentialWhoseCertificatesWaitForConfirmationIsIssuedOnlyWhenARegistrarConfirms() {
        assertThatThrownBy(() -> awarding.setConfirmation(ItemKind.MICRO_CREDENTIAL, ItemId.of("luh:mc-ai-ethics"), true,
                Actor.person("lauri", "Lauri", Set.of(Grant.of(Role.REGISTRAR, "lut"))))).isInstanceOf(ForbiddenException.class);
        awarding.setConfirmation(ItemKind.MICRO_CREDENTIAL, ItemId.of("luh:mc-ai-ethics"), true, registrar);
        passes("luh:mc-ai-ethics", "1.7", "CS-AE-1");
        assertThat(certificates.ofLearner(clara, registrar)).extracting(Certificate::item).doesNotContain("luh:mc-ai-ethics");

        AwardingCertificates.Summary unconfirmed = awarding.awardAll(registrar);
        assertThat(unconfirmed.issued()).isZero();
        assertThat(unconfirmed.awaitingConfirmation()).isEqualTo(1);
        AwardingCertificates.Summary confirmed = awarding.awardAll(registrar, true);
        assertThat(confirmed.issued()).isEqualTo(1);
        assertThat(certificate(CertificateKind.MICRO_CREDENTIAL, "luh:mc-ai-ethics").title()).isEqualTo("AI Ethics");
    }

    @Test
    void aConfirmationOfPartialCompletionListsWhatIsDoneSoFar() {
        LearnerId ben = learners.create(new LearnerInput("Ben Bauer", "ben@luh.example", null, "student", "luh", "EE-7", List.of()), registrar).id();
        enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-essentials"), ben, registrar);
        achievements.record(new AchievementInput(ben.value(), null, null, "luh:mc-machine-learning", "2025-02-14", "de", "2.0", "5", "project", true, true,
                "EE-ML-7"), registrar, "api");
        await().atMost(Duration.ofSeconds(60)).until(this::eventsHandled);

        Certificate partial = awarding.confirmPartial(ben, ItemId.of("luh:md-ai-essentials"), registrar);
        assertThat(partial.kind()).isEqualTo(CertificateKind.PARTIAL);
        assertThat(partial.title()).startsWith("Partial completion: ");
        JsonObject vc = Verification.parse(partial.credential());
        assertThat(vc.getJsonObject("credentialSubject").getJsonObject("achievement").getJsonObject("criteria").getString("narrative"))
                .contains("Machine Learning, 5 ECTS").contains("Data Engineering, 5 ECTS (not yet completed)");
        assertThat(verification.verify(vc).valid()).isTrue();
        assertThatThrownBy(() -> awarding.confirmPartial(ben, ItemId.of("luh:md-ai-essentials"), registrar))
                .isInstanceOf(ConflictException.class);

        // its ELM lists only what Ben completed, with the CP the VC states
        JsonObject elm = Verification.parse(forms.elm(partial));
        JsonObject claim = elm.getJsonObject("credentialSubject").getJsonObject("hasClaim");
        assertThat(claim.getJsonArray("hasPart")).hasSize(1);
        assertThat(claim.getJsonArray("hasPart").getJsonObject(0).getJsonObject("title").getString("en")).isEqualTo("Machine Learning");
        JsonObject spec = claim.getJsonObject("specifiedBy");
        assertThat(spec.getJsonArray("hasPart")).as("the specification lists no part not achieved").hasSize(1);
        assertThat(spec.getJsonArray("creditPoint").getJsonObject(0).getString("point")).isEqualTo("5");
        assertThat(vc.getJsonObject("credentialSubject").getJsonNumber("creditsEarned").intValue()).isEqualTo(5);
    }

    @Test
    void aPartialConfirmationIsRefusedForAProgrammeTheLearnerHasCompleted() {
        assertThatThrownBy(() -> awarding.confirmPartial(clara, ItemId.of("luh:md-ai-essentials"), registrar))
                .isInstanceOf(ConflictException.class).hasMessageContaining("has completed");
    }

    @Test
    void theActivityEndsWithTheLastAssessmentNotOnTheDayOfIssue() {
        JsonObject mc = Verification.parse(certificate(CertificateKind.MICRO_CREDENTIAL, "luh:mc-machine-learning").credential());
        assertThat(mc.getJsonObject("credentialSubject").getString("activityEndDate")).isEqualTo("2025-02-14T00:00:00Z");
        JsonObject md = Verification.parse(certificate(CertificateKind.MICRO_DEGREE, "luh:md-ai-essentials").credential());
        assertThat(md.getJsonObject("credentialSubject").getString("activityEndDate")).isEqualTo("2025-02-14T00:00:00Z");
    }

    @Autowired MockMvc mvc;

    @Test
    void anyoneVerifiesOnThePublicPageInGermanAndBadInputIsNamed() throws Exception {
        Certificate md = certificate(CertificateKind.MICRO_DEGREE, "luh:md-ai-essentials");
        var upload = new MockMultipartFile("file", "zertifikat.pdf", "application/pdf", forms.pdf(md, "de"));
        String page = mvc.perform(MockMvcRequestBuilders.multipart("/verify").file(upload)
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .header("Accept-Language", "de"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Gültig", "Leibniz", "Lernergebnisse", "Art der Prüfung", "schriftliche Prüfung", "Maschinelles Lernen");

        String byLink = mvc.perform(MockMvcRequestBuilders.get("/verify/" + md.id()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(byLink).contains("Valid: &quot;", "not revoked", "Learning outcomes");

        certificates.revoke(md.id(), "issued in error", registrar);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/verify/" + md.id()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Revoked:", "(issued in error)");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/verify/no-such-certificate"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("No certificate with this number");

        var broken = mvc.perform(MockMvcRequestBuilders.post("/api/v1/verify")
                .contentType("application/json").content("{\"@context\": [")).andReturn().getResponse();
        assertThat(broken.getStatus()).isEqualTo(400);
        assertThat(broken.getContentAsString()).contains("not JSON").contains("line 1");
    }
}
