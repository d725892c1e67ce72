package org.microdegree.credentials.internal.proof;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Example;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.render.OpenBadge;
import org.microdegree.credentials.model.CertificateContent;
import org.microdegree.credentials.model.CertificateKind;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.PublicUrl;
import org.microdegree.shared.Text;

/**
 * A certificate canonicalised through its shape's template reads exactly as the ordinary JSON-LD
 * way gives it, whatever the learner's name, number, grade or the credential's texts; and what a
 * template may not stand for takes the ordinary way.
 */
class QuadTemplatesProperties {

    private static final Urls URLS = new Urls(new PublicUrl("https://credentials.uni-hannover.de", true));
    private static final CertificateContent.AwardingBody LUH = new CertificateContent.AwardingBody("luh",
            Text.of("Leibniz University Hannover", "Leibniz Universität Hannover"), "DE", "D HANNOVE01", "https://www.uni-hannover.de");

    // one set of templates across all tries, as in a bulk award: most tries fill a template made before
    private static final QuadTemplates TEMPLATES = new QuadTemplates(Rdfc.BUNDLED);

    @Property(tries = 300)
    void aTemplatedCertificateReadsAsTheOrdinaryWayGivesIt(@ForAll("names") String name, @ForAll("names") String title,
            @ForAll("numbers") String studentNumber, @ForAll boolean graded,
            @ForAll @IntRange(min = 0, max = 3) int skills,
            @ForAll @IntRange(min = 0, max = 100_000) int statusIndex) throws Exception {
        CertificateContent content = machineLearning(name, title, studentNumber.isEmpty() ? null : studentNumber, graded ? "1.7" : null, skills);
        JsonObject document = OpenBadge.credential(content, statusIndex, URLS);

        assertThat(TEMPLATES.canonicalize(document)).isEqualTo(Rdfc.BUNDLED.canonicalize(document));
    }

    @Example
    void theSecondCertificateOfAShapeComesFromTheTemplate() throws Exception {
        QuadTemplates templates = new QuadTemplates(Rdfc.BUNDLED);
        JsonObject lea = OpenBadge.credential(machineLearning("Lea Schütz", "Machine Learning", "10023456", "1.7", 2), 17, URLS);
        JsonObject ben = OpenBadge.credential(machineLearning("Ben \"the\" Müller\n", "Machine Learning", "10099999", "2.3", 2), 18, URLS);

        templates.canonicalize(lea);
        assertThat(templates.canonicalize(ben)).isEqualTo(Rdfc.BUNDLED.canonicalize(ben));
        assertThat(templates.filled()).isEqualTo(1);
    }

    @Example
    void aCertificatesBlankNodesAreLabelledWithoutTheNDegreeHash() throws Exception {
        // the issuer's profile is written twice (issuer, and the achievement's creator): its address and
        // identifier entries come twice, as leaves sharing their first-degree hashes
        JsonObject lea = OpenBadge.credential(machineLearning("Lea Schütz", "Machine Learning", "10023456", "1.7", 2), 17, URLS);
        List<String[]> quads = new java.util.ArrayList<>();
        Rdfc.BUNDLED.toQuads(lea, (s, p, o, datatype, language, direction, g) -> {
            quads.add(new String[]{s, p, o, datatype, language, direction, g});
            return null;
        });

        assertThat(CanonicalTemplate.of(quads, 0)).isNotNull().extracting(t -> t.fill(List.of())).isEqualTo(Rdfc.BUNDLED.canonicalize(lea));
    }

    @Example
    void anIdThatIsNoPlainAbsoluteIriTakesTheOrdinaryWay() throws Exception {
        QuadTemplates templates = new QuadTemplates(Rdfc.BUNDLED);
        JsonObject plain = withId("urn:uuid:" + UUID.randomUUID());
        JsonObject compact = withId("ex:lea"); // a compact IRI under a prefix would expand to another IRI
        JsonObject relative = withId("lea"); // relative: dropped by JSON-LD

        templates.canonicalize(plain);
        assertThat(templates.canonicalize(compact)).isEqualTo(Rdfc.BUNDLED.canonicalize(compact));
        assertThat(templates.canonicalize(relative)).isEqualTo(Rdfc.BUNDLED.canonicalize(relative));
        assertThat(templates.filled()).isZero();
    }

    private static JsonObject withId(String subject) {
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(LocalContexts.VC_V2).add(LocalContexts.VC_EXAMPLES))
                .add("id", "urn:uuid:0b8f2f6e-4c3a-4a8e-b8a1-7f2e9d6c5b40")
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .add("issuer", "did:web:credentials.uni-hannover.de:institutions:luh")
                .add("validFrom", "2026-11-30T10:00:00Z")
                .add("credentialSubject", Json.createObjectBuilder().add("id", subject).add("name", "Lea")).build();
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank()),
                Arbitraries.of("Lea Schütz", "Zoë \"Zo\" O'Neil", "back\\slash", "tab\there", "line\nbreak", "ext:EQFLevel", "urn:uuid:x", "𝔘𝔫𝔦"));
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.oneOf(Arbitraries.strings().numeric().ofMaxLength(10), Arbitraries.of("", "A-17/4"));
    }

    private static CertificateContent machineLearning(String learner, String title, String studentNumber, String grade, int skills) {
        List<String> esco = List.of("http://data.europa.eu/esco/skill/22c45bf7-e52b-475f-847b-c32a87f65a5d",
                "http://data.europa.eu/esco/skill/ff662ffe-d8c8-420e-9931-4acc311261fd",
                "http://data.europa.eu/esco/skill/d60a6c7c-256c-4cd0-aa41-8f3e6ca7462c").subList(0, skills);
        return new CertificateContent(UUID.randomUUID().toString(), CertificateKind.MICRO_CREDENTIAL, "micro-credential",
                "luh:mc-machine-learning", 1, new CertificateContent.Learner("lea-" + UUID.randomUUID(), learner, studentNumber),
                Text.of(title, "Maschinelles Lernen"), Text.en("Foundations of " + title), List.of(LUH), Instant.parse("2026-11-30T10:00:00Z"),
                LocalDate.parse("2026-09-30"), List.of(Text.of("Train and evaluate supervised models", "Überwachte Modelle trainieren")),
                CreditPoints.of(5), EqfLevel.of(6), "written-exam", "blended", "Internal QA of Leibniz University Hannover", esco, "0613",
                List.of("en", "de"), Text.en("Programming in Python"), "supervised-with-identity-verification", grade, "integrated-stackable",
                "luh:md-ai", null, List.of(), null);
    }
}
