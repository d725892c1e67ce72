package org.microdegree.admissions;

import org.microdegree.shared.RoundId;
import lombok.RequiredArgsConstructor;
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
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.shared.Fields;
import org.microdegree.admissions.internal.jdbc.AdmissionStore;
import org.microdegree.admissions.model.Application;
import org.microdegree.admissions.model.ApplicationRound;
import org.microdegree.admissions.model.Cefr;
import org.microdegree.admissions.model.EligibilityCriterion;
import org.microdegree.admissions.model.Ranking;
import org.microdegree.admissions.model.SelectionMode;
import org.microdegree.admissions.rules.Deadlines;
import org.microdegree.learners.rules.LearnerAccess;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Application rounds: a registrar opens one for a published micro-credential or programme with its
 * places, deadlines in a named time zone, eligibility, documents and ranking; the public sees the
 * rounds open now, registrars the rounds of their institutions.
 */
@Service
@RequiredArgsConstructor
public class ApplicationRounds {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm zzz", Locale.ENGLISH);

    private final AdmissionStore admissionStore;
    private final Catalogue catalogue;
    private final TransactionTemplate tx;
    private final Clock clock;

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
        RoundId roundId = RoundId.of(id);
        ApplicationRound round = new ApplicationRound(roundId, institution, kind, item, opens, closes, zone, selection, in.capacity(),
                in.perInstitution(), criteria, List.copyOf(new TreeSet<>(documents)), ranking, null, clock.instant());
        tx.executeWithoutResult(s -> {
            if (admissionStore.round(roundId).isPresent()) {
                throw new ConflictException("a round '" + id + "' exists already");
            }
            admissionStore.insertRound(round);
        });
        return admissionStore.round(roundId).orElseThrow();
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

    public ApplicationRound round(RoundId id) {
        return admissionStore.round(id).orElseThrow(() -> new NotFoundException("no application round " + id));
    }

    /** Rounds taking applications at this moment: public. */
    public List<ApplicationRound> open() {
        return admissionStore.openAt(clock.instant());
    }

    /** The rounds of the institutions where the actor is registrar. */
    public List<ApplicationRound> managed(Actor actor) {
        if (actor.operator()) {
            return admissionStore.allRounds();
        }
        return admissionStore.roundsOf(actor.staffOf().stream().filter(i -> actor.has(Role.REGISTRAR, i)).map(InstitutionId::value)
                .collect(Collectors.toSet()));
    }

    /** "11 September 2025, 23:00 CEST" in the given zone. */
    public static String shown(Instant at, ZoneId zone) {
        return SHOWN.format(at.atZone(zone));
    }

    ApplicationRound managedRound(RoundId roundId, Actor actor) {
        ApplicationRound r = round(roundId);
        if (!LearnerAccess.registrarAt(actor, r.institution())) {
            throw new ForbiddenException("only a registrar of " + r.institution() + " manages this round");
        }
        return r;
    }

    public List<Application> applications(RoundId roundId, Actor actor) {
        managedRound(roundId, actor);
        return admissionStore.applicationsOf(roundId);
    }

    public long placesTaken(RoundId roundId) {
        return admissionStore.placesTaken(roundId);
    }

    /** What a notification about this round says: the item, the round and a detail if any. */
    static Map<String, String> args(ApplicationRound r, @Nullable String detail) {
        return detail == null
                ? Map.of("item", r.item().value(), "round", r.id().value())
                : Map.of("item", r.item().value(), "round", r.id().value(), "detail", detail);
    }
}
