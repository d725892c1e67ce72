package org.microdegree.learners;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.learners.internal.Fields;
import org.microdegree.learners.internal.Notifier;
import org.microdegree.learners.internal.jdbc.LearnerStore;
import org.microdegree.learners.model.ApplicantProfile;
import org.microdegree.learners.model.Application;
import org.microdegree.learners.model.ApplicationRound;
import org.microdegree.learners.model.ApplicationStatus;
import org.microdegree.learners.model.Cefr;
import org.microdegree.learners.model.EligibilityCriterion;
import org.microdegree.learners.model.Enrolment;
import org.microdegree.learners.model.EnrolmentStatus;
import org.microdegree.learners.model.Learner;
import org.microdegree.learners.model.Ranking;
import org.microdegree.learners.model.SelectionMode;
import org.microdegree.learners.rules.Deadlines;
import org.microdegree.learners.rules.LearnerAccess;
import org.microdegree.learners.rules.Selection;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Application rounds, applications, ranking and selection, the waitlist, and enrolment within the
 * places of a round. Places are taken by one conditional update of a counter row, so that no number
 * of concurrent requests on any number of instances overbooks a round (see LearnerStore#takePlace).
 */
@Service
public class Admissions {

    public static final InstitutionId EXTERNAL = InstitutionId.of("external");
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm zzz", Locale.ENGLISH);

    private final LearnerStore store;
    private final Catalogue catalogue;
    private final Learners learners;
    private final Notifier notifier;
    private final TransactionTemplate tx;
    // a new enrolment may complete what earlier results could not: the audit looks again
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    public Admissions(LearnerStore store, Catalogue catalogue, Learners learners, Notifier notifier, TransactionTemplate tx,
                      org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.store = store;
        this.catalogue = catalogue;
        this.learners = learners;
        this.notifier = notifier;
        this.tx = tx;
    }

    // ---- rounds ----

    public ApplicationRound createRound(RoundInput in, Actor actor) {
        Fields f = new Fields("", field -> switch (field) {
            case "id" -> in.id();
            case "kind" -> in.kind();
            case "item" -> in.item();
            case "opens" -> in.opens();
            case "closes" -> in.closes();
            case "zone" -> in.zone();
            case "selection" -> in.selection();
            default -> null;
        });
        String id = f.text("id", true, 80);
        if (id != null && !ItemId.isValid(id)) {
            f.fail("id", "'" + id + "' is not an id of the form institution:name");
        }
        ItemKind kind = f.coded("kind", true, ItemKind.class);
        if (kind != null && kind != ItemKind.MICRO_CREDENTIAL && kind != ItemKind.MICRO_DEGREE) {
            f.fail("kind", "rounds are for a micro-credential or a micro-degree");
        }
        ItemId item = f.parse("item", true, ItemId::of);
        Optional<CatalogueItem> found = Optional.empty();
        if (kind != null && item != null) {
            found = catalogue.find(kind, item, null, EnumSet.of(LifecycleStatus.PUBLISHED));
            if (found.isEmpty()) {
                f.fail("item", "no published " + kind.code() + " '" + item + "'");
            }
        }
        ZoneId zone = null;
        String zoneText = f.text("zone", true, 60);
        if (zoneText != null) {
            zone = Deadlines.zone(zoneText).orElse(null);
            if (zone == null) {
                f.fail("zone", "'" + zoneText + "' is not a time zone such as Europe/Berlin or CET");
            }
        }
        Instant opens = instant(f, "opens", zone);
        Instant closes = instant(f, "closes", zone);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            f.fail("closes", "must be after the opening");
        }
        SelectionMode selection = f.raw("selection").isEmpty() ? SelectionMode.RANKED : f.coded("selection", true, SelectionMode.class);
        if (in.capacity() == null || in.capacity() < 1 || in.capacity() > 100_000) {
            f.fail("capacity", in.capacity() == null ? "required" : "must be 1 to 100000");
        }
        if (in.perInstitution() != null && (in.perInstitution() < 1 || in.capacity() != null && in.perInstitution() > in.capacity())) {
            f.fail("perInstitution", "must be 1 to the capacity");
        }
        if (in.perInstitution() != null && selection == SelectionMode.FIRST_COME) {
            f.fail("perInstitution", "places per institution need ranked selection");
        }
        List<EligibilityCriterion> criteria = criteria(f, in.eligibility() == null ? List.of() : in.eligibility());
        List<String> documents = in.documents() == null ? List.of() : in.documents();
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i) == null || !documents.get(i).matches("[a-z][a-z0-9-]{0,59}")) {
                f.fail("documents[" + i + "]", "a document is named in lower-case letters, digits and '-' (e.g. cv, motivation-letter)");
            }
        }
        Ranking ranking = ranking(f, in.ranking());
        f.throwIfAny();
        InstitutionId institution = InstitutionId.of(item.institution());
        if (!LearnerAccess.registrarAt(actor, institution)) {
            throw new ForbiddenException("only a registrar of " + institution + " opens rounds for its offerings");
        }
        ApplicationRound round = new ApplicationRound(id, institution, kind, item, opens, closes, zone, selection, in.capacity(),
                in.perInstitution(), criteria, List.copyOf(new TreeSet<>(documents)), ranking, null, clock.instant());
        tx.executeWithoutResult(s -> {
            if (store.round(id).isPresent()) {
                throw new ConflictException("a round '" + id + "' exists already");
            }
            store.insertRound(round);
        });
        return store.round(id).orElseThrow();
    }

    private static @Nullable Instant instant(Fields f, String field, @Nullable ZoneId zone) {
        String text = f.text(field, true, 60);
        if (text == null || zone == null) {
            return null;
        }
        Deadlines.Resolved r = Deadlines.resolve(text, zone);
        if (r.problem() != null) {
            f.fail(field, r.problem());
        }
        return r.instant().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<EligibilityCriterion> criteria(Fields f, List<Map<String, Object>> raw) {
        List<EligibilityCriterion> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Map<String, Object> c = raw.get(i);
            String at = "eligibility[" + i + "]";
            Object type = c == null ? null : c.get("type");
            try {
                switch (type == null ? "" : type.toString()) {
                    case "enrolled-in-master-at" -> {
                        List<String> insts = (List<String>) c.get("institutions");
                        if (insts == null || insts.isEmpty() || !insts.stream().allMatch(InstitutionId::isValid)) {
                            f.fail(at + ".institutions", "a list of institution ids");
                        } else {
                            out.add(new EligibilityCriterion.EnrolledInMasterAt(insts.stream().map(InstitutionId::of).collect(Collectors.toSet())));
                        }
                    }
                    case "prior-degree-at-least" -> {
                        Object eqf = c.get("eqf");
                        if (!(eqf instanceof Number n) || n.intValue() < 1 || n.intValue() > 8) {
                            f.fail(at + ".eqf", "an EQF level 1 to 8");
                        } else {
                            out.add(new EligibilityCriterion.PriorDegreeAtLeast(n.intValue()));
                        }
                    }
                    case "language-at-least" -> {
                        Object lang = c.get("language");
                        Object level = c.get("level");
                        if (!(lang instanceof String l) || !l.matches("[a-z]{2}")) {
                            f.fail(at + ".language", "a two-letter language code such as en");
                        } else if (!(level instanceof String lv) || !lv.matches("[ABC][12]")) {
                            f.fail(at + ".level", "a CEFR level A1 to C2");
                        } else {
                            out.add(new EligibilityCriterion.LanguageAtLeast(l, Cefr.valueOf(lv)));
                        }
                    }
                    default -> f.fail(at + ".type", "one of enrolled-in-master-at, prior-degree-at-least, language-at-least");
                }
            } catch (ClassCastException e) {
                f.fail(at, "not a criterion of the documented shape");
            }
        }
        return out;
    }

    private static Ranking ranking(Fields f, @Nullable Map<String, Object> raw) {
        if (raw == null) {
            return Ranking.GRADE_ONLY;
        }
        double grade = weight(f, raw, "priorGrade");
        double reviews = weight(f, raw, "reviews");
        return grade < 0 || reviews < 0 ? Ranking.GRADE_ONLY : new Ranking(grade, reviews);
    }

    private static double weight(Fields f, Map<String, Object> raw, String key) {
        Object v = raw.get(key);
        if (v == null) {
            return 0;
        }
        if (!(v instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 100) {
            f.fail("ranking." + key, "a weight from 0 to 100");
            return -1;
        }
        return n.doubleValue();
    }

    public ApplicationRound round(String id) {
        return store.round(id).orElseThrow(() -> new NotFoundException("no application round " + id));
    }

    /** Rounds taking applications at this moment: public. */
    public List<ApplicationRound> open() {
        return store.openAt(clock.instant());
    }

    /** The rounds of the institutions where the actor is registrar. */
    public List<ApplicationRound> managed(Actor actor) {
        if (actor.operator()) {
            return store.allRounds();
        }
        return store.roundsOf(actor.staffOf().stream().filter(i -> actor.has(Role.REGISTRAR, i)).map(InstitutionId::value)
                .collect(Collectors.toSet()));
    }

    /** "11 September 2025, 23:00 CEST" in the given zone. */
    public static String shown(Instant at, ZoneId zone) {
        return SHOWN.format(at.atZone(zone));
    }

    private ApplicationRound managedRound(String roundId, Actor actor) {
        ApplicationRound r = round(roundId);
        if (!LearnerAccess.registrarAt(actor, r.institution())) {
            throw new ForbiddenException("only a registrar of " + r.institution() + " manages this round");
        }
        return r;
    }

    public List<Application> applications(String roundId, Actor actor) {
        managedRound(roundId, actor);
        return store.applicationsOf(roundId);
    }

    public long placesTaken(String roundId) {
        return store.placesTaken(roundId);
    }

    // ---- applying ----

    private Learner applicant(@Nullable String learnerId, ApplicationRound round, Actor actor) {
        if (learnerId == null) {
            return learners.selfOrNew(actor);
        }
        if (!LearnerAccess.registrarAt(actor, round.institution())) {
            throw new ForbiddenException("only a registrar of " + round.institution() + " applies on a learner's behalf");
        }
        return store.learner(learnerId).orElseThrow(() -> InvalidInputException.of("learner", "no learner '" + learnerId + "'"));
    }

    public Application apply(String roundId, ApplicationInput in, Actor actor) {
        return apply(round(roundId), in, actor, clock.instant());
    }

    /**
     * An application that arrived by another channel (post, e-mail, a previous system), entered by a
     * registrar with the instant it arrived; the deadline rule is applied to that instant.
     */
    public Application enterReceived(String roundId, ApplicationInput in, Instant receivedAt, Actor actor) {
        ApplicationRound round = round(roundId);
        if (!LearnerAccess.registrarAt(actor, round.institution())) {
            throw new ForbiddenException("only a registrar of " + round.institution() + " enters applications received otherwise");
        }
        if (in.learner() == null) {
            throw InvalidInputException.of("learner", "name the learner whose application arrived");
        }
        if (receivedAt.isAfter(clock.instant())) {
            throw InvalidInputException.of("receivedAt", "is in the future");
        }
        return apply(round, in, actor, receivedAt);
    }

    private Application apply(ApplicationRound round, ApplicationInput in, Actor actor, Instant now) {
        String roundId = round.id();
        if (round.selection() == SelectionMode.FIRST_COME) {
            throw new ConflictException("round " + roundId + " takes no applications: places go first come, first served by enrolment");
        }
        if (!Deadlines.open(round.opensAt(), round.closesAt(), now)) {
            throw new ConflictException(now.isBefore(round.opensAt())
                    ? "round " + roundId + " opens on " + shown(round.opensAt(), round.zone())
                    : "round " + roundId + " closed on " + shown(round.closesAt(), round.zone()));
        }
        ApplicantProfile profile = profile(in);
        Learner learner = applicant(in.learner(), round, actor);
        InstitutionId home = profile.homeInstitution() == null ? EXTERNAL : profile.homeInstitution();
        Application a = new Application(org.microdegree.learners.internal.Ids.next(), roundId, learner.id(), home, now, ApplicationStatus.SUBMITTED,
                profile, List.of(), Set.of(), null, null, null, null);
        try {
            tx.executeWithoutResult(s -> {
                store.insertApplication(a);
                store.affiliate(learner.id(), round.institution());
                store.journal(learner.id(), "application:" + a.id(), now, actor.name(), "applied", roundId);
                notifier.notify(learner.id(), "application-received", Map.of("item", round.item().value(), "round", roundId));
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException("this learner has applied to round " + roundId + " already");
        }
        return store.application(a.id()).orElseThrow();
    }

    private static ApplicantProfile profile(ApplicationInput in) {
        Fields f = new Fields("", field -> switch (field) {
            case "homeInstitution" -> in.homeInstitution();
            case "priorGrade" -> in.priorGrade();
            default -> null;
        });
        String home = f.text("homeInstitution", false, 40);
        if (home != null && !InstitutionId.isValid(home)) {
            f.fail("homeInstitution", "'" + home + "' is not an institution id");
            home = null;
        }
        if (in.enrolledEqf() != null && (in.enrolledEqf() < 1 || in.enrolledEqf() > 8)) {
            f.fail("enrolledEqf", "an EQF level 1 to 8");
        }
        if (in.priorDegreeEqf() != null && (in.priorDegreeEqf() < 1 || in.priorDegreeEqf() > 8)) {
            f.fail("priorDegreeEqf", "an EQF level 1 to 8");
        }
        BigDecimal grade = f.decimal("priorGrade", false);
        if (grade != null && (grade.compareTo(BigDecimal.ONE) < 0 || grade.compareTo(BigDecimal.valueOf(5)) > 0)) {
            f.fail("priorGrade", "a German grade from 1.0 to 5.0");
        }
        Map<String, Cefr> languages = new TreeMap<>();
        if (in.languages() != null) {
            in.languages().forEach((lang, level) -> {
                if (!lang.matches("[a-z]{2}")) {
                    f.fail("languages." + lang, "a two-letter language code such as en");
                } else if (level == null || !level.matches("[ABC][12]")) {
                    f.fail("languages." + lang, "a CEFR level A1 to C2");
                } else {
                    languages.put(lang, Cefr.valueOf(level));
                }
            });
        }
        f.throwIfAny();
        return new ApplicantProfile(home == null ? null : InstitutionId.of(home), in.enrolledEqf(), in.priorDegreeEqf(), grade, languages);
    }

    private Application ownApplication(String applicationId, Actor actor) {
        Application a = store.application(applicationId).orElseThrow(() -> new NotFoundException("no application " + applicationId));
        ApplicationRound r = round(a.roundId());
        Learner l = store.learner(a.learnerId()).orElseThrow();
        if (!LearnerAccess.self(actor, l.accountId()) && !LearnerAccess.registrarAt(actor, r.institution())) {
            throw new NotFoundException("no application " + applicationId);
        }
        return a;
    }

    public Application application(String applicationId, Actor actor) {
        return ownApplication(applicationId, actor);
    }

    /** A document the round asks for, uploaded by the applicant before the round closes. */
    public Application upload(String applicationId, String name, String fileName, String contentType, byte[] content, Actor actor) {
        Application a = ownApplication(applicationId, actor);
        ApplicationRound r = round(a.roundId());
        if (!r.documents().contains(name)) {
            throw InvalidInputException.of("name", "round " + r.id() + " asks for " + (r.documents().isEmpty() ? "no documents"
                    : String.join(", ", r.documents())) + ", not '" + name + "'");
        }
        if (content.length == 0 || content.length > MAX_DOCUMENT_BYTES) {
            throw InvalidInputException.of("file", content.length == 0 ? "the file is empty" : "larger than 10 MB");
        }
        Instant now = clock.instant();
        if (!Deadlines.open(r.opensAt(), r.closesAt(), now)) {
            throw new ConflictException("round " + r.id() + " closed on " + shown(r.closesAt(), r.zone()));
        }
        tx.executeWithoutResult(s -> {
            store.putDocument(applicationId, name, fileName.isBlank() ? name : fileName, contentType, content, now);
            store.journal(a.learnerId(), "application:" + applicationId, now, actor.name(), "uploaded", name);
        });
        return store.application(applicationId).orElseThrow();
    }

    public Optional<LearnerStore.StoredDocument> document(String applicationId, String name, Actor actor) {
        ownApplication(applicationId, actor);
        return store.document(applicationId, name);
    }

    /** A reviewer's mark, 0 to 100: registrars and quality assurance of the round's institution. */
    public Application review(String applicationId, BigDecimal mark, Actor actor) {
        Application a = store.application(applicationId).orElseThrow(() -> new NotFoundException("no application " + applicationId));
        ApplicationRound r = round(a.roundId());
        if (!actor.has(Role.REGISTRAR, r.institution()) && !actor.has(Role.QUALITY, r.institution())) {
            throw new ForbiddenException("only registrars and quality assurance of " + r.institution() + " review its applications");
        }
        if (mark.signum() < 0 || mark.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw InvalidInputException.of("mark", "from 0 to 100");
        }
        if (a.status() != ApplicationStatus.SUBMITTED) {
            throw new ConflictException("the application is " + a.status().code() + " already");
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            store.putReview(applicationId, actor.name(), mark, now);
            store.journal(a.learnerId(), "application:" + applicationId, now, actor.name(), "reviewed", null);
        });
        return store.application(applicationId).orElseThrow();
    }

    /**
     * Ranks the applications of a closed round and selects, notifying every applicant. Runs once;
     * a second call, here or on another instance, is refused.
     */
    public List<Selection.Decision> select(String roundId, Actor actor) {
        ApplicationRound r = managedRound(roundId, actor);
        if (r.selection() != SelectionMode.RANKED) {
            throw new ConflictException("round " + roundId + " gives places first come, first served");
        }
        Instant now = clock.instant();
        if (!now.isAfter(r.closesAt())) {
            throw new ConflictException("round " + roundId + " is open until " + shown(r.closesAt(), r.zone()) + "; select after it closes");
        }
        List<Application> apps = store.applicationsOf(roundId);
        List<Application> waiting = Selection.awaitingReview(r, apps);
        if (!waiting.isEmpty()) {
            throw new ConflictException(waiting.size() + " eligible application(s) have no review yet, and reviews count for the ranking");
        }
        List<Selection.Decision> decisions = Selection.select(r, apps);
        tx.executeWithoutResult(s -> {
            if (!store.markSelected(roundId, now)) {
                throw new ConflictException("round " + roundId + " has been selected already");
            }
            Map<String, Application> byId = apps.stream().collect(Collectors.toMap(Application::id, a -> a));
            for (Selection.Decision d : decisions) {
                Application a = byId.get(d.applicationId());
                store.decide(d.applicationId(), d.status(), d.score(), d.rank(), d.reason(), now);
                store.journal(a.learnerId(), "application:" + a.id(), now, actor.name(), d.status().code(), d.reason());
                notifier.notify(a.learnerId(), d.status().code(), args(r, d.reason()));
            }
        });
        return decisions;
    }

    private static Map<String, String> args(ApplicationRound r, @Nullable String detail) {
        return detail == null ? Map.of("item", r.item().value(), "round", r.id())
                : Map.of("item", r.item().value(), "round", r.id(), "detail", detail);
    }

    /** A selected applicant takes their place: enrolled. */
    public Enrolment accept(String applicationId, Actor actor) {
        Application a = ownApplication(applicationId, actor);
        ApplicationRound r = round(a.roundId());
        if (a.status() != ApplicationStatus.SELECTED) {
            throw new ConflictException("the application is " + a.status().code() + "; only a selected applicant enrols");
        }
        Instant now = clock.instant();
        Enrolment e = new Enrolment(org.microdegree.learners.internal.Ids.next(), a.learnerId(), r.itemKind(), r.item(), r.id(), EnrolmentStatus.ENROLLED, now, null);
        try {
            tx.executeWithoutResult(s -> {
                if (!store.setStatus(applicationId, ApplicationStatus.SELECTED, ApplicationStatus.ENROLLED, now)) {
                    throw new ConflictException("the application changed meanwhile");
                }
                if (!store.takePlace(r.id())) {
                    throw new ConflictException("no places are left in round " + r.id());
                }
                store.insertEnrolment(e);
                store.journal(a.learnerId(), "enrolment:" + e.id(), now, actor.name(), "enrolled", r.item().value());
                notifier.notify(a.learnerId(), "enrolled", args(r, null));
            });
        } catch (DuplicateKeyException dup) {
            throw new ConflictException("the learner is enrolled in " + r.item() + " already");
        }
        return store.enrolment(e.id()).orElseThrow();
    }

    /** The applicant withdraws; a place they held goes to the waitlist, in rank order. */
    public Application withdraw(String applicationId, Actor actor) {
        Application a = ownApplication(applicationId, actor);
        ApplicationRound r = round(a.roundId());
        if (a.status() == ApplicationStatus.WITHDRAWN || a.status() == ApplicationStatus.INELIGIBLE) {
            throw new ConflictException("the application is " + a.status().code());
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            if (!store.setStatus(applicationId, a.status(), ApplicationStatus.WITHDRAWN, now)) {
                throw new ConflictException("the application changed meanwhile");
            }
            if (a.status() == ApplicationStatus.ENROLLED) {
                store.enrolmentsInRound(r.id()).stream().filter(e -> e.learnerId().equals(a.learnerId())).forEach(e -> {
                    store.withdraw(e.id(), now);
                    store.freePlace(r.id());
                });
            }
            store.journal(a.learnerId(), "application:" + applicationId, now, actor.name(), "withdrawn", null);
            notifier.notify(a.learnerId(), "withdrawn", args(r, null));
            if (a.status().holdsPlace() && r.selectedAt() != null) {
                moveUp(r, now, actor);
            }
        });
        return store.application(applicationId).orElseThrow();
    }

    private void moveUp(ApplicationRound r, Instant now, Actor actor) {
        for (Application up : Selection.moveUp(r, store.applicationsOf(r.id()))) {
            if (store.promote(up.id(), now)) {
                store.journal(up.learnerId(), "application:" + up.id(), now, actor.name(), "moved up from the waitlist", null);
                notifier.notify(up.learnerId(), "moved-up", args(r, null));
            }
        }
    }

    // ---- enrolment ----

    /** Enrolment in a first-come round: a place while any is left and the round is open. */
    public Enrolment enrol(String roundId, @Nullable String learnerId, Actor actor) {
        ApplicationRound r = round(roundId);
        if (r.selection() != SelectionMode.FIRST_COME) {
            throw new ConflictException("round " + roundId + " selects its participants; apply, and enrol once selected");
        }
        Instant now = clock.instant();
        if (!Deadlines.open(r.opensAt(), r.closesAt(), now)) {
            throw new ConflictException("round " + roundId + " is not open");
        }
        Learner learner = applicant(learnerId, r, actor);
        Enrolment e = new Enrolment(org.microdegree.learners.internal.Ids.next(), learner.id(), r.itemKind(), r.item(), r.id(), EnrolmentStatus.ENROLLED, now, null);
        Application a = new Application(org.microdegree.learners.internal.Ids.next(), roundId, learner.id(), EXTERNAL, now, ApplicationStatus.ENROLLED,
                new ApplicantProfile(null, null, null, null, Map.of()), List.of(), Set.of(), null, null, null, now);
        try {
            tx.executeWithoutResult(s -> {
                if (!store.takePlace(roundId)) {
                    throw new ConflictException("no places are left in round " + roundId);
                }
                store.insertApplication(a);
                store.insertEnrolment(e);
                store.affiliate(learner.id(), r.institution());
                store.journal(learner.id(), "enrolment:" + e.id(), now, actor.name(), "enrolled", r.item().value());
                notifier.notify(learner.id(), "enrolled", args(r, null));
                events.publishEvent(new EvidenceRecorded(List.of(learner.id())));
            });
        } catch (DuplicateKeyException dup) {
            throw new ConflictException("the learner is enrolled in " + r.item() + " already");
        }
        return store.enrolment(e.id()).orElseThrow();
    }

    /** A registrar enrols a learner outside any round (no places are counted). */
    /** {@link #enrolDirectly} for the learner a registrar knows by her student number at {@code institution}. */
    public Enrolment enrolByStudentNumber(InstitutionId institution, String studentNumber, ItemKind kind, ItemId item, Actor actor) {
        if (!LearnerAccess.registrarAt(actor, institution)) {
            throw new ForbiddenException("only a registrar of " + institution + " finds its learners by student number");
        }
        String learner = store.byStudentNumber(institution, studentNumber).orElseThrow(() ->
                InvalidInputException.of("studentNumber", "no learner has the student number '" + studentNumber + "' at " + institution));
        return enrolDirectly(kind, item, learner, actor);
    }

    public Enrolment enrolDirectly(ItemKind kind, ItemId item, String learnerId, Actor actor) {
        InstitutionId institution = InstitutionId.of(item.institution());
        if (!LearnerAccess.registrarAt(actor, institution)) {
            throw new ForbiddenException("only a registrar of " + institution + " enrols in its offerings");
        }
        if (catalogue.find(kind, item, null, EnumSet.of(LifecycleStatus.PUBLISHED)).isEmpty()) {
            throw InvalidInputException.of("item", "no published " + kind.code() + " '" + item + "'");
        }
        store.learner(learnerId).orElseThrow(() -> InvalidInputException.of("learner", "no learner '" + learnerId + "'"));
        Instant now = clock.instant();
        Enrolment e = new Enrolment(org.microdegree.learners.internal.Ids.next(), learnerId, kind, item, null, EnrolmentStatus.ENROLLED, now, null);
        try {
            tx.executeWithoutResult(s -> {
                store.insertEnrolment(e);
                store.affiliate(learnerId, institution);
                store.journal(learnerId, "enrolment:" + e.id(), now, actor.name(), "enrolled", item.value());
                notifier.notify(learnerId, "enrolled", Map.of("item", item.value()));
                events.publishEvent(new EvidenceRecorded(List.of(learnerId)));
            });
        } catch (DuplicateKeyException dup) {
            throw new ConflictException("the learner is enrolled in " + item + " already");
        }
        return store.enrolment(e.id()).orElseThrow();
    }

    /**
     * A registrar's list of enrolments outside any round (CSV: institution, student_number, kind,
     * item). All rows or none; an enrolment that is active already is left as it is.
     */
    public ImportSummary importEnrolments(String source, byte[] content, Actor actor) {
        return importEnrolments(source, content, actor, true);
    }

    /** The same for a bulk job, which audits the learners itself: no event; the summary names the learners newly enrolled. */
    public ImportSummary importEnrolmentsForJob(String source, byte[] content, Actor actor) {
        return importEnrolments(source, content, actor, false);
    }

    private ImportSummary importEnrolments(String source, byte[] content, Actor actor, boolean announce) {
        Set<String> institutions = catalogue.institutions().stream().map(i -> i.id().value()).collect(Collectors.toSet());
        Set<ItemId> published = new java.util.HashSet<>();
        for (ItemKind kind : List.of(ItemKind.MICRO_CREDENTIAL, ItemKind.MICRO_DEGREE, ItemKind.STUDY_PROGRAMME)) {
            for (ItemId id : catalogue.ids(kind)) {
                if (catalogue.find(kind, id, null, EnumSet.of(LifecycleStatus.PUBLISHED)).isPresent()) {
                    published.add(id);
                }
            }
        }
        var rows = org.microdegree.learners.internal.csv.EnrolmentCsv.read(source, content, store.studentNumbers(institutions), published);
        Set<InstitutionId> denied = new TreeSet<>();
        rows.forEach(r -> {
            if (!LearnerAccess.registrarAt(actor, InstitutionId.of(r.item().institution()))) {
                denied.add(InstitutionId.of(r.item().institution()));
            }
        });
        if (!denied.isEmpty()) {
            throw new ForbiddenException("only registrars of " + denied + " enrol in their offerings");
        }
        Instant now = clock.instant();
        return tx.execute(s -> {
            Set<String> active = store.activeKeys();
            List<Enrolment> fresh = new ArrayList<>();
            for (var r : rows) {
                if (!active.contains(LearnerStore.activeKey(r.learnerId(), r.kind(), r.item()))) {
                    fresh.add(new Enrolment(org.microdegree.learners.internal.Ids.next(), r.learnerId(), r.kind(), r.item(), null,
                            EnrolmentStatus.ENROLLED, now, null));
                }
            }
            store.insertEnrolments(fresh);
            Set<String> learners = fresh.stream().map(Enrolment::learnerId).collect(java.util.stream.Collectors.toSet());
            if (announce) {
                EvidenceRecorded.of(learners).forEach(events::publishEvent);
            }
            return new ImportSummary(rows.size(), fresh.size(), 0, rows.size() - fresh.size(), learners);
        });
    }

    /** The learner leaves; a round's place comes free, and in a ranked round the waitlist moves up. */
    public Enrolment withdrawEnrolment(String enrolmentId, Actor actor) {
        Enrolment e = store.enrolment(enrolmentId).orElseThrow(() -> new NotFoundException("no enrolment " + enrolmentId));
        Learner l = store.learner(e.learnerId()).orElseThrow();
        boolean registrar = LearnerAccess.registrarAt(actor, InstitutionId.of(e.item().institution()));
        if (!LearnerAccess.self(actor, l.accountId()) && !registrar) {
            throw new NotFoundException("no enrolment " + enrolmentId);
        }
        if (e.roundId() != null) {
            Optional<Application> a = store.application(e.roundId(), e.learnerId());
            if (a.isPresent() && a.get().status() == ApplicationStatus.ENROLLED) {
                withdraw(a.get().id(), actor);
                return store.enrolment(enrolmentId).orElseThrow();
            }
        }
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            if (!store.withdraw(enrolmentId, now)) {
                throw new ConflictException("the enrolment is withdrawn already");
            }
            if (e.roundId() != null) {
                store.freePlace(e.roundId());
            }
            store.journal(e.learnerId(), "enrolment:" + enrolmentId, now, actor.name(), "withdrawn", e.item().value());
        });
        return store.enrolment(enrolmentId).orElseThrow();
    }

    public List<Enrolment> enrolments(String learnerId) {
        return store.enrolmentsOf(learnerId);
    }

    /** The active enrolments of these learners. */
    public List<Enrolment> activeEnrolments(java.util.Collection<String> learnerIds) {
        return store.activeEnrolments(learnerIds);
    }

    public List<Enrolment> activeEnrolments() {
        return store.activeEnrolments();
    }
}
