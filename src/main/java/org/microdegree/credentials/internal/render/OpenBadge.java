package org.microdegree.credentials.internal.render;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.proof.LocalContexts;
import org.microdegree.credentials.model.CertificateContent;
import org.microdegree.credentials.model.Elements;
import org.microdegree.shared.Text;

/**
 * A certificate as a W3C VC 2.0 {@code OpenBadgeCredential} (Open Badges 3.0.3), unsigned. Every EU
 * element is in a term the two contexts define, so that all of it is signed: the elements without
 * an Open Badges term of their own are stated in the achievement's criteria narrative.
 */
public final class OpenBadge {

    // Json.createXxx() looks the provider up through the ServiceLoader on every call: once is enough
    private static final JsonProvider JSON = JsonProvider.provider();

    private OpenBadge() {
    }

    /** With each ESCO skill named by the last segment of its URI (for tests and benchmarks without the ESCO data). */
    public static JsonObject credential(CertificateContent c, int statusIndex, Urls urls) {
        return credential(c, statusIndex, urls, uri -> uri.substring(uri.lastIndexOf('/') + 1));
    }

    /** @param skillName an ESCO skill's preferred label by its URI */
    public static JsonObject credential(CertificateContent c, int statusIndex, Urls urls, Function<String, String> skillName) {
        String issuerDid = urls.did(c.issuer().id());
        JsonObjectBuilder vc = JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(LocalContexts.VC_V2).add(LocalContexts.OB_V3))
                .add("id", "urn:uuid:" + c.id())
                .add("type", JSON.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("issuer", profile(c.issuer(), issuerDid))
                .add("validFrom", c.issued().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("name", c.title().en());
        if (c.description() != null) {
            vc.add("description", c.description().en());
        }
        vc.add("credentialSubject", subject(c, urls, skillName));
        String list = urls.statusList(c.issuer().id());
        vc.add("credentialStatus", JSON.createObjectBuilder()
                .add("id", list + "#" + statusIndex)
                .add("type", "BitstringStatusListEntry")
                .add("statusPurpose", "revocation")
                .add("statusListIndex", Integer.toString(statusIndex))
                .add("statusListCredential", list));
        return vc.build();
    }

    private static JsonObjectBuilder subject(CertificateContent c, Urls urls, Function<String, String> skillName) {
        JsonObjectBuilder identity = JSON.createObjectBuilder()
                .add("type", "IdentityObject").add("hashed", false).add("identityHash", c.learner().name()).add("identityType", "name");
        JsonArrayBuilder identifiers = JSON.createArrayBuilder().add(identity);
        if (c.learner().studentNumber() != null) {
            identifiers.add(JSON.createObjectBuilder().add("type", "IdentityObject").add("hashed", false)
                    .add("identityHash", c.learner().studentNumber()).add("identityType", "sisSourcedId"));
        }
        JsonObjectBuilder subject = JSON.createObjectBuilder()
                .add("type", JSON.createArrayBuilder().add("AchievementSubject"))
                .add("identifier", identifiers)
                .add("achievement", achievement(c, urls, skillName))
                .add("creditsEarned", c.workload().toBigDecimal())
                // a date-time in Open Badges: the day of the last assessment, from its start (UTC)
                .add("activityEndDate", c.achievedOn() + "T00:00:00Z");
        if (c.grade() != null) {
            subject.add("result", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                    .add("type", JSON.createArrayBuilder().add("Result")).add("value", c.grade())));
        }
        return subject;
    }

    private static JsonObjectBuilder achievement(CertificateContent c, Urls urls, Function<String, String> skillName) {
        JsonObjectBuilder a = JSON.createObjectBuilder()
                .add("id", urls.achievement(c.item(), c.version()))
                .add("type", JSON.createArrayBuilder().add("Achievement"))
                .add("achievementType", c.kind().achievementType())
                .add("name", c.title().en())
                .add("description", c.description() == null ? c.title().en() : c.description().en())
                .add("criteria", JSON.createObjectBuilder().add("narrative", Elements.narrative(c)))
                .add("creditsAvailable", c.workload().toBigDecimal())
                .add("humanCode", c.item())
                .add("version", Integer.toString(c.version()));
        if (c.iscedField() != null) {
            a.add("fieldOfStudy", c.iscedField());
        }
        JsonArrayBuilder alignment = JSON.createArrayBuilder();
        if (c.level() != null) {
            alignment.add(JSON.createObjectBuilder()
                    .add("type", JSON.createArrayBuilder().add("Alignment"))
                    .add("targetName", "EQF level " + c.level().level())
                    .add("targetUrl", c.level().uri())
                    .add("targetFramework", "European Qualifications Framework")
                    .add("targetType", "ext:EQFLevel"));
        }
        for (String skill : c.skills()) {
            alignment.add(JSON.createObjectBuilder()
                    .add("type", JSON.createArrayBuilder().add("Alignment"))
                    .add("targetName", skillName.apply(skill))
                    .add("targetUrl", skill)
                    .add("targetFramework", "ESCO")
                    .add("targetType", "ceasn:Competency"));
        }
        // the type of assessment and the form of participation as Europass concepts, in words
        for (String code : c.assessment().split(", ")) {
            String uri = Europass.assessment(code);
            if (uri != null) {
                alignment.add(europass(Europass.words(code), uri, "Europass assessment types", "ext:AssessmentType"));
            }
        }
        String mode = Europass.mode(c.participation());
        if (mode != null) {
            alignment.add(europass(Europass.words(c.participation()), mode, "Europass learning modes", "ext:LearningMode"));
        }
        // the learning outcomes and the quality assurance as alignments too, so that a machine finds each
        // without reading the narrative; each points to its place on the achievement's public page
        String page = urls.achievement(c.item(), c.version());
        for (int i = 0; i < c.learningOutcomes().size(); i++) {
            String outcome = c.learningOutcomes().get(i).en();
            alignment.add(JSON.createObjectBuilder().add("type", JSON.createArrayBuilder().add("Alignment"))
                    .add("targetName", outcome).add("targetDescription", outcome).add("targetCode", "LO" + (i + 1))
                    .add("targetUrl", page + "#learning-outcome-" + (i + 1))
                    .add("targetFramework", "Learning outcomes of " + c.title().en()).add("targetType", "ext:LearningOutcome"));
        }
        Text qa = c.issuer().branding().qualityAssurance();
        String qualityAssurance = qa == null ? c.qualityAssurance() : qa.en();
        if (!qualityAssurance.isBlank()) {
            alignment.add(JSON.createObjectBuilder().add("type", JSON.createArrayBuilder().add("Alignment"))
                    .add("targetName", qualityAssurance).add("targetUrl", page + "#quality-assurance")
                    .add("targetFramework", "Quality assurance (EU Council Recommendation 2022/C 243/02, Annex I)")
                    .add("targetType", "ext:QualityAssurance"));
        }
        a.add("alignment", alignment);
        if (!c.languages().isEmpty()) {
            a.add("inLanguage", c.languages().getFirst());
        }
        a.add("creator", profile(c.issuer(), urls.did(c.issuer().id())));
        return a;
    }

    private static JsonObjectBuilder europass(String name, String uri, String framework, String type) {
        return JSON.createObjectBuilder().add("type", JSON.createArrayBuilder().add("Alignment"))
                .add("targetName", name).add("targetUrl", uri).add("targetFramework", framework).add("targetType", type);
    }

    private static JsonObjectBuilder profile(CertificateContent.AwardingBody body, String did) {
        JsonObjectBuilder p = JSON.createObjectBuilder()
                .add("id", did)
                .add("type", JSON.createArrayBuilder().add("Profile"))
                .add("name", body.name().en())
                .add("address", JSON.createObjectBuilder().add("type", JSON.createArrayBuilder().add("Address"))
                        .add("addressCountryCode", body.country()));
        if (body.homepage() != null) {
            p.add("url", body.homepage());
        }
        if (body.legalIdentifier() != null) {
            p.add("otherIdentifier", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                    .add("type", "IdentifierEntry").add("identifier", body.legalIdentifier()).add("identifierType", "identifier")));
        }
        return p;
    }

    static String en(Text t) {
        return t.en();
    }
}
