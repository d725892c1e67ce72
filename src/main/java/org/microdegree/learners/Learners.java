package org.microdegree.learners;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.microdegree.accounts.Account;
import org.microdegree.accounts.Accounts;
import org.microdegree.learners.internal.Fields;
import org.microdegree.learners.internal.RoundCodec;
import org.microdegree.learners.internal.jdbc.LearnerStore;
import org.microdegree.learners.model.Achievement;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.LearnerStatus;
import org.microdegree.learners.model.RecognitionCase;
import org.microdegree.learners.rules.LearnerAccess;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Learner records: made by registrars, or by a person signing in to apply; seen by the learner
 * themself and the registrars of their institutions; exported whole on request (GDPR art. 15 and
 * 20) and erased on request (art. 17), keeping the pseudonymous records that certificates rest on.
 * A learner who is not allowed to see a record is told it does not exist.
 */
@Service
public class Learners {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final Set<String> CONSENT_PURPOSES = Set.of(org.microdegree.learners.internal.Notifier.EMAIL_CONSENT, "share-with-partners");

    private final LearnerStore store;
    private final Accounts accounts;
    private final TransactionTemplate tx;
    private final org.microdegree.learners.internal.ClaimMail claimMail;
    private Clock clock = Clock.systemUTC();

    public Learners(LearnerStore store, Accounts accounts, TransactionTemplate tx, org.microdegree.learners.internal.ClaimMail claimMail) {
        this.store = store;
        this.accounts = accounts;
        this.tx = tx;
        this.claimMail = claimMail;
    }

    void clock(Clock clock) {
        this.clock = clock;
    }

    public Learner create(LearnerInput in, Actor actor) {
        Fields f = new Fields("", field -> switch (field) {
            case "name" -> in.name();
            case "email" -> in.email();
            case "birthDate" -> in.birthDate();
            case "status" -> in.status();
            case "institution" -> in.institution();
            case "studentNumber" -> in.studentNumber();
            default -> null;
        });
        String name = f.text("name", true, 200);
        String email = f.text("email", true, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            f.fail("email", "'" + email + "' is not an e-mail address");
        }
        LocalDate birth = f.date("birthDate", false);
        LearnerStatus status = f.coded("status", true, LearnerStatus.class);
        String inst = f.text("institution", true, 40);
        if (inst != null && !InstitutionId.isValid(inst)) {
            f.fail("institution", "'" + inst + "' is not an institution id");
            inst = null;
        }
        String number = f.text("studentNumber", false, 40);
        List<String> consents = in.consents() == null ? List.of() : in.consents();
        for (int i = 0; i < consents.size(); i++) {
            if (!CONSENT_PURPOSES.contains(consents.get(i))) {
                f.fail("consents[" + i + "]", "'" + consents.get(i) + "' is not one of " + String.join(", ", CONSENT_PURPOSES));
            }
        }
        f.throwIfAny();
        InstitutionId institution = InstitutionId.of(inst);
        if (!LearnerAccess.registrarAt(actor, institution)) {
            throw new ForbiddenException("only a registrar of " + institution + " enters its learners");
        }
        Instant now = clock.instant();
        return tx.execute(s -> {
            if (number != null && store.byStudentNumber(institution, number).isPresent()) {
                throw new ConflictException("student number " + number + " at " + institution + " belongs to another learner");
            }
            String id = org.microdegree.learners.internal.Ids.next();
            Learner l = new Learner(id, null, name, email, birth, status, number == null ? Map.of() : Map.of(institution, number),
                    consents.stream().map(p -> new org.microdegree.learners.model.Consent(p, now, null)).toList(), now, null);
            store.insertLearner(l);
            store.affiliate(id, institution);
            store.journal(id, "learner:" + id, now, actor.name(), "created", null);
            linkToLearnerAccounts(institution, List.of(l));
            return store.learner(id).orElseThrow();
        });
    }

    /**
     * A registrar's list of learners (CSV): new student numbers make new learners, known ones are
     * updated where name, e-mail, status or birth date changed. All rows or none.
     */
    public ImportSummary importCsv(String source, byte[] content, Actor actor) {
        List<org.microdegree.learners.internal.csv.LearnerCsv.Row> rows = org.microdegree.learners.internal.csv.LearnerCsv.read(source, content);
        Set<InstitutionId> denied = new java.util.TreeSet<>();
        rows.forEach(r -> {
            if (!LearnerAccess.registrarAt(actor, r.institution())) {
                denied.add(r.institution());
            }
        });
        if (!denied.isEmpty()) {
            throw new ForbiddenException("only registrars of " + denied + " enter their learners");
        }
        Instant now = clock.instant();
        return tx.execute(s -> {
            Map<String, Map<String, String>> known = store.studentNumbers(rows.stream().map(r -> r.institution().value()).collect(Collectors.toSet()));
            List<Learner> inserts = new ArrayList<>();
            int updated = 0;
            int unchanged = 0;
            for (var r : rows) {
                String id = known.getOrDefault(r.institution().value(), Map.of()).get(r.studentNumber());
                if (id == null) {
                    inserts.add(new Learner(org.microdegree.learners.internal.Ids.next(), null, r.name(), r.email(), r.birthDate(), r.status(),
                            Map.of(r.institution(), r.studentNumber()), List.of(), now, null));
                    continue;
                }
                Learner old = store.learner(id).orElseThrow();
                if (java.util.Objects.equals(old.name(), r.name()) && java.util.Objects.equals(old.email(), r.email())
                        && old.status() == r.status() && java.util.Objects.equals(old.birthDate(), r.birthDate())) {
                    unchanged++;
                } else {
                    store.updateLearner(id, r.name(), r.email(), r.birthDate(), r.status());
                    store.journal(id, "learner:" + id, now, actor.name(), "updated by import", source);
                    updated++;
                }
            }
            store.insertLearners(inserts);
            inserts.stream().collect(Collectors.groupingBy(l -> l.studentNumbers().keySet().iterator().next()))
                    .forEach(this::linkToLearnerAccounts);
            store.journal(inserts.stream().map(l -> new LearnerStore.JournalEntry(l.id(), "learner:" + l.id(), now, actor.name(),
                    "created by import", source)).toList());
            return new ImportSummary(rows.size(), inserts.size(), updated, unchanged);
        });
    }

    /** The learner, if the actor may see them; else not found. */
    public Learner get(String id, Actor actor) {
        Learner l = store.learner(id).orElseThrow(() -> new NotFoundException("no learner " + id));
        if (!LearnerAccess.canRead(actor, l.accountId(), store.affiliations(id))) {
            throw new NotFoundException("no learner " + id);
        }
        return l;
    }

    /** For other modules (audit, certificates): no access check, callers check. */
    public Optional<Learner> find(String id) {
        return store.learner(id);
    }

    public Set<InstitutionId> affiliations(String id) {
        return store.affiliations(id);
    }

    /** The learners of the institutions where the actor is registrar. */
    public List<Learner> list(Actor actor, int page, int size) {
        Set<String> at = actor.grants().stream().filter(g -> g.role() == Role.REGISTRAR || g.role() == Role.ADMIN)
                .map(Grant::institution).map(InstitutionId::value).collect(Collectors.toSet());
        return store.atInstitutions(at, size, page * size);
    }

    /**
     * The signed-in person's own learner record, the one linked to their account. Reading it never
     * writes: a record is linked only where its institution agrees (see {@link #linkOnRoleGranted}
     * and {@link #create}) or the person proved its e-mail address ({@link #confirmClaim}).
     */
    public Learner self(Actor actor) {
        if (actor.account() == null) {
            throw new ForbiddenException("sign in to see your records");
        }
        return store.byAccount(actor.account()).orElseThrow(() -> new NotFoundException(NO_RECORD));
    }

    public static final String NO_RECORD = "no learner record is linked to your account: your registrar links it,"
            + " or confirm your e-mail address (POST /api/v1/learners/me/claims)";

    /** The signed-in person's record, if one is linked to their account. */
    public Optional<Learner> own(Actor actor) {
        return actor.account() == null ? Optional.empty() : store.byAccount(actor.account());
    }

    /**
     * The record of a person who applies, enrols or asks for recognition: theirs, else a new one
     * of their own (an external applicant). A record a registrar made for the same e-mail address
     * is never taken over here: that needs the institution's agreement or the e-mail proof.
     */
    public Learner selfOrNew(Actor actor) {
        if (actor.account() == null) {
            throw new ForbiddenException("sign in to see your records");
        }
        Optional<Learner> linked = store.byAccount(actor.account());
        if (linked.isPresent()) {
            return linked.get();
        }
        Account account = accounts.byId(actor.account()).orElseThrow(() -> new ForbiddenException("sign in to see your records"));
        return tx.execute(s -> {
            Optional<Learner> again = store.byAccount(account.id());
            if (again.isPresent()) {
                return again.get();
            }
            Instant now = clock.instant();
            String id = org.microdegree.learners.internal.Ids.next();
            store.insertLearner(new Learner(id, account.id(), account.name(), account.email(), null, LearnerStatus.EXTERNAL, Map.of(),
                    List.of(), now, null));
            // a learner role names the institution the person studies at
            account.grants().stream().filter(g -> g.role() == Role.LEARNER).forEach(g -> store.affiliate(id, g.institution()));
            store.journal(id, "learner:" + id, now, actor.name(), "created when applying", null);
            return store.learner(id).orElseThrow();
        });
    }

    /**
     * An institution granted the learner role to an account (its admin, or its single sign-on):
     * the institution's own unlinked record for that e-mail address is the person's.
     */
    @org.springframework.context.event.EventListener
    void linkOnRoleGranted(org.microdegree.accounts.LearnerRoleGranted granted) {
        if (store.byAccount(granted.account()).isPresent()) {
            return;
        }
        List<Learner> records = store.unlinkedByEmailAt(granted.email(), granted.institution());
        if (records.size() == 1) {
            link(records.get(0).id(), granted.account(), "the learner role was granted by " + granted.institution());
        }
    }

    private void link(String learnerId, String accountId, String why) {
        store.linkAccount(learnerId, accountId);
        store.journal(learnerId, "learner:" + learnerId, clock.instant(), "system", "linked to account", why);
    }

    /** Links new records of {@code institution} to accounts that hold the learner role there with the same e-mail address. */
    private void linkToLearnerAccounts(InstitutionId institution, List<Learner> made) {
        Map<String, String> byEmail = accounts.learnerAccountsAt(institution,
                made.stream().map(Learner::email).filter(java.util.Objects::nonNull).toList());
        for (Learner l : made) {
            String account = l.email() == null ? null : byEmail.get(l.email().strip().toLowerCase(java.util.Locale.ROOT));
            if (account != null && store.byAccount(account).isEmpty()) {
                link(l.id(), account, "the record was made by the registrar of " + institution);
            }
        }
    }

    /**
     * A registrar of an institution that holds the record links it to the account with this e-mail
     * address: the institution vouches that the account's holder is its learner.
     */
    public Learner linkByRegistrar(String learnerId, String email, Actor actor) {
        Learner l = store.learner(learnerId).orElseThrow(() -> new NotFoundException("no learner " + learnerId));
        if (actor.readOnly() || !LearnerAccess.registrarOfAny(actor, store.affiliations(learnerId))) {
            throw new NotFoundException("no learner " + learnerId);
        }
        Account account = accounts.byEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> org.microdegree.shared.InvalidInputException.of("email", "no account has this e-mail address"));
        return tx.execute(s -> {
            if (l.accountId() != null) {
                throw new ConflictException(l.accountId().equals(account.id()) ? "the record is linked to this account already"
                        : "the record is linked to another account");
            }
            if (store.byAccount(account.id()).isPresent()) {
                throw new ConflictException("the account is linked to another learner record");
            }
            store.linkAccount(learnerId, account.id());
            store.journal(learnerId, "learner:" + learnerId, clock.instant(), actor.name(), "linked to account", "by the registrar");
            return store.learner(learnerId).orElseThrow();
        });
    }

    /** Whether a person can prove an e-mail address here: mail is configured, or the demo shows the link. */
    public boolean claimsPossible() {
        return claimMail.canSend();
    }

    /** A one-time link that proves an e-mail address, as sent (the link is shown only in demo mode). */
    public record Claim(String email, int records, boolean mailed, @Nullable String demoLink) {
    }

    /**
     * The person asks for the records made for their account's e-mail address: a one-time link,
     * valid for a day, goes to that address; following it while signed in links them.
     */
    public Claim requestClaim(Actor actor) {
        if (actor.account() == null || actor.readOnly()) {
            throw new ForbiddenException("sign in to claim your records");
        }
        if (store.byAccount(actor.account()).isPresent()) {
            throw new ConflictException("a learner record is linked to your account already");
        }
        Account account = accounts.byId(actor.account()).orElseThrow(() -> new ForbiddenException("sign in to claim your records"));
        List<Learner> records = store.unlinkedByEmailAnywhere(account.email());
        if (records.size() != 1) {
            throw new NotFoundException(records.isEmpty() ? "no learner record waits for your e-mail address; ask your registrar"
                    : "several learner records have your e-mail address; ask your registrar to link the right one");
        }
        if (!claimMail.canSend()) {
            throw new ConflictException("this installation sends no e-mail; ask your registrar to link your learner record");
        }
        String secret = org.microdegree.learners.internal.ClaimMail.secret();
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            store.insertClaim(org.microdegree.learners.internal.ClaimMail.hash(secret), records.get(0).id(), account.id(), now,
                    now.plus(java.time.Duration.ofDays(1)));
            store.journal(records.get(0).id(), "learner:" + records.get(0).id(), now, actor.name(), "e-mail confirmation sent", null);
        });
        String link = claimMail.send(account.email(), secret);
        return new Claim(account.email(), 1, !claimMail.demo(), claimMail.demo() ? link : null);
    }

    /** Follows the one-time link: the record is linked to the signed-in account that asked for it. */
    public Learner confirmClaim(String secret, Actor actor) {
        if (actor.account() == null || actor.readOnly()) {
            throw new ForbiddenException("sign in with the account that asked for the link");
        }
        Instant now = clock.instant();
        return tx.execute(s -> {
            if (store.byAccount(actor.account()).isPresent()) {
                throw new ConflictException("a learner record is linked to your account already");
            }
            String learner = store.useClaim(org.microdegree.learners.internal.ClaimMail.hash(secret), actor.account(), now)
                    .orElseThrow(() -> new NotFoundException("this link is unknown, used, expired, or was sent for another account"));
            Learner l = store.learner(learner).orElseThrow();
            if (l.accountId() != null || l.erasedAt() != null) {
                throw new ConflictException("this learner record is no longer available to link");
            }
            link(learner, actor.account(), "the e-mail address was confirmed");
            return store.learner(learner).orElseThrow();
        });
    }

    public Learner setConsent(String id, String purpose, boolean given, Actor actor) {
        Learner l = get(id, actor);
        if (!LearnerAccess.self(actor, l.accountId())) {
            throw new ForbiddenException("only the learner gives or withdraws their consent");
        }
        if (!CONSENT_PURPOSES.contains(purpose)) {
            throw org.microdegree.shared.InvalidInputException.of("purpose", "'" + purpose + "' is not one of " + String.join(", ", CONSENT_PURPOSES));
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            if (given) {
                store.consent(id, purpose, now);
            } else {
                store.withdrawConsent(id, purpose, now);
            }
            store.journal(id, "consent:" + purpose, now, actor.name(), given ? "consent given" : "consent withdrawn", null);
        });
        return store.learner(id).orElseThrow();
    }

    /** Everything about a learner, as their page shows it. */
    public LearnerRecords records(String id, Actor actor) {
        Learner l = get(id, actor);
        return new LearnerRecords(l, store.applicationsOfLearner(id), store.enrolmentsOf(id), store.achievementsOf(id),
                store.recognitionsOf(id), store.notificationsOf(id));
    }

    /** GDPR art. 15 and 20: all data kept about the learner, in a structured, machine-readable form. */
    public Map<String, Object> export(String id, Actor actor) {
        LearnerRecords r = records(id, actor);
        Learner l = r.learner();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("exportedAt", clock.instant().toString());
        out.put("format", "microdegree learner export v1");
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", l.id());
        person.put("name", l.name());
        person.put("email", l.email());
        person.put("birthDate", l.birthDate() == null ? null : l.birthDate().toString());
        person.put("status", l.status().code());
        Map<String, String> numbers = new LinkedHashMap<>();
        l.studentNumbers().forEach((k, v) -> numbers.put(k.value(), v));
        person.put("studentNumbers", numbers);
        person.put("createdAt", l.createdAt().toString());
        person.put("erasedAt", l.erasedAt() == null ? null : l.erasedAt().toString());
        out.put("learner", person);
        out.put("consents", l.consents().stream().map(c -> map("purpose", c.purpose(), "givenAt", c.givenAt().toString(),
                "withdrawnAt", c.withdrawnAt() == null ? null : c.withdrawnAt().toString())).toList());
        out.put("applications", r.applications().stream().map(a -> {
            Map<String, Object> m = map("id", a.id(), "round", a.roundId(), "submittedAt", a.submittedAt().toString(),
                    "status", a.status().code(), "score", a.score() == null ? null : a.score().toPlainString(), "rank", a.rank(),
                    "reason", a.reason());
            m.put("profile", RoundCodec.profile(a.profile()));
            m.put("documents", a.documents());
            m.put("reviews", a.reviews().size());
            return m;
        }).toList());
        out.put("enrolments", r.enrolments().stream().map(e -> map("id", e.id(), "kind", e.itemKind().code(), "item", e.item().value(),
                "round", e.roundId(), "status", e.status().code(), "enrolledAt", e.enrolledAt().toString(),
                "withdrawnAt", e.withdrawnAt() == null ? null : e.withdrawnAt().toString())).toList());
        out.put("achievements", r.achievements().stream().map(Learners::achievement).toList());
        out.put("recognitions", r.recognitions().stream().map(Learners::recognition).toList());
        out.put("notifications", r.notifications().stream().map(n -> map("id", n.id(), "kind", n.kind(), "args", n.args(),
                "createdAt", n.createdAt().toString(), "sentAt", n.sentAt() == null ? null : n.sentAt().toString())).toList());
        out.put("journal", store.journalOf(id).stream().map(j -> map("subject", j.subject(), "at", j.at().toString(), "by", j.actor(),
                "action", j.action(), "detail", j.detail())).toList());
        return out;
    }

    static Map<String, Object> achievement(Achievement a) {
        return map("id", a.id(), "institution", a.institution().value(), "kind", a.itemKind().code(), "item", a.item().value(),
                "date", a.achievedOn().toString(), "scale", a.grade().scale().code(), "grade", a.grade().value(),
                "germanGrade", a.grade().german() == null ? null : a.grade().german().toPlainString(), "passed", a.grade().passed(),
                "creditPoints", a.creditPoints().toPlainString(), "assessment", a.assessment().code(), "supervised", a.supervised(),
                "identityVerified", a.identityVerified(), "reference", a.reference(), "source", a.source());
    }

    static Map<String, Object> recognition(RecognitionCase c) {
        return map("id", c.id(), "achievement", c.achievementId(), "externalInstitution", c.externalInstitution(),
                "externalTitle", c.externalTitle(), "externalCreditPoints", plain(c.externalCreditPoints()), "externalGrade", c.externalGrade(),
                "target", c.target().code(), "targetRef", c.targetRef(), "targetInstitution", c.targetInstitution().value(),
                "requestedCreditPoints", plain(c.requestedCreditPoints()), "status", c.status().code(),
                "creditedCreditPoints", plain(c.creditedCreditPoints()), "justification", c.justification(), "decidedBy", c.decidedBy(),
                "decidedAt", c.decidedAt() == null ? null : c.decidedAt().toString(), "requestedAt", c.requestedAt().toString());
    }

    private static @Nullable String plain(java.math.@Nullable BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /**
     * GDPR art. 17: name, e-mail, birth date, student numbers, consents, uploaded documents, stated
     * profiles and notifications are deleted, and the link to the account is cut. What stays is a
     * pseudonymous id with the assessment records that examination law requires to be kept, so an
     * issued certificate (which carries its own signed copy of what it states) still verifies.
     */
    public Learner erase(String id, Actor actor) {
        Learner l = get(id, actor);
        if (l.erased()) {
            return l;
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            store.erase(id, now);
            store.journal(id, "learner:" + id, now, LearnerAccess.self(actor, l.accountId()) ? "the learner" : actor.name(),
                    "personal data erased", null);
        });
        return store.learner(id).orElseThrow();
    }

    /** What counts towards credentials: passed achievements and granted recognitions. */
    public List<Evidence> evidence(String learnerId) {
        return evidence(store.achievementsOf(learnerId), store.recognitionsOf(learnerId));
    }

    /**
     * Every learner's evidence at once, for a batch audit: results read lean in one stream (two
     * streams side by side were slower on H2), the few distinct units, institutions and kinds
     * shared between a million rows.
     */
    public Map<String, List<Evidence>> evidenceOfAll() {
        // the table in as many parts as there are cores, each read on its own connection; then merged
        int parts = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        List<Map<String, List<Evidence>>> read = java.util.stream.IntStream.range(0, parts).parallel()
                .mapToObj(part -> collect(row -> store.forEachPassed(parts, part, row), null, part == 0)).toList();
        Map<String, List<Evidence>> all = read.getFirst();
        for (Map<String, List<Evidence>> more : read.subList(1, read.size())) {
            more.forEach((learner, evidence) -> all.merge(learner, evidence, (a, b) -> {
                a.addAll(b);
                return a;
            }));
        }
        return all;
    }

    /** The evidence of these learners, for a re-audit of many at once. */
    public Map<String, List<Evidence>> evidenceOf(java.util.Collection<String> learnerIds) {
        return collect(row -> store.forEachPassed(learnerIds, row), new java.util.HashSet<>(learnerIds), true);
    }

    private Map<String, List<Evidence>> collect(java.util.function.Consumer<LearnerStore.PassedRow> source, java.util.@Nullable Set<String> only,
                                                boolean withRecognitions) {
        Map<String, List<Evidence>> out = new java.util.HashMap<>();
        Map<String, org.microdegree.shared.ItemId> items = new java.util.HashMap<>();
        Map<String, InstitutionId> institutions = new java.util.HashMap<>();
        Map<String, org.microdegree.catalog.model.ItemKind> kinds = new java.util.HashMap<>();
        Map<Object, Object> values = new java.util.HashMap<>();   // CP, grades and dates: a few hundred distinct values
        source.accept((learner, id, institution, kind, item, cp, german, on) ->
                out.computeIfAbsent(learner, k -> new ArrayList<>(40)).add(new Evidence("achievement", id,
                        kinds.computeIfAbsent(kind, k -> org.microdegree.catalog.model.Coded.fromCode(org.microdegree.catalog.model.ItemKind.class, k)
                                .orElseThrow()),
                        items.computeIfAbsent(item, org.microdegree.shared.ItemId::of), institutions.computeIfAbsent(institution, InstitutionId::of),
                        shared(values, cp), german == null ? null : shared(values, german), shared(values, on))));
        if (withRecognitions) {   // once per read, not once per part
            store.creditingRecognitions().forEach((learner, cases) -> {
                if (only == null || only.contains(learner)) {
                    out.computeIfAbsent(learner, k -> new ArrayList<>()).addAll(evidence(List.of(), cases));
                }
            });
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T shared(Map<Object, Object> values, T value) {
        return (T) values.computeIfAbsent(value, v -> v);
    }

    private static List<Evidence> evidence(List<Achievement> achievements, List<RecognitionCase> recognitions) {
        List<Evidence> out = new ArrayList<>();
        for (Achievement a : achievements) {
            if (a.grade().passed()) {
                out.add(new Evidence("achievement", a.id(), a.itemKind(), a.item(), a.institution(), a.creditPoints(), a.grade().german(),
                        a.achievedOn()));
            }
        }
        for (RecognitionCase c : recognitions) {
            if (c.status().credits() && c.creditedCreditPoints() != null && c.decidedAt() != null) {
                org.microdegree.catalog.model.ItemKind kind = switch (c.target()) {
                    case MICRO_CREDENTIAL -> org.microdegree.catalog.model.ItemKind.MICRO_CREDENTIAL;
                    case MICRO_DEGREE -> org.microdegree.catalog.model.ItemKind.MICRO_DEGREE;
                    case STUDY_PROGRAMME -> org.microdegree.catalog.model.ItemKind.STUDY_PROGRAMME;
                    case ADMISSION_REQUIREMENT -> null;
                };
                out.add(new Evidence("recognition", c.id(), kind,
                        kind != null && org.microdegree.shared.ItemId.isValid(c.targetRef()) ? org.microdegree.shared.ItemId.of(c.targetRef()) : null,
                        c.targetInstitution(), c.creditedCreditPoints(), null,
                        LocalDate.ofInstant(c.decidedAt(), java.time.ZoneOffset.UTC)));
            }
        }
        return out;
    }

    public List<LearnerStore.JournalRow> journal(String id, Actor actor) {
        get(id, actor);
        return store.journalOf(id);
    }
}
