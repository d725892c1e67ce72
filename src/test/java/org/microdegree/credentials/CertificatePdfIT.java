package org.microdegree.credentials;

import org.microdegree.shared.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.credentials.model.CertificateContent;
import org.microdegree.credentials.model.CertificateKind;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.learners.model.Learner;
import org.microdegree.results.LearnerEvidence;
import org.microdegree.shared.Actor;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.Grant;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Role;
import org.microdegree.shared.Text;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The certificate PDF of the worked example's programme "AI Essentials" and of the joint Master's
 * "Sustainable Energy Systems", in English and German, and of a programme far longer than any in
 * the catalogue: text never runs into the footer or the QR code, no page is left without body text,
 * the institution's own terms and branding appear, and the file is PDF/A-3 with the credential as
 * its associated file, as veraPDF checks it.
 */
class CertificatePdfIT extends DatabaseIT {

    private static final float MM = 72f / 25.4f;

    @Autowired Catalogue catalogue;
    @Autowired Learners learners;
    @Autowired LearnerEvidence evidence;
    @Autowired CertificateForms forms;

    private final Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));
    private CertificateContents contents;
    private Learner lea;

    @BeforeEach
    void theWorkedExample() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        LearnerId id = learners.create(new LearnerInput("Lea Leonore Learner-Mustermann", "lea@luh.example", null, "student", "luh", "10023456",
                List.of()), registrar).id();
        lea = learners.find(id).orElseThrow();
        contents = new CertificateContents(catalogue, learners, evidence);
    }

    private CertificateContent programme(String item, CertificateKind kind, String... awarding) {
        CatalogueItem md = contents.credential(ItemKind.MICRO_DEGREE, ItemId.of(item), null).orElseThrow();
        return contents.of("0b8f2f6e-4c3a-4a8e-b8a1-7f2e9d6c5b40", kind, lea, md, LocalDate.parse("2026-09-30"),
                Instant.parse("2026-12-03T10:00:00Z"), List.of(awarding), null);
    }

    /** Far more than any programme has: 14 micro-credentials and 40 learning outcomes. */
    private CertificateContent aVeryLongProgramme() {
        CertificateContent base = programme("luh:md-ai-essentials", CertificateKind.MICRO_DEGREE, "luh");
        List<Text> outcomes = IntStream.rangeClosed(1, 40).mapToObj(i -> Text.of(
                "Outcome " + i + ": design, evaluate and justify data-driven solutions for engineering problems under uncertainty",
                "Lernergebnis " + i
                        + ": datengetriebene Lösungen für ingenieurwissenschaftliche Probleme unter Unsicherheit entwerfen, bewerten und begründen"))
                .toList();
        List<CertificateContent.Component> components = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            components.add(new CertificateContent.Component("luh:mc-" + i, Text.of("Micro-credential number " + i + " with a rather long title",
                    "Micro-Credential Nummer " + i + " mit einem recht langen Titel"), CreditPoints.of(5), i % 2 == 0, true, base.issuer()));
        }
        return new CertificateContent(base.id(), base.kind(), base.itemKind(), base.item(), base.version(), base.learner(), base.title(),
                base.description(), base.awardingBodies(), base.issued(), base.achievedOn(), outcomes, base.workload(), base.level(),
                base.assessment(), base.participation(), base.qualityAssurance(), base.skills(), base.iscedField(), base.languages(),
                base.prerequisites(), base.supervision(), base.grade(), base.stackability(), base.partOf(), base.furtherInformation(),
                components, "luh:sp-msc-cs");
    }

    private byte[] pdf(CertificateContent c, String language) throws Exception {
        byte[] pdf = forms.pdf(c, "{\"type\":[\"VerifiableCredential\"]}", language);
        Path out = Path.of("target", "certificates");
        Files.createDirectories(out);
        Files.write(out.resolve(c.item().replace(':', '-') + "-" + c.learningOutcomes().size() + "-" + language + ".pdf"), pdf);
        return pdf;
    }

    @Test
    void noTextRunsIntoAnotherAndEveryPageHasBodyText() throws Exception {
        List<CertificateContent> certificates = List.of(programme("luh:md-ai-essentials", CertificateKind.MICRO_DEGREE, "luh"),
                programme("luh:md-se-energy-systems", CertificateKind.JOINT_DEGREE, "luh", "lut"), aVeryLongProgramme());
        for (CertificateContent c : certificates) {
            for (String language : List.of("en", "de")) {
                PdfPages pdf = PdfPages.read(pdf(c, language));
                float bodyBottom = pdf.height() - 44 * MM;
                Rectangle2D.Float qr = new Rectangle2D.Float(18 * MM, pdf.height() - 40 * MM, 28 * MM, 28 * MM);
                for (PdfPages.Page page : pdf.pages()) {
                    String where = c.item() + " (" + c.learningOutcomes().size() + " outcomes) in " + language + ", page " + page.number();
                    assertThat(page.overlaps()).as(where).isEmpty();
                    assertThat(page.within(qr)).as(where + ": text on the QR code").isEmpty();
                    assertThat(page.textBetween(15 * MM, bodyBottom)).as(where + ": body text").isNotBlank();
                }
                if (c.learningOutcomes().size() == 40) {
                    assertThat(pdf.pages().size()).as("the long programme's pages").isGreaterThan(1);
                } else if (c.kind() == CertificateKind.MICRO_DEGREE) {
                    assertThat(pdf.pages().size()).as(c.item() + " in " + language + ": pages").isEqualTo(1);
                }
            }
        }
    }

    @Test
    void theGermanCertificateSpeaksOfEqrAndDqrWithTheInstitutionsOwnWordsAndSignatory() throws Exception {
        byte[] german = pdf(programme("luh:md-ai-essentials", CertificateKind.MICRO_DEGREE, "luh"), "de");
        byte[] english = pdf(programme("luh:md-ai-essentials", CertificateKind.MICRO_DEGREE, "luh"), "en");
        String de = text(german);
        String en = text(english);
        assertThat(de).contains("EQR-Niveau 6", "DQR-Niveau 6").doesNotContain("EQF");
        assertThat(en).contains("EQF level 6", "DQR level 6");
        assertThat(de).contains("Systemakkreditierte Hochschule").doesNotContain("Internal quality assurance");
        assertThat(en).contains("System-accredited university");
        assertThat(de).contains("Prof. Dr. Maria Beispiel", "Präsidentin");
        assertThat(en).contains("Prof. Dr. Maria Beispiel", "President");
        try (var doc = Loader.loadPDF(german)) {
            int images = 0;
            for (COSName name : doc.getPage(0).getResources().getXObjectNames()) {
                if (doc.getPage(0).getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
            assertThat(images).as("the institution's logo and the signature").isEqualTo(2);
        }
    }

    @Test
    void theFileIsPdfA3WithTheCredentialAsItsAssociatedFile() throws Exception {
        byte[] pdf = pdf(programme("luh:md-se-energy-systems", CertificateKind.JOINT_DEGREE, "luh", "lut"), "de");
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.getTestAssertions()).filteredOn(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .extracting(a -> a.getRuleId().getClause() + " " + a.getMessage()).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
        try (var doc = Loader.loadPDF(pdf)) {
            COSArray associated = (COSArray) doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("AF"));
            assertThat(associated).hasSize(1);
            COSDictionary spec = (COSDictionary) associated.getObject(0);
            assertThat(spec.getString(COSName.F)).isEqualTo("credential.json");
            assertThat(spec.getNameAsString(COSName.getPDFName("AFRelationship"))).isEqualTo("Source");
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
