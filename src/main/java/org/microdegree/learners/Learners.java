package org.microdegree.learners;

import org.microdegree.shared.Violation;
import org.microdegree.shared.Coded;
import org.microdegree.shared.LearnerId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.microdegree.accounts.Account;
import org.microdegree.accounts.Accounts;
import org.microdegree.learners.internal.ExportDocument;
import org.microdegree.learners.internal.Notifier;
import org.microdegree.learners.internal.csv.LearnerCsv;
import org.microdegree.learners.internal.jdbc.LearnerStore;
import org.microdegree.learners.model.Consent;
import org.microdegree.learners.model.JournalRow;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.LearnerJournalEntry;
import org.microdegree.learners.model.LearnerStatus;
import org.microdegree.learners.rules.LearnerAccess;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.validation.Format;
import org.microdegree.shared.validation.Inputs;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
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

    public static final Set<String> CONSENT_PURPOSES = Set.of(Notifier.EMAIL_CONSENT, "share-with-partners");

    private final LearnerStore store;
    private final List<LearnerRecordKeeper> keepers;
    private final Accounts accounts;
    private final TransactionTemplate tx;
    private final AccountLinks links;
    private final Clock clock;

    public Learners(LearnerStore store, List<LearnerRecordKeeper> keepers, Accounts accounts, TransactionTemplate tx, AccountLinks links, Clock clock) {
        this.clock = clock;
        this.links = links;
        this.store = store;
        this.keepers = keepers;
        this.accounts = accounts;
        this.tx = tx;
    }

    public Learner create(LearnerInput in, Actor actor) {
        List<Violation> problems = Inputs.violations(in);
        List<String> consents = in.consents() == null ? List.of() : in.consents();
        for (int i = 0; i < consents.size(); i++) {
            if (!CONSENT_PURPOSES.contains(consents.get(i))) {
                problems.add(Violation.at("consents[" + i + "]", "'" + consents.get(i) + "' is not one of " + String.join(", ", CONSENT_PURPOSES)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String name = in.name().strip();
        String email = in.email().strip();
        LocalDate birth = Format.parseDate(in.birthDate());
        LearnerStatus status = Coded.fromCode(LearnerStatus.class, Format.lowerCase(in.status())).orElseThrow();
        String inst = in.institution().strip();
        String number = Format.present(in.studentNumber());
        InstitutionId institution = InstitutionId.of(inst);
        if (!LearnerAccess.registrarAt(actor, institution)) {
            throw new ForbiddenException("only a registrar of " + institution + " enters its learners");
        }
        Instant now = clock.instant();
        return tx.execute(s -> {
            if (number != null && store.byStudentNumber(institution, number).isPresent()) {
                throw new ConflictException("student number " + number + " at " + institution + " belongs to another learner");
            }
            LearnerId id = LearnerId.next();
            Learner l = new Learner(id, null, name, email, birth, status, number == null ? Map.of() : Map.of(institution, number),
                    consents.stream().map(p -> new Consent(p, now, null)).toList(), now, null);
            store.insertLearner(l);
            store.affiliate(id, institution);
            store.journal(id, "learner:" + id, now, actor.name(), "created", null);
            links.linkToLearnerAccounts(institution, List.of(l));
            return store.learner(id).orElseThrow();
        });
    }

    /**
     * A registrar's list of learners (CSV): new student numbers make new learners, known ones are
     * updated where name, e-mail, status or birth date changed. All rows or none.
     */
    public ImportSummary importCsv(String source, byte[] content, Actor actor) {
        List<LearnerCsv.Row> rows = LearnerCsv.read(source, content);
        Set<InstitutionId> denied = new TreeSet<>();
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
                String knownId = known.getOrDefault(r.institution().value(), Map.of()).get(r.studentNumber());
                LearnerId id = knownId == null ? null : LearnerId.of(knownId);
                if (id == null) {
                    inserts.add(new Learner(LearnerId.next(), null, r.name(), r.email(), r.birthDate(), r.status(),
                            Map.of(r.institution(), r.studentNumber()), List.of(), now, null));
                    continue;
                }
                Learner old = store.learner(id).orElseThrow();
                if (Objects.equals(old.name(), r.name()) && Objects.equals(old.email(), r.email())
                        && old.status() == r.status() && Objects.equals(old.birthDate(), r.birthDate())) {
                    unchanged++;
                } else {
                    store.updateLearner(id, r.name(), r.email(), r.birthDate(), r.status());
                    store.journal(id, "learner:" + id, now, actor.name(), "updated by import", source);
                    updated++;
                }
            }
            store.insertLearners(inserts);
            inserts.stream().collect(Collectors.groupingBy(l -> l.studentNumbers().keySet().iterator().next()))
                    .forEach(links::linkToLearnerAccounts);
            store.journal(inserts.stream().map(l -> new LearnerJournalEntry(l.id(), "learner:" + l.id(), now, actor.name(),
                    "created by import", source)).toList());
            return new ImportSummary(rows.size(), inserts.size(), updated, unchanged);
        });
    }

    /** The learner, if the actor may see them; else not found. */
    public Learner get(LearnerId id, Actor actor) {
        Learner l = store.learner(id).orElseThrow(() -> new NotFoundException("no learner " + id));
        if (!LearnerAccess.canRead(actor, l.accountId(), store.affiliations(id))) {
            throw new NotFoundException("no learner " + id);
        }
        return l;
    }

    /** For other modules (audit, certificates): no access check, callers check. */
    public Optional<Learner> find(LearnerId id) {
        return store.learner(id);
    }

    /** The same for many learners at once (a bulk award's chunk): those that exist, by id. */
    public Map<LearnerId, Learner> find(Collection<LearnerId> ids) {
        return store.learners(ids);
    }

    public Set<InstitutionId> affiliations(LearnerId id) {
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
            LearnerId id = LearnerId.next();
            store.insertLearner(new Learner(id, account.id(), account.name(), account.email(), null, LearnerStatus.EXTERNAL, Map.of(),
                    List.of(), now, null));
            // a learner role names the institution the person studies at
            account.grants().stream().filter(g -> g.role() == Role.LEARNER).forEach(g -> store.affiliate(id, g.institution()));
            store.journal(id, "learner:" + id, now, actor.name(), "created when applying", null);
            return store.learner(id).orElseThrow();
        });
    }

    public Learner setConsent(LearnerId id, String purpose, boolean given, Actor actor) {
        Learner l = get(id, actor);
        if (!LearnerAccess.self(actor, l.accountId())) {
            throw new ForbiddenException("only the learner gives or withdraws their consent");
        }
        if (!CONSENT_PURPOSES.contains(purpose)) {
            throw InvalidInputException.of("purpose", "'" + purpose + "' is not one of " + String.join(", ", CONSENT_PURPOSES));
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
    public LearnerRecords records(LearnerId id, Actor actor) {
        Learner l = get(id, actor);
        Map<String, List<?>> kept = new LinkedHashMap<>();
        keepers.forEach(k -> kept.putAll(k.records(id)));
        return new LearnerRecords(l, kept, store.notificationsOf(id));
    }

    /** GDPR art. 15 and 20: all data kept about the learner, in a structured, machine-readable form. */
    public Map<String, Object> export(LearnerId id, Actor actor) {
        Learner l = get(id, actor);
        Map<String, List<Map<String, Object>>> kept = new LinkedHashMap<>();
        keepers.forEach(k -> kept.putAll(k.export(id)));
        return ExportDocument.of(l, kept, store.notificationsOf(id), store.journalOf(id), clock.instant());
    }

    /**
     * GDPR art. 17: name, e-mail, birth date, student numbers, consents, uploaded documents, stated
     * profiles and notifications are deleted, and the link to the account is cut. What stays is a
     * pseudonymous id with the assessment records that examination law requires to be kept, so an
     * issued certificate (which carries its own signed copy of what it states) still verifies.
     */
    public Learner erase(LearnerId id, Actor actor) {
        Learner l = get(id, actor);
        if (l.erased()) {
            return l;
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            store.erase(id, now);
            keepers.forEach(k -> k.erase(id));
            if (l.accountId() != null && LearnerAccess.self(actor, l.accountId())) {
                // she erased her own data: the account that held nothing but her studies goes too
                accounts.eraseLearnerAccount(l.accountId());
            }
            store.journal(id, "learner:" + id, now, LearnerAccess.self(actor, l.accountId()) ? "the learner" : actor.name(),
                    "personal data erased", null);
        });
        return store.learner(id).orElseThrow();
    }

    public List<JournalRow> journal(LearnerId id, Actor actor) {
        get(id, actor);
        return store.journalOf(id);
    }
}
