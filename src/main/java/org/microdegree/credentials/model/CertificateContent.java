package org.microdegree.credentials.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.Text;

/**
 * Everything a certificate says, whatever its form: the EU's 11 mandatory elements (Annex I part I)
 * and the optional ones that apply. The VC, the ELM export and the PDF are renderings of this.
 *
 * @param learner           element 1
 * @param title             element 2
 * @param awardingBodies    elements 3 (their countries) and 4; several for a joint award
 * @param issued            element 5
 * @param learningOutcomes  element 6
 * @param workload          element 7 (ECTS)
 * @param level             element 8
 * @param assessment        element 9, a code of the assessment vocabulary
 * @param participation     element 10: online, on-site or blended
 * @param qualityAssurance  element 11
 * @param components        for a programme: its micro-credentials, each within the degree or additional
 */
public record CertificateContent(
        String id, CertificateKind kind, String itemKind, String item, int version,
        Learner learner, Text title, @Nullable Text description, List<AwardingBody> awardingBodies,
        Instant issued, LocalDate achievedOn, List<Text> learningOutcomes, CreditPoints workload, @Nullable EqfLevel level,
        String assessment, String participation, String qualityAssurance,
        List<String> skills, @Nullable String iscedField, List<String> languages,
        @Nullable Text prerequisites, @Nullable String supervision, @Nullable String grade, @Nullable String stackability,
        @Nullable String partOf, @Nullable String furtherInformation, List<Component> components, @Nullable String degree) {

    public CertificateContent {
        awardingBodies = List.copyOf(awardingBodies);
        learningOutcomes = List.copyOf(learningOutcomes);
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        components = List.copyOf(components);
        if (awardingBodies.isEmpty()) {
            throw new IllegalArgumentException("a certificate needs an awarding body");
        }
    }

    /** The issuing institution: the first awarding body (the coordinator of a joint award). */
    public AwardingBody issuer() {
        return awardingBodies.getFirst();
    }

    /** The learner as the certificate names them. */
    public record Learner(String id, String name, @Nullable String studentNumber) {}

    /** An institution that awards the certificate. */
    public record AwardingBody(String id, Text name, String country, @Nullable String legalIdentifier, @Nullable String homepage, Branding branding) {

        public AwardingBody {
            branding = branding == null ? Branding.NONE : branding;
        }

        public AwardingBody(String id, Text name, String country, @Nullable String legalIdentifier, @Nullable String homepage) {
            this(id, name, country, legalIdentifier, homepage, Branding.NONE);
        }
    }

    /**
     * A micro-credential of a programme: completed within the learner's degree, or as additional
     * qualification; {@code awardedBy} is the institution that awarded it (in a joint programme, one of several).
     */
    public record Component(String item, Text title, CreditPoints creditPoints, boolean withinDegree, boolean completed, AwardingBody awardedBy) {}
}
