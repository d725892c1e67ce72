package org.microdegree.credentials;

import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueVersions;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.credentials.model.Branding;
import org.microdegree.credentials.model.CertificateContent;
import org.microdegree.credentials.model.CertificateKind;
import org.microdegree.results.Evidence;
import org.microdegree.results.LearnerEvidence;
import org.microdegree.learners.Learners;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.LearnerStatus;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Text;

/**
 * What a certificate says, put together from the catalogue and the learner's record. One instance
 * serves one award run: each credential, institution, learner and learner's evidence is read once
 * for all its certificates (a bulk job's chunk read the catalogue once per programme component
 * before).
 */
@RequiredArgsConstructor
final class CertificateContents {

    /** A programme's completed micro-credentials and those within the learner's degree, as the audit found them. */
    record Progress(@Nullable String degree, List<String> completed, List<String> withinDegree) {}

    /** The learner of a specification (what a certificate states before anyone earned it): no one. */
    private static final LearnerId NOBODY = LearnerId.of("specification");

    private final Catalogue catalogue;
    private final Learners learners;
    private final LearnerEvidence results;
    private final Map<String, Optional<CatalogueItem>> items = new ConcurrentHashMap<>();
    private final Map<String, Institution> institutions = new ConcurrentHashMap<>();
    private final Map<LearnerId, Optional<Learner>> people = new ConcurrentHashMap<>();
    private final Map<LearnerId, List<Evidence>> evidence = new ConcurrentHashMap<>();

    private @Nullable CatalogueVersions versions;

    /** Credentials and institutions from one reading of the whole catalogue: for a bulk award's many certificates. */
    CertificateContents withCatalogue(CatalogueVersions read) {
        this.versions = read;
        return this;
    }

    /** Evidence the caller read before. */
    CertificateContents withEvidence(Map<LearnerId, List<Evidence>> read) {
        evidence.putAll(read);
        return this;
    }

    /** Reads these learners' evidence in one query, ahead of their certificates. */
    CertificateContents forLearners(Collection<LearnerId> ids) {
        if (!ids.isEmpty()) {
            evidence.putAll(results.ofLearners(ids));
            ids.forEach(id -> evidence.putIfAbsent(id, List.of()));
        }
        return this;
    }

    /** Reads these learners in one go, ahead of their certificates (one query per learner was 3 % of a bulk award). */
    CertificateContents withLearners(Collection<LearnerId> ids) {
        Map<LearnerId, Learner> found = learners.find(ids);
        ids.forEach(id -> people.put(id, Optional.ofNullable(found.get(id))));
        return this;
    }

    /** The evidence read so far, by learner. */
    Map<LearnerId, List<Evidence>> evidence() {
        return evidence;
    }

    /** A version of a credential whatever its status (null: the latest). */
    @SuppressWarnings("unchecked")
    <T extends CatalogueItem> Optional<T> credential(ItemKind kind, ItemId id, @Nullable Integer version) {
        return (Optional<T>) items.computeIfAbsent(kind.code() + "|" + id.value() + "|" + version,
                k -> versions != null ? versions.find(kind, id, version) : catalogue.find(kind, id, version, Catalogue.ALL));
    }

    Optional<Learner> learner(LearnerId id) {
        return people.computeIfAbsent(id, learners::find);
    }

    private Institution institution(String id) {
        return institutions.computeIfAbsent(id, x -> (versions != null ? versions.institution(InstitutionId.of(x)) : catalogue.institution(x))
                .orElseThrow(() -> new NotFoundException("no institution " + x)));
    }

    /**
     * What a certificate of this credential states before anyone earned it (no learner, no result):
     * the specification the catalogue's Europass learning opportunities advertise.
     */
    CertificateContent specification(CatalogueItem credential, Instant at) {
        Learner nobody = new Learner(NOBODY, null, null, null, null, LearnerStatus.EXTERNAL, Map.of(), List.of(), at, null);
        evidence.putIfAbsent(NOBODY, List.of());
        return of("specification:" + credential.id() + ":" + credential.version(), CertificateIssuer.kindOf(credential), nobody, credential,
                LocalDate.ofInstant(at, java.time.ZoneOffset.UTC), at, CertificateIssuer.awardingInstitutions(credential), null);
    }

    /** What the certificate says; {@code report}: a programme's progress as the audit found it (null: every component counts as completed). */
    CertificateContent of(String id, CertificateKind kind, Learner learner, CatalogueItem credential, LocalDate metOn, Instant issued,
            List<String> awarding, @Nullable Progress report) {
        List<CertificateContent.AwardingBody> bodies = awarding.stream().map(i -> body(institution(i))).toList();
        String studentNumber = learner.studentNumbers().get(InstitutionId.of(bodies.getFirst().id()));
        // the learning ended with the last assessment counted, not on the day the audit noticed it
        List<Evidence> evidence = this.evidence.computeIfAbsent(learner.id(), results::of);
        var who = new CertificateContent.Learner(learner.id() == NOBODY ? "" : learner.id().value(), learner.name() == null ? "(erased)" : learner.name(),
                studentNumber);
        if (credential instanceof MicroCredential mc) {
            return new CertificateContent(id, kind, mc.kind().code(), mc.id().value(), mc.version(), who, mc.title(), mc.description(), bodies,
                    issued, assessedOn(evidence, mc).orElse(metOn), mc.learningOutcomes(), workload(mc, evidence), mc.eqfLevel(),
                    mc.assessment() == null ? "not stated" : mc.assessment().code(), mc.mode() == null ? "not stated" : mc.mode().code(),
                    qualityAssurance(mc.qualityAssurance(), bodies), mc.skills(), mc.iscedField(), mc.languages(), mc.prerequisites(),
                    mc.supervision() == null ? null : mc.supervision().code(), grade(evidence, mc),
                    mc.stackability() == null ? null : mc.stackability().code(), null, mc.furtherInformation(), List.of(), null);
        }
        MicroDegreeProgramme md = (MicroDegreeProgramme) credential;
        List<CertificateContent.Component> components = new ArrayList<>();
        Set<Text> outcomes = new LinkedHashSet<>();
        Set<String> skills = new LinkedHashSet<>(md.skills());
        Set<String> assessments = new LinkedHashSet<>();
        Optional<LocalDate> lastAssessed = assessedOn(evidence, md);
        for (ItemId mcId : md.microCredentials()) {
            Optional<MicroCredential> mc = credential(ItemKind.MICRO_CREDENTIAL, mcId, null);
            boolean completed = report == null || report.completed().contains(mcId.value());
            if (mc.isEmpty() || !completed && kind != CertificateKind.PARTIAL) {
                continue;
            }
            if (completed) {
                Optional<LocalDate> assessed = assessedOn(evidence, mc.get());
                if (assessed.isPresent() && (lastAssessed.isEmpty() || assessed.get().isAfter(lastAssessed.get()))) {
                    lastAssessed = assessed;
                }
                outcomes.addAll(mc.get().learningOutcomes());
                skills.addAll(mc.get().skills());
                if (mc.get().assessment() != null) {
                    assessments.add(mc.get().assessment().code());
                }
            }
            boolean within = report != null && report.withinDegree().contains(mcId.value());
            CertificateContent.AwardingBody by = body(institution(mcId.institution()));
            components.add(new CertificateContent.Component(mcId.value(), mc.get().title(), workload(mc.get(), evidence), within, completed, by));
        }
        CreditPoints workload = kind == CertificateKind.PARTIAL || md.creditPoints() == null
                ? components.stream().filter(CertificateContent.Component::completed).map(CertificateContent.Component::creditPoints).reduce(CreditPoints.ZERO,
                        CreditPoints::plus)
                : md.creditPoints();
        Text title = kind == CertificateKind.PARTIAL
                ? md.title().map((language, text) -> ("de".equals(language) ? "Teilabschluss: " : "Partial completion: ") + text)
                : md.title();
        return new CertificateContent(id, kind, md.kind().code(), md.id().value(), md.version(), who, title, md.description(), bodies, issued,
                lastAssessed.orElse(metOn),
                List.copyOf(outcomes), workload, md.eqfLevel(), assessments.isEmpty() ? "as in each component" : String.join(", ", assessments),
                md.mode() == null ? "not stated" : md.mode().code(), qualityAssurance(md.qualityAssurance(), bodies), List.copyOf(skills), null,
                md.languages(), null, null, null, "integrated-stackable", null, md.furtherInformation(), components,
                report == null ? null : report.degree());
    }

    /**
     * The date of the last assessment a credential rests on: its own result (or recognition), else the
     * last of its modules' results. A programme adds its completed micro-credentials' dates (above).
     */
    /**
     * The workload a certificate states: the credential's credit points, or, where its provider states
     * none or only a range (variable credit), those of the learner's own result for it.
     */
    private static CreditPoints workload(MicroCredential mc, List<Evidence> evidence) {
        if (mc.creditPoints() != null) {
            return mc.creditPoints();
        }
        return evidence.stream().filter(e -> mc.id().equals(e.item())).map(e -> CreditPoints.of(e.creditPoints()))
                .max(Comparator.naturalOrder()).orElse(CreditPoints.ZERO);
    }

    private static Optional<LocalDate> assessedOn(List<Evidence> evidence, CatalogueItem credential) {
        Optional<LocalDate> own = evidence.stream().filter(e -> credential.id().equals(e.item())).map(Evidence::date)
                .max(Comparator.naturalOrder());
        if (own.isPresent() || !(credential instanceof MicroCredential mc)) {
            return own;
        }
        return evidence.stream().filter(e -> e.item() != null && mc.modules().contains(e.item())).map(Evidence::date)
                .max(Comparator.naturalOrder());
    }

    /**
     * The grade on the German scale: of the micro-credential's own result, else the credit-weighted
     * mean of its modules' results when all are graded (cut, not rounded, to one decimal, as German
     * examination regulations do); none for pass/fail.
     */
    private static @Nullable String grade(List<Evidence> evidence, MicroCredential mc) {
        Optional<BigDecimal> own = evidence.stream().filter(e -> mc.id().equals(e.item()) && e.german() != null)
                .map(Evidence::german).min(Comparator.naturalOrder());
        if (own.isPresent()) {
            return own.get().setScale(1, RoundingMode.DOWN).toPlainString();
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (ItemId module : mc.modules()) {
            Optional<Evidence> best = evidence.stream().filter(e -> module.equals(e.item()) && e.german() != null)
                    .min(Comparator.comparing(Evidence::german));
            if (best.isEmpty()) {
                return null;
            }
            weighted = weighted.add(best.get().german().multiply(best.get().creditPoints()));
            credits = credits.add(best.get().creditPoints());
        }
        return credits.signum() == 0 ? null : weighted.divide(credits, 1, RoundingMode.DOWN).toPlainString();
    }

    /** The issuing institution's own statement where it gives one (its certificates speak with one voice), else the credential's. */
    private static String qualityAssurance(@Nullable String stated, List<CertificateContent.AwardingBody> bodies) {
        Text institutions = bodies.getFirst().branding().qualityAssurance();
        if (institutions != null) {
            return institutions.en();
        }
        return stated != null && !stated.isBlank() ? stated : "Internal quality assurance of " + bodies.getFirst().name().en();
    }

    private static CertificateContent.AwardingBody body(Institution i) {
        return new CertificateContent.AwardingBody(i.id().value(), i.name(), i.country(), i.legalIdentifier(), i.homepage(), branding(i.certificate()));
    }

    private static Branding branding(Institution.@Nullable CertificateBranding b) {
        if (b == null) {
            return Branding.NONE;
        }
        Institution.Signatory s = b.signatory();
        return new Branding(b.logo(), s == null ? null : s.name(), s == null ? null : s.role(), s == null ? null : s.signature(),
                b.qualityAssurance(), b.nationalFramework());
    }

}
