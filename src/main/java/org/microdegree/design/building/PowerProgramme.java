package org.microdegree.design.building;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.EqfLevel;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;

/**
 * Pattern 6, the power programme: the very best Master's students of (usually) three cooperating
 * universities apply and take a joint MD of 10 or 15 CP together; its micro-credentials are credited
 * to their Master's. The builder takes the partners' best micro-credentials on the topic, in the
 * sizes they offer (5 CP at LUH, 1 to 3 ECTS in alliances with small units), at least one from each
 * partner where the size allows, until their CP make the programme's; and presets the application round:
 * places per university, ranking weights, deadline with its time zone.
 */
public final class PowerProgramme {

    /**
     * @param closes the deadline as announced, e.g. {@code 2027-03-15T23:00} with {@code zone} {@code Europe/Berlin}
     * @param priorGradeWeight and {@code reviewWeight}: how applications are ranked (0 to 1 each, summing to 1)
     */
    public record Round(@Nullable Map<String, Integer> places, @Nullable Double priorGradeWeight, @Nullable Double reviewWeight,
            java.time.@Nullable LocalDateTime opens, java.time.@Nullable LocalDateTime closes, @Nullable String zone) {}

    public record Input(@Nullable DraftSettings programme, @Nullable List<String> partners, @Nullable Topic topic,
            @Nullable CreditPoints credits, @Nullable Integer eqfLevel, @Nullable Round applicationRound) {}

    /** The preset of the application round, in the terms of the learners' rounds. */
    public record RoundPreset(Map<String, Integer> places, int capacity, String selection, double priorGradeWeight, double reviewWeight,
            String opensAt, String closesAt, String zone) {}

    public record Report(List<String> microCredentials, Map<String, Integer> perPartner, @Nullable RoundPreset applicationRound) {}

    private PowerProgramme() {
    }

    public static Draft build(Offer offer, Input in) {
        DraftSettings settings = Inputs.settings(in.programme());
        List<Violation> problems = new ArrayList<>(settings.problems("programme", offer));
        List<String> partners = in.partners() == null ? List.of() : in.partners();
        if (partners.size() < 2) {
            problems.add(Violation.at("partners", "name the cooperating universities (usually three)"));
        }
        for (int i = 0; i < partners.size(); i++) {
            offer.requireInstitution(partners.get(i), "partners[" + i + "]", problems);
        }
        CreditPoints credits = in.credits() == null ? CreditPoints.of(15) : in.credits();
        if (!credits.equals(CreditPoints.of(10)) && !credits.equals(CreditPoints.of(15))) {
            problems.add(Violation.at("credits", "a power programme has 10 or 15 CP"));
        }
        Round round = in.applicationRound();
        RoundPreset preset = null;
        if (round == null || round.places() == null || round.closes() == null || round.zone() == null) {
            problems.add(Violation.at("applicationRound", "places per university, the deadline (closes) and its time zone are required"));
        } else {
            round.places().forEach((p, n) -> {
                if (!partners.contains(p)) {
                    problems.add(Violation.at("applicationRound.places." + p, "'" + p + "' is not one of the partners"));
                } else if (n == null || n < 1) {
                    problems.add(Violation.at("applicationRound.places." + p, "at least one place"));
                }
            });
            double grade = round.priorGradeWeight() == null ? 1 : round.priorGradeWeight();
            double review = round.reviewWeight() == null ? 0 : round.reviewWeight();
            if (grade < 0 || review < 0 || Math.abs(grade + review - 1) > 1e-9) {
                problems.add(Violation.at("applicationRound.priorGradeWeight", "the ranking weights are 0 to 1 and sum to 1"));
            }
            try {
                ZoneId zone = ZoneId.of(round.zone());
                LocalDateTime opens = round.opens() == null ? round.closes().minusWeeks(6) : round.opens();
                if (!opens.isBefore(round.closes())) {
                    problems.add(Violation.at("applicationRound.opens", "the round must open before it closes"));
                }
                preset = new RoundPreset(new LinkedHashMap<>(round.places()), round.places().values().stream().mapToInt(Integer::intValue).sum(),
                        "ranked", grade, review, opens.atZone(zone).toOffsetDateTime().toString(),
                        round.closes().atZone(zone).toOffsetDateTime().toString(), zone.getId());
            } catch (DateTimeException e) {
                problems.add(Violation.at("applicationRound.zone", "not a time zone: " + round.zone() + " (e.g. Europe/Berlin)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int level = in.eqfLevel() == null ? 7 : in.eqfLevel();
        Topic topic = in.topic() == null ? new Topic(null, null) : in.topic();
        // the units as the partners offer them (an alliance's may be of 1 to 3 ECTS, LUH's of 5), each
        // partner's best on the topic first; in turns, one that fits what is left, until the CP are reached
        Map<String, List<MicroCredential>> offers = new LinkedHashMap<>();
        for (String p : partners) {
            offers.put(p, offer.microCredentials().stream()
                    .filter(mc -> mc.id().institution().equals(p) && EqfLevel.of(level).equals(mc.eqfLevel())
                            && mc.creditPoints() != null && mc.creditPoints().tenths() > 0 && mc.creditPoints().tenths() <= credits.tenths())
                    .filter(mc -> topic.isEmpty() || topic.score(mc, offer) > 0)
                    // on a par, the larger unit first: fewer certificates for the same CP
                    .sorted(Comparator.comparing((MicroCredential mc) -> -topic.score(mc, offer))
                            .thenComparing(MicroCredential::creditPoints, Comparator.reverseOrder()).thenComparing(MicroCredential::id))
                    .toList());
        }
        List<MicroCredential> chosen = new ArrayList<>();
        Map<String, Integer> taken = new LinkedHashMap<>();
        partners.forEach(p -> taken.put(p, 0));
        int left = credits.tenths();
        boolean any = true;
        while (left > 0 && any) {
            any = false;
            for (String p : partners) {
                int room = left;
                MicroCredential next = offers.get(p).stream().filter(mc -> !chosen.contains(mc) && mc.creditPoints().tenths() <= room)
                        .findFirst().orElse(null);
                if (next != null && left > 0) {
                    chosen.add(next);
                    taken.merge(p, 1, Integer::sum);
                    left -= next.creditPoints().tenths();
                    any = true;
                }
            }
        }
        List<Note> reasons = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        long contributing = taken.values().stream().filter(n -> n > 0).count();
        if (left > 0) {
            reasons.add(Note.at("credits", "power-programme.short", credits, level, new CreditPoints(credits.tenths() - left)));
        } else if (contributing < 2) {
            reasons.add(Note.at("partners", "power-programme.not-joint", String.join(", ", partners)));
        }
        Report report = new Report(chosen.stream().map(mc -> mc.id().value()).toList(), taken, preset);
        if (!reasons.isEmpty()) {
            return Draft.infeasible(Pattern.POWER_PROGRAMME, report, notes, reasons);
        }
        Drafting drafting = new Drafting(offer, settings);
        String owner = settings.institution();
        List<Requirement> units = chosen.stream().map(mc -> (Requirement) Drafting.unit(mc)).toList();
        drafting.programme(null, null, Drafting.allOf(units, null, Sharing.EXCLUSIVE), credits, EqfLevel.of(level),
                partners.stream().filter(p -> !p.equals(owner)).map(InstitutionId::of).toList(), true, Drafting.skillsOf(chosen));
        notes.add(Note.of("power-programme.credited", chosen.size(), sizes(chosen)));
        return Draft.built(Pattern.POWER_PROGRAMME, drafting.bundle(), report, notes);
    }

    /** "5 + 5 + 5" or "3 + 3 + 2 + ...": the sizes of the units taken, largest first. */
    private static String sizes(List<MicroCredential> chosen) {
        return String.join(" + ", chosen.stream().map(MicroCredential::creditPoints).sorted(Comparator.reverseOrder()).map(CreditPoints::toString).toList());
    }
}
