package org.microdegree.credentials;

import java.util.function.Function;
import java.util.function.BiPredicate;
import java.util.Set;
import org.microdegree.shared.LearnerId;
import org.microdegree.shared.CertificateId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.microdegree.catalog.CatalogueVersions;
import org.springframework.transaction.PlatformTransactionManager;
import org.jspecify.annotations.Nullable;
import org.microdegree.audit.AuditReport;
import org.microdegree.audit.Audits;
import org.microdegree.audit.RequirementsMet;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.credentials.internal.SkillLabels;
import org.microdegree.shared.Coded;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.credentials.CertificateContents.Progress;
import org.microdegree.credentials.internal.Urls;
import org.microdegree.credentials.internal.jdbc.CertificateStore;
import org.microdegree.credentials.internal.keys.KeyRing;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.credentials.model.CertificateContent;
import org.microdegree.credentials.model.CertificateKind;
import org.microdegree.results.Evidence;
import org.microdegree.results.LearnerEvidence;
import org.microdegree.learners.LearnerDirectory;
import org.microdegree.learners.Learners;
import org.microdegree.learners.model.Learner;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.springframework.stereotype.Service;
/**
 * Awards certificates: when the audit finds a credential version met, when a registrar awards or
 * confirms one, when the partners of a joint programme approve it, and in bulk for a job's learners.
 * An award is one insert keyed by learner, credential and version, so it happens once however many
 * runs overlap, and a run cut off midway leaves only whole certificates: the next run awards the rest.
 */
@Service
public class AwardingCertificates {

    private final Catalogue catalogue;
    private final Learners learners;
    private final LearnerEvidence evidence;
    private final Audits audits;
    private final CertificateStore store;
    private final KeyRing keys;
    private final CertificateIssuer issuer;
    private final Clock clock;
    private final LearnerDirectory directory;
    private final IssuedTogether together;

    public AwardingCertificates(Catalogue catalogue, Learners learners, LearnerEvidence evidence, Audits audits, CertificateStore store,
            KeyRing keys, Urls urls, Clock clock, LearnerDirectory directory, SkillLabels skills, PlatformTransactionManager tm) {
        this.catalogue = catalogue;
        this.learners = learners;
        this.evidence = evidence;
        this.audits = audits;
        this.store = store;
        this.keys = keys;
        this.clock = clock;
        this.directory = directory;
        // an ESCO alignment names the skill by its preferred label, as a reader of the badge expects
        this.issuer = new CertificateIssuer(store, urls, () -> clock, skills::of);
        this.together = new IssuedTogether(issuer, store, directory, tm);
    }

    /** What an award came to. */
    public enum Result {
        ISSUED, ALREADY_ISSUED, AWAITING_APPROVAL, AWAITING_CONFIRMATION
    }

    public record Award(Result result, @Nullable Certificate certificate, List<String> approvalsMissing) {}

    /** What {@code award --all} did. */
    public record Summary(int issued, int alreadyIssued, int awaitingApproval, int awaitingConfirmation, int failed, long millis) {}

    /**
     * Awards the certificate for a credential version the learner met. Joint programmes are issued
     * only when every participating institution has approved.
     */
    public Award award(LearnerId learnerId, ItemKind kind, ItemId item, int version, LocalDate metOn, Actor actor) {
        CatalogueItem credential = catalogue.<CatalogueItem>find(kind, item, version, Catalogue.ALL)
                .orElseThrow(() -> new NotFoundException("no " + kind.code() + " " + item + " version " + version));
        requireRegistrar(actor, credential);
        return award(learnerId, credential, metOn, contents(), true);
    }

    private CertificateContents contents() {
        return new CertificateContents(catalogue, learners, evidence);
    }

    /**
     * The automatic award when the audit finds a credential version met: issued at once, unless
     * the credential's certificates wait for a registrar's confirmation.
     */
    public Award awardMet(RequirementsMet met) {
        CatalogueItem credential = catalogue.<CatalogueItem>find(met.kind(), met.credential(), met.version(), Catalogue.ALL)
                .orElseThrow(() -> new NotFoundException("no " + met.kind().code() + " " + met.credential() + " version " + met.version()));
        Progress progress = met.kind() == ItemKind.MICRO_DEGREE && !met.completedMicroCredentials().isEmpty()
                ? new Progress(met.degree(), met.completedMicroCredentials(), met.withinDegree())
                : null;
        return award(met.learnerId(), credential, met.metOn(), contents(), false, progress);
    }

    /** The same from a fresh audit: for awards that do not come with the audit's findings. */
    private @Nullable Progress progress(LearnerId learnerId, MicroDegreeProgramme md) {
        AuditReport report = audits.reports(learnerId, md.id(), List.of(), Actor.operator("certificates")).stream().findFirst().orElse(null);
        return report == null ? null : new Progress(report.degree(), report.completedMicroCredentials(), report.withinDegree());
    }

    /** Whether the credential's certificates are issued when met, or wait for a registrar's confirmation. */
    public void setConfirmation(ItemKind kind, ItemId item, boolean confirmation, Actor actor) {
        CatalogueItem credential = catalogue.<CatalogueItem>find(kind, item, null, Catalogue.ALL)
                .orElseThrow(() -> new NotFoundException("no " + kind.code() + " " + item));
        requireRegistrar(actor, credential);
        store.setConfirmation(kind.code(), item.value(), confirmation, actor.name(), clock.instant());
    }

    private Award award(LearnerId learnerId, CatalogueItem credential, LocalDate metOn, CertificateContents reads, boolean confirmed) {
        return award(learnerId, credential, metOn, reads, confirmed, null);
    }

    private Award award(LearnerId learnerId, CatalogueItem credential, LocalDate metOn, CertificateContents reads, boolean confirmed,
            @Nullable Progress known) {
        return award(learnerId, credential, metOn, reads, confirmed, known, single());
    }

    /**
     * What an award looks up besides the learner and the credential. One award asks the database each
     * time; a bulk award's chunk once for all its certificates (a key rotated meanwhile signs from the
     * next chunk on), and skips asking whether each was awarded: its list holds only unawarded ones, and
     * the certificate's unique award key still refuses a second one.
     */
    private record Lookups(boolean checkAwarded, BiPredicate<String, String> needsConfirmation,
            Function<String, KeyRing.SigningKey> key, @Nullable Queue<IssuedTogether.Pending> signedOnly) {}

    private Lookups single() {
        return new Lookups(true, store::needsConfirmation, keys::current, null);
    }

    /** A bulk award's: its certificates are signed here and stored together by the caller ({@link IssuedTogether}). */
    private Lookups bulk(Queue<IssuedTogether.Pending> signed) {
        Set<String> confirming = store.needingConfirmation();
        return new Lookups(false, (kind, item) -> confirming.contains(kind + " " + item), keys.currentKeys(), signed);
    }

    private Award award(LearnerId learnerId, CatalogueItem credential, LocalDate metOn, CertificateContents reads, boolean confirmed,
            @Nullable Progress known, Lookups lookups) {
        String awardKey = CertificateIssuer.awardKey(learnerId, credential);
        if (lookups.checkAwarded() && store.awarded(awardKey)) {
            return new Award(Result.ALREADY_ISSUED, null, List.of());
        }
        if (!confirmed && lookups.needsConfirmation().test(credential.kind().code(), credential.id().value())) {
            return new Award(Result.AWAITING_CONFIRMATION, null, List.of());
        }
        CertificateKind kind = CertificateIssuer.kindOf(credential);
        List<String> awarding = CertificateIssuer.awardingInstitutions(credential);
        if (awarding.size() > 1) {
            List<String> missing = new ArrayList<>(awarding);
            missing.removeAll(store.approvals(awardKey));
            if (!missing.isEmpty()) {
                return new Award(Result.AWAITING_APPROVAL, null, missing);
            }
        }
        // the key first: without the password nothing can be signed, and nothing else need be read
        KeyRing.SigningKey key = lookups.key().apply(awarding.getFirst());
        Learner learner = reads.learner(learnerId).orElseThrow(() -> new NotFoundException("no learner " + learnerId));
        String id = CertificateId.random().value();
        Progress progress = known == null && credential instanceof MicroDegreeProgramme md ? progress(learnerId, md) : known;
        CertificateContent content = reads.of(id, kind, learner, credential, metOn, clock.instant(), awarding, progress);
        if (lookups.signedOnly() != null) {
            // stored, and counted, with the rest of its slice
            lookups.signedOnly().add(new IssuedTogether.Pending(issuer.signed(awardKey, content, credential, key), content, credential, key, learner));
            return new Award(Result.ISSUED, null, List.of());
        }
        Optional<Certificate> issued = issuer.issue(awardKey, content, credential, key);
        // she hears of it (and is e-mailed, with her consent); a bulk award's learners see theirs on their page
        issued.ifPresent(c -> directory.notify(learner, "certificate-issued", Map.of("item", credential.id().value())));
        return issued.map(c -> new Award(Result.ISSUED, c, List.of())).orElseGet(() -> new Award(Result.ALREADY_ISSUED, null, List.of()));
    }

    /** How many met credential versions have no certificate yet (awaiting approval, confirmation, or a key that opens). */
    public int unawarded() {
        return store.unawarded().size();
    }

    /**
     * Awards every met credential version that has no certificate yet, on all cores. Those whose
     * certificates wait for confirmation are issued only when {@code confirm} says the registrar
     * confirms them all.
     */
    public Summary awardAll(Actor actor) {
        return awardAll(actor, false);
    }

    public Summary awardAll(Actor actor, boolean confirm) {
        return award(store.unawarded(), actor, confirm, Map.of());
    }

    /**
     * Awards what these learners met and hold no certificate for: one chunk of a bulk job. Its
     * certificates are stored a hundred per transaction, each under its unique award key, so that a
     * chunk cut off by a crash and run again issues nothing twice.
     */
    public Summary awardPending(Collection<LearnerId> learnerIds, Actor actor, boolean confirm) {
        return award(store.unawarded(learnerIds), actor, confirm, Map.of());
    }

    /** The same over these learners' evidence, read before by the caller (a job's chunk reads it once). */
    public Summary awardPending(Collection<LearnerId> learnerIds, Map<LearnerId, List<Evidence>> evidence,
            Actor actor, boolean confirm) {
        return award(store.unawarded(learnerIds), actor, confirm, evidence);
    }

    /** The learners who met a credential version and hold no certificate for it, in order of their ids. */
    public List<String> learnersAwaitingAward() {
        return store.learnersUnawarded();
    }

    private Summary award(List<CertificateStore.Met> todo, Actor actor, boolean confirm, Map<LearnerId, List<Evidence>> evidence) {
        if (!actor.operator() && !actor.hasAnywhere(Role.REGISTRAR)) {
            throw new ForbiddenException("awarding needs a registrar");
        }
        long start = System.nanoTime();
        IssuedTogether.Counts counts = new IssuedTogether.Counts();
        CatalogueVersions versions = catalogue.versions();
        Queue<IssuedTogether.Pending> signed = new ConcurrentLinkedQueue<>();
        Lookups lookups = bulk(signed);
        // a slice's certificates are signed on all cores, then stored a hundred per transaction; the
        // slices also bound what award --all holds in memory
        for (int from = 0; from < todo.size(); from += IssuedTogether.SLICE) {
            List<CertificateStore.Met> slice = todo.subList(from, Math.min(todo.size(), from + IssuedTogether.SLICE));
            awardSlice(slice, actor, confirm, evidence, versions, lookups, counts);
            together.store(List.copyOf(signed), counts);
            signed.clear();
        }
        return counts.summary((System.nanoTime() - start) / 1_000_000);
    }

    private void awardSlice(List<CertificateStore.Met> todo, Actor actor, boolean confirm, Map<LearnerId, List<Evidence>> evidence,
            CatalogueVersions versions, Lookups lookups, IssuedTogether.Counts counts) {
        List<LearnerId> awardees = todo.stream().map(CertificateStore.Met::learner).distinct().toList();
        CertificateContents reads = contents().withCatalogue(versions).withEvidence(evidence)
                .forLearners(awardees.stream().filter(l -> !evidence.containsKey(l)).toList()).withLearners(awardees);
        // what each programme certificate lists, from one reading of the catalogue for them all
        Map<Audits.LearnerProgramme, AuditReport> reports = audits.reports(todo.stream()
                .filter(m -> m.itemKind().equals(ItemKind.MICRO_DEGREE.code()))
                .map(m -> new Audits.LearnerProgramme(m.learner(), ItemId.of(m.item()))).toList(), reads.evidence(), Actor.operator("certificates"));
        todo.parallelStream().forEach(m -> {
            Optional<CatalogueItem> credential = Coded.fromCode(ItemKind.class, m.itemKind())
                    .flatMap(kind -> reads.credential(kind, ItemId.of(m.item()), m.version()));
            if (credential.isEmpty()
                    || !actor.operator() && CertificateIssuer.awardingInstitutions(credential.get()).stream().noneMatch(i -> actor.has(Role.REGISTRAR, i))) {
                counts.failed().incrementAndGet();
                return;
            }
            AuditReport report = reports.get(new Audits.LearnerProgramme(m.learner(), ItemId.of(m.item())));
            Progress known = report == null ? null : new Progress(report.degree(), report.completedMicroCredentials(), report.withinDegree());
            switch (award(m.learner(), credential.get(), m.on(), reads, confirm, known, lookups).result()) {
                case ISSUED -> {
                    // counted when stored
                }
                case ALREADY_ISSUED -> counts.already().incrementAndGet();
                case AWAITING_APPROVAL -> counts.waiting().incrementAndGet();
                case AWAITING_CONFIRMATION -> counts.unconfirmed().incrementAndGet();
            }
        });
    }

    /**
     * A partner institution approves the joint award of a programme to a learner; the last approval
     * issues it. The approvals are recorded with who gave them.
     */
    public Award approve(LearnerId learnerId, ItemId programme, String institution, Actor actor) {
        MicroDegreeProgramme md = programme(programme);
        if (!actor.operator() && !actor.has(Role.REGISTRAR, institution)) {
            throw new ForbiddenException("only a registrar of " + institution + " approves for it");
        }
        if (!CertificateIssuer.awardingInstitutions(md).contains(institution)) {
            throw new ConflictException(institution + " does not award " + programme);
        }
        Optional<LocalDate> met = audits.reports(learnerId, programme, List.of(), Actor.operator("certificates")).stream()
                .filter(AuditReport::complete).findFirst().map(r -> LocalDate.now(clock));
        if (met.isEmpty()) {
            throw new ConflictException("the learner has not met the requirements of " + programme);
        }
        store.approve(CertificateIssuer.awardKey(learnerId, md), institution, actor.name(), clock.instant());
        return award(learnerId, md, met.get(), contents(), true);
    }

    /** A confirmation of what is complete so far in a programme the learner has not finished. */
    public Certificate confirmPartial(LearnerId learnerId, ItemId programme, Actor actor) {
        MicroDegreeProgramme md = programme(programme);
        requireRegistrar(actor, md);
        AuditReport report = audits.reports(learnerId, programme, List.of(), Actor.operator("certificates")).stream().findFirst()
                .orElseThrow(() -> new ConflictException("the learner is not enrolled in " + programme));
        if (report.complete()) {
            throw new ConflictException("the learner has completed " + programme + ": its certificate, not a partial confirmation, says so");
        }
        if (report.completedMicroCredentials().isEmpty()) {
            throw new ConflictException("the learner has completed no micro-credential of " + programme + " yet");
        }
        Learner learner = learners.find(learnerId).orElseThrow(() -> new NotFoundException("no learner " + learnerId));
        String id = CertificateId.random().value();
        CertificateContent content = contents().of(id, CertificateKind.PARTIAL, learner, md, LocalDate.now(clock), clock.instant(),
                CertificateIssuer.awardingInstitutions(md), new Progress(report.degree(), report.completedMicroCredentials(), report.withinDegree()));
        String awardKey = "partial|" + learnerId + "|" + md.id() + "|" + md.version() + "|" + String.join(",", report.completedMicroCredentials());
        KeyRing.SigningKey key = keys.current(content.issuer().id());
        return issuer.issue(awardKey, content, md, key)
                .orElseThrow(() -> new ConflictException("this confirmation was issued before; nothing new is complete"));
    }

    private MicroDegreeProgramme programme(ItemId id) {
        return catalogue.<MicroDegreeProgramme>find(ItemKind.MICRO_DEGREE, id, null, Catalogue.ALL)
                .orElseThrow(() -> new NotFoundException("no programme " + id));
    }

    /** The content a stored certificate was made from, re-read for the PDF and ELM forms. */
    CertificateContent contentOf(Certificate c) {
        CatalogueItem credential = catalogue.<CatalogueItem>find(Coded.fromCode(ItemKind.class, c.itemKind()).orElseThrow(), ItemId.of(c.item()),
                c.version(), Catalogue.ALL).orElseThrow(() -> new NotFoundException("the credential of certificate " + c.id() + " is gone"));
        Learner learner = learners.find(c.learner()).orElseThrow(() -> new NotFoundException("no learner " + c.learner()));
        LocalDate on = c.issued().atZone(ZoneOffset.UTC).toLocalDate();
        return contents().of(c.id().value(), c.kind(), learner, credential, on, c.issued(), CertificateIssuer.awardingInstitutions(credential),
                credential instanceof MicroDegreeProgramme md ? progress(c.learner(), md) : null);
    }

    private void requireRegistrar(Actor actor, CatalogueItem credential) {
        if (!actor.operator() && CertificateIssuer.awardingInstitutions(credential).stream().noneMatch(i -> actor.has(Role.REGISTRAR, i))) {
            throw new ForbiddenException("only a registrar of " + credential.id().institution() + " awards " + credential.id());
        }
    }
}
