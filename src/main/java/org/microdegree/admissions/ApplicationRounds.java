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
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.shared.Coded;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;
import org.microdegree.shared.validation.Format;
import org.microdegree.shared.validation.Inputs;
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
        ApplicationRound round = build(in, actor, clock.instant(), List.of());
        tx.executeWithoutResult(s -> {
            if (admissionStore.round(round.id()).isPresent()) {
                throw new ConflictException("a round '" + round.id() + "' exists already");
            }
            admissionStore.insertRound(round);
        });
        return admissionStore.round(round.id()).orElseThrow();
    }

    /**
     * Changes a round until it is selected: deadlines, places, selection, eligibility, documents and
     * ranking. Its id and offering stay; fewer places than are taken are refused.
     */
    public ApplicationRound updateRound(RoundId id, RoundInput in, Actor actor) {
        ApplicationRound before = managedRound(id, actor);
        if (before.selectedAt() != null) {
            throw new ConflictException("round " + id + " has been selected; it no longer changes");
        }
        List<Violation> problems = new ArrayList<>();
        if (in.item() != null && !before.item().value().equals(in.item().strip())
                || in.kind() != null && !before.itemKind().code().equals(Format.lowerCase(in.kind()))) {
            problems.add(Violation.at("item", "a round's offering does not change; open a new round for another"));
        }
        int taken = admissionStore.placesTaken(id);
        if (in.capacity() != null && in.capacity() < taken) {
            problems.add(Violation.at("capacity", taken + " places are taken already"));
        }
        RoundInput same = new RoundInput(id.value(), before.itemKind().code(), before.item().value(), in.opens(), in.closes(), in.zone(), in.selection(),
                in.capacity(), in.perInstitution(), in.eligibility(), in.documents(), in.ranking());
        ApplicationRound after = build(same, actor, before.createdAt(), problems);
        if (!admissionStore.updateRound(after)) {
            throw new ConflictException("round " + id + " has been selected meanwhile; it no longer changes");
        }
        return round(id);
    }

    /** Closes an open round at once: no more applications; a ranked round may then be selected. */
    public ApplicationRound close(RoundId id, Actor actor) {
        ApplicationRound r = managedRound(id, actor);
        Instant now = clock.instant();
        if (!Deadlines.open(r.opensAt(), r.closesAt(), now)) {
            throw new ConflictException("round " + id + " is not open");
        }
        admissionStore.updateRound(new ApplicationRound(r.id(), r.institution(), r.itemKind(), r.item(), r.opensAt(), now, r.zone(), r.selection(),
                r.capacity(), r.perInstitution(), r.eligibility(), r.documents(), r.ranking(), r.selectedAt(), r.createdAt()));
        return round(id);
    }

    /** The round the input describes, or every problem at once (with those the caller found before). */
    private ApplicationRound build(RoundInput in, Actor actor, Instant createdAt, List<Violation> found) {
        List<Violation> problems = new ArrayList<>(found);
        problems.addAll(Inputs.violations(in));
        ItemKind kind = Coded.fromCode(ItemKind.class, Format.lowerCase(in.kind())).orElse(null);
        if (kind != null && kind != ItemKind.MICRO_CREDENTIAL && kind != ItemKind.MICRO_DEGREE) {
            problems.add(Violation.at("kind", "rounds are for a micro-credential or a micro-degree"));
        }
        ItemId item = in.item() != null && ItemId.isValid(in.item().strip()) ? ItemId.of(in.item().strip()) : null;
        if (kind != null && item != null && catalogue.find(kind, item, null, EnumSet.of(LifecycleStatus.PUBLISHED)).isEmpty()) {
            problems.add(Violation.at("item", "no published " + kind.code() + " '" + item + "'"));
        }
        ZoneId zone = Format.present(in.zone()) == null ? null : Deadlines.zone(in.zone().strip()).orElse(null);
        if (zone == null && Format.present(in.zone()) != null) {
            problems.add(Violation.at("zone", "'" + in.zone().strip() + "' is not a time zone such as Europe/Berlin or CET"));
        }
        Instant opens = instant(problems, "opens", in.opens(), zone);
        Instant closes = instant(problems, "closes", in.closes(), zone);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            problems.add(Violation.at("closes", "must be after the opening"));
        }
        SelectionMode selection = Coded.fromCode(SelectionMode.class, Format.lowerCase(in.selection())).orElse(SelectionMode.RANKED);
        if (in.perInstitution() != null && in.capacity() != null && in.perInstitution() > in.capacity()) {
            problems.add(Violation.at("perInstitution", "must be 1 to the capacity"));
        }
        if (in.perInstitution() != null && selection == SelectionMode.FIRST_COME) {
            problems.add(Violation.at("perInstitution", "places per institution need ranked selection"));
        }
        List<EligibilityCriterion> criteria = criteria(problems, in.eligibility() == null ? List.of() : in.eligibility());
        List<String> documents = in.documents() == null ? List.of() : in.documents();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        InstitutionId institution = InstitutionId.of(item.institution());
        if (!LearnerAccess.registrarAt(actor, institution)) {
            throw new ForbiddenException("only a registrar of " + institution + " opens rounds for its offerings");
        }
        RoundId roundId = RoundId.of(in.id().strip());
        return new ApplicationRound(roundId, institution, kind, item, opens, closes, zone, selection, in.capacity(),
                in.perInstitution(), criteria, List.copyOf(new TreeSet<>(documents)), ranking(in.ranking()), null, createdAt);
    }

    private static @Nullable Instant instant(List<Violation> problems, String field, @Nullable String text, @Nullable ZoneId zone) {
        if (Format.present(text) == null || zone == null) {
            return null;
        }
        Deadlines.Resolved r = Deadlines.resolve(text.strip(), zone);
        if (r.problem() != null) {
            problems.add(Violation.at(field, r.problem()));
        }
        return r.instant().orElse(null);
    }

    /** The criteria as the model has them; a criterion missing what its type needs is named. */
    private static List<EligibilityCriterion> criteria(List<Violation> problems, List<RoundInput.Criterion> given) {
        List<EligibilityCriterion> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            RoundInput.Criterion c = given.get(i);
            String at = "eligibility[" + i + "]";
            if (c == null || c.type() == null) {
                continue;
            }
            switch (c.type()) {
                case "enrolled-in-master-at" -> {
                    if (c.institutions() == null || c.institutions().isEmpty()) {
                        problems.add(Violation.at(at + ".institutions", "a list of institution ids"));
                    } else if (c.institutions().stream().allMatch(t -> t != null && InstitutionId.isValid(t))) {
                        out.add(new EligibilityCriterion.EnrolledInMasterAt(c.institutions().stream().map(InstitutionId::of).collect(Collectors.toSet())));
                    }
                }
                case "prior-degree-at-least" -> {
                    if (c.eqf() == null) {
                        problems.add(Violation.at(at + ".eqf", "an EQF level 1 to 8"));
                    } else {
                        out.add(new EligibilityCriterion.PriorDegreeAtLeast(c.eqf()));
                    }
                }
                case "language-at-least" -> {
                    if (c.language() == null) {
                        problems.add(Violation.at(at + ".language", "a two-letter language code such as en"));
                    } else if (c.level() == null) {
                        problems.add(Violation.at(at + ".level", "a CEFR level A1 to C2"));
                    } else if (c.level().matches("[ABC][12]")) {
                        out.add(new EligibilityCriterion.LanguageAtLeast(c.language(), Cefr.valueOf(c.level())));
                    }
                }
                default -> {
                    // named by the input's own check
                }
            }
        }
        return out;
    }

    private static Ranking ranking(RoundInput.@Nullable Weights weights) {
        if (weights == null) {
            return Ranking.GRADE_ONLY;
        }
        return new Ranking(weights.priorGrade() == null ? 0 : weights.priorGrade(), weights.reviews() == null ? 0 : weights.reviews());
    }

    public ApplicationRound round(RoundId id) {
        return admissionStore.round(id).orElseThrow(() -> new NotFoundException("no application round " + id));
    }

    /** Rounds taking applications at this moment: public. */
    public List<ApplicationRound> open() {
        return admissionStore.openAt(clock.instant());
    }

    /** Rounds taking applications now or opening later: public, as the catalogue shows when to apply. */
    public List<ApplicationRound> current() {
        return admissionStore.notClosedAt(clock.instant());
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
