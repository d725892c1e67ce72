package org.microdegree.design.building;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Violation;

/**
 * Pattern 1, the update for graduates: from a field and a "new since" date, propose micro-credentials
 * made of the university's existing modules that are new in the field, up to the target CP (e.g. 15).
 * Each micro-credential stands on its own: a graduate who takes only one or two gets a certificate
 * for each. The designer confirms or rejects proposals one by one and builds again.
 */
public final class Update {

    /**
     * @param minimumEqfLevel the lowest level a module may have (default 6)
     * @param confirmed modules the designer has confirmed: always proposed first
     * @param rejected modules the designer does not want: never proposed
     */
    public record Input(@Nullable DraftSettings programme, @Nullable Topic field, @Nullable LocalDate newSince,
            @Nullable CreditPoints credits, @Nullable Integer minimumEqfLevel, @Nullable List<ItemId> confirmed,
            @Nullable List<ItemId> rejected) {}

    public record Proposal(ItemId module, ItemId microCredential, boolean made, int relevance, @Nullable LocalDate publishedOn,
            boolean confirmed) {}

    public record Report(List<Proposal> proposals, CreditPoints credits, int candidates) {}

    private Update() {
    }

    /** @param publishedOn when a module's current version was published, where known */
    public static Draft build(Offer offer, Input in, Function<ItemId, Optional<LocalDate>> lookup) {
        // each lookup may read the journal: once per module, not once per comparison
        Map<ItemId, Optional<LocalDate>> known = new HashMap<>();
        Function<ItemId, Optional<LocalDate>> publishedOn = id -> known.computeIfAbsent(id, lookup);
        DraftSettings settings = Inputs.settings(in.programme());
        List<Violation> problems = new ArrayList<>(settings.problems("programme", offer));
        Topic field = in.field() == null ? new Topic(null, null) : in.field();
        if (field.isEmpty()) {
            problems.add(Violation.at("field", "name the field by subjects or ESCO skills"));
        }
        if (in.newSince() == null) {
            problems.add(Violation.at("newSince", "the date from which developments count as new, e.g. 2024-01-01"));
        }
        Inputs.requireModules(offer, in.confirmed(), "confirmed", problems);
        Inputs.requireModules(offer, in.rejected(), "rejected", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CreditPoints target = in.credits() == null ? CreditPoints.of(15) : in.credits();
        int minLevel = in.minimumEqfLevel() == null ? 6 : in.minimumEqfLevel();
        List<ItemId> confirmed = in.confirmed() == null ? List.of() : in.confirmed();
        List<ItemId> rejected = in.rejected() == null ? List.of() : in.rejected();

        List<Module> candidates = offer.modules().stream()
                .filter(m -> !rejected.contains(m.id()))
                .filter(m -> confirmed.contains(m.id())
                        || field.score(m) > 0 && m.eqfLevel() != null && m.creditPoints() != null && m.eqfLevel().level() >= minLevel
                                && publishedOn.apply(m.id()).map(d -> !d.isBefore(in.newSince())).orElse(false))
                .sorted(Comparator.comparing((Module m) -> !confirmed.contains(m.id()))
                        .thenComparing(m -> -field.score(m))
                        .thenComparing(m -> publishedOn.apply(m.id()).orElse(LocalDate.MIN), Comparator.reverseOrder())
                        .thenComparing(Module::id))
                .toList();
        Drafting drafting = new Drafting(offer, settings);
        List<Proposal> proposals = new ArrayList<>();
        List<MicroCredential> chosen = new ArrayList<>();
        CreditPoints sum = CreditPoints.ZERO;
        for (Module m : candidates) {
            if (sum.plus(m.creditPoints()).compareTo(target) > 0) {
                continue;
            }
            MicroCredential mc = drafting.microCredentialFor(m);
            chosen.add(mc);
            sum = sum.plus(mc.creditPoints());
            proposals.add(new Proposal(m.id(), mc.id(), drafting.isNew(mc.id()), field.score(m), publishedOn.apply(m.id()).orElse(null),
                    confirmed.contains(m.id())));
        }
        List<Note> notes = new ArrayList<>();
        Report report = new Report(proposals, sum, candidates.size());
        if (!sum.equals(target)) {
            return Draft.infeasible(Pattern.UPDATE, report, notes,
                    List.of(Note.at("credits", "update.short", sum, target, candidates.size(), in.newSince())));
        }
        List<Requirement> units = chosen.stream().map(mc -> (Requirement) Drafting.unit(mc)).toList();
        drafting.programme(null, null, Drafting.allOf(units, null, Sharing.EXCLUSIVE), sum, Drafting.level(chosen), List.of(), false,
                Drafting.skillsOf(chosen));
        notes.add(Note.of("update.each-on-its-own", chosen.size()));
        return Draft.built(Pattern.UPDATE, drafting.bundle(), report, notes);
    }
}
