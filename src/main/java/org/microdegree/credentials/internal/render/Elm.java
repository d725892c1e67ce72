package org.microdegree.credentials.internal.render;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import java.util.function.Function;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.proof.LocalContexts;
import org.microdegree.credentials.model.CertificateContent;
import org.microdegree.credentials.model.CertificateKind;
import org.microdegree.shared.Text;

/**
 * A certificate as a European Digital Credential (ELM 3, generic EDC profile): a
 * {@code LearningAchievement} specified by a {@code Qualification} that carries the Annex I
 * elements; a programme's qualification has its micro-credentials as parts. Checked against the
 * official EDC-generic-full SHACL shapes in the tests.
 */
public final class Elm {

    // Json.createXxx() looks the provider up through the ServiceLoader on every call: once is enough
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String SNB = Europass.SNB;
    private static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
    private Elm() {
    }

    public static JsonObject credential(CertificateContent c, Urls urls) {
        return credential(c, urls, uri -> uri.substring(uri.lastIndexOf('/') + 1));
    }

    /** @param skillName an ESCO skill's preferred label by its URI */
    public static JsonObject credential(CertificateContent c, Urls urls, Function<String, String> skillName) {
        String issued = c.issued().truncatedTo(ChronoUnit.SECONDS).toString();
        JsonObjectBuilder issuer = organisation(c.issuer(), urls);
        JsonObjectBuilder edc = JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(LocalContexts.VC_V1).add(LocalContexts.EDC))
                .add("id", "urn:credential:" + c.id())
                .add("type", JSON.createArrayBuilder().add("VerifiableCredential").add("EuropeanDigitalCredential"))
                .add("credentialProfiles", concept(SNB + "credential/e34929035b", SNB + "credential/25831c2", "Generic"))
                .add("credentialSchema",
                        JSON.createObjectBuilder().add("id", "http://data.europa.eu/snb/model/ap/edc-generic-full").add("type", "ShaclValidator2017"))
                .add("identifier", JSON.createObjectBuilder().add("id", "urn:epass:identifier:" + c.id()).add("type", "Identifier")
                        .add("schemeName", "Certificate number").add("notation", c.id()))
                .add("displayParameter", display(c))
                .add("issuer", issuer)
                .add("issued", issued)
                .add("validFrom", issued)
                .add("credentialSubject", person(c, urls, issued, skillName));
        return edc.build();
    }

    private static JsonObjectBuilder person(CertificateContent c, Urls urls, String issued, Function<String, String> skillName) {
        JsonObjectBuilder p = JSON.createObjectBuilder()
                .add("id", "urn:epass:person:" + c.learner().id())
                .add("type", "Person")
                .add("fullName", lang(c.learner().name()));
        if (c.learner().studentNumber() != null) {
            p.add("identifier", JSON.createObjectBuilder().add("id", "urn:epass:identifier:student:" + c.learner().id()).add("type", "Identifier")
                    .add("schemeName", "Student number of " + c.issuer().name().en()).add("notation", c.learner().studentNumber()));
        }
        p.add("hasClaim", achievement(c, urls, issued, skillName));
        return p;
    }

    private static JsonObjectBuilder achievement(CertificateContent c, Urls urls, String issued, Function<String, String> skillName) {
        JsonObjectBuilder awarded = awarding(c, urls, issued, "1");
        JsonObjectBuilder a = JSON.createObjectBuilder()
                .add("id", "urn:epass:learningAchievement:" + c.id())
                .add("type", "LearningAchievement")
                .add("title", text(c.title()))
                .add("awardedBy", awarded)
                .add("provenBy", assessment(c, urls, issued))
                .add("specifiedBy", qualification(c, c.item(), c.title(), c.workload().toBigDecimal().toPlainString(), true, skillName));
        if (!c.components().isEmpty()) {
            JsonArrayBuilder parts = JSON.createArrayBuilder();
            int n = 0;
            for (CertificateContent.Component m : c.components()) {
                if (!m.completed()) {
                    continue;
                }
                n++;
                JsonObjectBuilder part = JSON.createObjectBuilder()
                        .add("id", "urn:epass:learningAchievement:" + c.id() + ":" + n)
                        .add("type", "LearningAchievement")
                        .add("title", text(m.title()))
                        .add("awardedBy", awarding(c, List.of(m.awardedBy()), urls, issued, "part" + n))
                        .add("specifiedBy", componentQualification(c, m));
                if (c.degree() != null) {
                    part.add("additionalNote", JSON.createArrayBuilder().add(note("urn:epass:note:" + c.id() + ":part" + n,
                            m.withinDegree() ? "Completed within the degree programme " + c.degree() : "Completed as additional qualification")));
                }
                parts.add(part);
            }
            a.add("hasPart", parts);
        }
        return a;
    }

    /** How wallets show it: the title and the awarding institution's seal as the page image. */
    private static JsonObjectBuilder display(CertificateContent c) {
        JsonObjectBuilder english = concept(AUTHORITY + "language/ENG", AUTHORITY + "language", "English");
        String seal = Pdf.seal(c.issuer());
        return JSON.createObjectBuilder()
                .add("id", "urn:epass:displayParameter:" + c.id())
                .add("type", "DisplayParameter")
                .add("title", text(c.title()))
                .add("description", lang("has successfully completed " + c.title().en()))
                .add("primaryLanguage", english)
                .add("language", JSON.createArrayBuilder().add(concept(AUTHORITY + "language/ENG", AUTHORITY + "language", "English")))
                .add("individualDisplay", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("id", "urn:epass:individualDisplay:" + c.id()).add("type", "IndividualDisplay")
                        .add("language", concept(AUTHORITY + "language/ENG", AUTHORITY + "language", "English"))
                        .add("displayDetail", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                .add("id", "urn:epass:displayDetail:" + c.id()).add("type", "DisplayDetail").add("page", 1)
                                .add("image", JSON.createObjectBuilder()
                                        .add("id", "urn:epass:mediaObject:" + c.id()).add("type", "MediaObject")
                                        .add("content", seal.substring(seal.indexOf(',') + 1))
                                        .add("contentEncoding", concept(SNB + "encoding/6146cde7dd", SNB + "encoding/25831c2", "base64"))
                                        .add("contentType", concept(AUTHORITY + "file-type/PNG", AUTHORITY + "file-type", "PNG")))))));
    }

    private static JsonObjectBuilder awarding(CertificateContent c, Urls urls, String issued, String n) {
        return awarding(c, c.awardingBodies(), urls, issued, n);
    }

    /** A part names only the institution that awarded it, not every awarding body of the programme. */
    private static JsonObjectBuilder awarding(CertificateContent c, List<CertificateContent.AwardingBody> by, Urls urls, String issued, String n) {
        JsonArrayBuilder bodies = JSON.createArrayBuilder();
        by.forEach(b -> bodies.add(organisation(b, urls)));
        return JSON.createObjectBuilder()
                .add("id", "urn:epass:awardingProcess:" + c.id() + ":" + n)
                .add("type", "AwardingProcess")
                .add("awardingBody", bodies)
                .add("awardingDate", issued);
    }

    private static JsonObjectBuilder assessment(CertificateContent c, Urls urls, String issued) {
        JsonObjectBuilder spec = JSON.createObjectBuilder()
                .add("id", "urn:epass:learningAssessmentSpec:" + c.id())
                .add("type", "LearningAssessmentSpecification")
                .add("title", lang("Assessment: " + Europass.words(c.assessment())));
        String code = Europass.assessment(c.assessment());
        if (code != null) {
            spec.add("dcType", concept(code, Europass.ASSESSMENT_SCHEME, Europass.words(c.assessment())));
        }
        JsonObjectBuilder proven = JSON.createObjectBuilder()
                .add("id", "urn:epass:learningAssessment:" + c.id())
                .add("type", "LearningAssessment")
                .add("title", lang("Assessment of " + c.title().en()))
                .add("awardedBy", awarding(c, urls, issued, "assessment"))
                .add("specifiedBy", spec);
        // the shapes require a grade; a programme without one is passed as a whole
        proven.add("grade", note("urn:epass:note:" + c.id() + ":grade", c.grade() != null ? c.grade() : "passed"));
        String supervision = c.supervision() == null ? null : Europass.supervision(c.supervision());
        if (supervision != null) {
            proven.add("idVerification", concept(supervision, Europass.SUPERVISION_SCHEME, Europass.words(c.supervision())));
        }
        return proven;
    }

    static JsonObjectBuilder qualification(CertificateContent c, String item, Text title, String points, boolean whole, Function<String, String> skillName) {
        JsonObjectBuilder q = JSON.createObjectBuilder()
                .add("id", "urn:epass:qualification:" + item + ":" + c.version() + (whole ? "" : ":" + c.id()))
                .add("type", "Qualification")
                .add("title", text(title))
                .add("creditPoint", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("id", "urn:epass:creditPoint:" + c.id() + ":" + item).add("type", "CreditPoint")
                        .add("framework", concept(SNB + "education-credit/6fcec5c5af", SNB + "education-credit/25831c2", "European Credit Transfer System"))
                        .add("point", points)))
                .add("volumeOfLearning", "PT" + Math.round(Double.parseDouble(points) * 30) + "H")
                .add("learningSetting", concept(SNB + "learning-setting/6fd4685715", SNB + "learning-setting/25831c2", "formal learning"))
                .add("isPartialQualification", c.kind() == CertificateKind.PARTIAL);
        eqfLevel(q, c);
        JsonArrayBuilder outcomes = JSON.createArrayBuilder();
        int n = 0;
        for (Text o : c.learningOutcomes()) {
            n++;
            JsonObjectBuilder outcome = JSON.createObjectBuilder().add("id", "urn:epass:learningOutcome:" + c.id() + ":" + n)
                    .add("type", "LearningOutcome").add("title", text(o));
            if (n == 1 && !c.skills().isEmpty()) {
                JsonArrayBuilder esco = JSON.createArrayBuilder();
                c.skills().forEach(s -> esco.add(JSON.createObjectBuilder().add("id", s).add("type", "Concept")
                        .add("inScheme", JSON.createObjectBuilder().add("id", "http://data.europa.eu/esco/concept-scheme/skills").add("type", "ConceptScheme"))
                        .add("prefLabel", lang(skillName.apply(s)))));
                outcome.add("relatedESCOSkill", esco);
            }
            outcomes.add(outcome);
        }
        q.add("learningOutcome", outcomes);
        String mode = Europass.mode(c.participation());
        if (mode != null) {
            q.add("mode", JSON.createArrayBuilder().add(concept(mode, Europass.MODE_SCHEME, Europass.words(c.participation()))));
        }
        if (!c.languages().isEmpty()) {
            JsonArrayBuilder languages = JSON.createArrayBuilder();
            c.languages().forEach(l -> {
                String code = new Locale(l).getISO3Language().toUpperCase(Locale.ROOT);
                languages.add(concept(AUTHORITY + "language/" + code, AUTHORITY + "language", new Locale(l).getDisplayLanguage(Locale.ENGLISH)));
            });
            q.add("language", languages);
        }
        if (c.prerequisites() != null) {
            q.add("entryRequirement", note("urn:epass:note:" + c.id() + ":entry", c.prerequisites().en()));
        }
        JsonArrayBuilder notes = JSON.createArrayBuilder()
                .add(note("urn:epass:note:" + c.id() + ":qa", "Quality assurance: " + c.qualityAssurance()))
                .add(note("urn:epass:note:" + c.id() + ":assessment", "Type of assessment: " + Europass.words(c.assessment())))
                .add(note("urn:epass:note:" + c.id() + ":participation", "Form of participation: " + Europass.words(c.participation())));
        if (c.stackability() != null) {
            notes.add(note("urn:epass:note:" + c.id() + ":stack", "Integration and stackability: " + c.stackability()));
        }
        if (c.furtherInformation() != null) {
            notes.add(note("urn:epass:note:" + c.id() + ":info", c.furtherInformation()));
        }
        q.add("additionalNote", notes);
        if (whole && c.components().stream().anyMatch(CertificateContent.Component::completed)) {
            // only what was completed: a partial confirmation lists no part the learner has not achieved
            JsonArrayBuilder parts = JSON.createArrayBuilder();
            c.components().stream().filter(CertificateContent.Component::completed).forEach(m -> parts.add(componentQualification(c, m)));
            q.add("hasPart", parts);
        }
        return q;
    }

    /** The EQF level, where the provider states one (Annex I: "where applicable"). */
    private static void eqfLevel(JsonObjectBuilder q, CertificateContent c) {
        if (c.level() != null) {
            q.add("eqfLevel", concept(c.level().uri(), "http://data.europa.eu/snb/eqf/25831c2", "Level " + c.level().level()));
        }
    }

    private static JsonObjectBuilder componentQualification(CertificateContent c, CertificateContent.Component m) {
        JsonObjectBuilder q = JSON.createObjectBuilder()
                .add("id", "urn:epass:qualification:" + m.item())
                .add("type", "Qualification")
                .add("title", text(m.title()))
                .add("creditPoint", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("id", "urn:epass:creditPoint:" + c.id() + ":" + m.item()).add("type", "CreditPoint")
                        .add("framework", concept(SNB + "education-credit/6fcec5c5af", SNB + "education-credit/25831c2", "European Credit Transfer System"))
                        .add("point", m.creditPoints().toBigDecimal().toPlainString())));
        eqfLevel(q, c);
        return q;
    }

    static JsonObjectBuilder organisation(CertificateContent.AwardingBody b, Urls urls) {
        String country = new Locale("", b.country()).getISO3Country();
        JsonObjectBuilder countryConcept = concept(AUTHORITY + "country/" + country, AUTHORITY + "country", b.country());
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("id", urls.did(b.id()))
                .add("type", "Organisation")
                .add("legalName", text(b.name()))
                .add("location", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("id", "urn:epass:location:" + b.id()).add("type", "Location")
                        .add("address", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                .add("id", "urn:epass:address:" + b.id()).add("type", "Address").add("countryCode", countryConcept)))))
                .add("eIDASIdentifier", JSON.createObjectBuilder()
                        .add("id", "urn:epass:legalIdentifier:eidas:" + b.id()).add("type", "LegalIdentifier")
                        .add("notation", b.legalIdentifier() == null ? b.id() : b.legalIdentifier())
                        .add("spatial", concept(AUTHORITY + "country/" + country, AUTHORITY + "country", b.country())))
                .add("registration", JSON.createObjectBuilder()
                        .add("id", "urn:epass:legalIdentifier:" + b.id()).add("type", "LegalIdentifier")
                        .add("notation", b.legalIdentifier() == null ? b.id() : b.legalIdentifier())
                        .add("spatial", concept(AUTHORITY + "country/" + country, AUTHORITY + "country", b.country())));
        if (b.homepage() != null) {
            o.add("homepage", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                    .add("id", "urn:epass:webResource:" + b.id()).add("type", "WebResource").add("contentURL", b.homepage())));
        }
        return o;
    }

    static JsonObjectBuilder concept(String id, String scheme, String label) {
        return JSON.createObjectBuilder().add("id", id).add("type", "Concept")
                .add("inScheme", JSON.createObjectBuilder().add("id", scheme).add("type", "ConceptScheme"))
                .add("prefLabel", lang(label));
    }

    private static JsonObjectBuilder note(String id, String text) {
        return JSON.createObjectBuilder().add("id", id).add("type", "Note").add("noteLiteral", lang(text));
    }

    static JsonObjectBuilder text(Text t) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        t.versions().forEach(b::add);
        return b;
    }

    private static JsonObjectBuilder lang(@Nullable String en) {
        return JSON.createObjectBuilder().add("en", en == null ? "" : en);
    }
}
