package org.microdegree.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueVersions;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Coded;
import org.microdegree.shared.ItemId;
import org.microdegree.skills.OccupationFit;
import org.microdegree.skills.Skills;
import org.springframework.stereotype.Service;

/**
 * "I want to become a data engineer": the published micro-credentials and programmes that teach an
 * ESCO occupation's skills, ranked by how many of its essential skills each adds to what the learner
 * has. A programme teaches its own skills and those of every micro-credential it names (nested
 * programmes included).
 */
@Service
public class LearningGoals {

    private final Catalogue catalogue;
    private final Skills skills;
    private final Certificates certificates;

    private record Taught(CatalogueItem item, Set<String> skills) {}

    private record Snapshot(CatalogueVersions source, List<Taught> items) {}

    private volatile @Nullable Snapshot snapshot;

    LearningGoals(Catalogue catalogue, Skills skills, Certificates certificates) {
        this.catalogue = catalogue;
        this.skills = skills;
        this.certificates = certificates;
    }

    /** The way to this occupation from these skills; empty when it is not an ESCO occupation with skills. */
    public Optional<GoalPlan> towards(String occupationUri, Collection<String> have, int limit) {
        Optional<OccupationFit> now = skills.fitOf(occupationUri, have);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        OccupationFit start = now.get();
        Set<String> had = new LinkedHashSet<>(have);
        List<GoalStep> steps = new ArrayList<>();
        for (Taught t : items()) {
            OccupationFit fit = skills.fitOf(occupationUri, t.skills()).orElseThrow();
            List<String> essential = fit.matchedEssential().stream().filter(s -> !had.contains(s)).toList();
            List<String> optional = fit.matchedOptional().stream().filter(s -> !had.contains(s)).toList();
            if (essential.isEmpty() && optional.isEmpty()) {
                continue;
            }
            CatalogueItem i = t.item();
            steps.add(new GoalStep(i.kind().code(), i.id().value(), i.title(), i.creditPoints() == null ? null : i.creditPoints().toBigDecimal(),
                    i.eqfLevel() == null ? null : i.eqfLevel().level(), i.id().institution(),
                    essential, optional));
        }
        steps.sort(Comparator.comparingInt((GoalStep s) -> s.addsEssential().size()).reversed()
                .thenComparing(Comparator.comparingInt((GoalStep s) -> s.addsOptional().size()).reversed())
                .thenComparing(GoalStep::creditPoints, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.title().en() == null ? "" : s.title().en()));
        List<String> essential = new ArrayList<>(start.matchedEssential());
        essential.addAll(start.missingEssential());
        return Optional.of(new GoalPlan(start.occupation(), essential, start.matchedEssential(), start.missingEssential(),
                List.copyOf(steps.subList(0, Math.min(limit, steps.size())))));
    }

    /** What a signed-in learner holds: whether she has certificates, and the skills her valid ones teach. */
    public record Held(boolean certificates, Set<String> skills) {}

    /**
     * The skills of the actor's valid certificates (revoked ones do not count): each certificate's
     * credential version, a programme with its micro-credentials'. Nothing for a visitor or staff
     * without a learner record.
     */
    public Held heldBy(Actor actor) {
        if (actor.anonymous()) {
            return new Held(false, Set.of());
        }
        List<Certificate> own = certificates.own(actor);
        CatalogueVersions versions = catalogue.versions();
        Set<String> out = new LinkedHashSet<>();
        for (Certificate c : own) {
            if (c.revoked()) {
                continue;
            }
            Coded.fromCode(ItemKind.class, c.itemKind()).flatMap(kind -> versions.<CatalogueItem>find(kind, ItemId.of(c.item()), c.version()))
                    .ifPresent(i -> out.addAll(taught(i, versions, new LinkedHashSet<>())));
        }
        return new Held(!own.isEmpty(), out);
    }

    private List<Taught> items() {
        CatalogueVersions versions = catalogue.versions();
        Snapshot s = snapshot;
        if (s != null && s.source() == versions) {
            return s.items();
        }
        List<Taught> items = CatalogueSearch.newestPublished(versions).stream().map(i -> new Taught(i, taught(i, versions, new LinkedHashSet<>()))).toList();
        snapshot = new Snapshot(versions, items);
        return items;
    }

    private static Set<String> taught(CatalogueItem item, CatalogueVersions versions, Set<ItemId> visited) {
        Set<String> out = new LinkedHashSet<>(item.skills());
        if (item instanceof MicroDegreeProgramme md && visited.add(md.id())) {
            md.microCredentials().forEach(id -> versions.find(ItemKind.MICRO_CREDENTIAL, id, null).ifPresent(mc -> out.addAll(mc.skills())));
            md.nestedProgrammes().forEach(id -> versions.find(ItemKind.MICRO_DEGREE, id, null).ifPresent(n -> out.addAll(taught(n, versions, visited))));
        }
        return out;
    }
}
