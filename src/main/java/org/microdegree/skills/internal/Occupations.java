package org.microdegree.skills.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.microdegree.skills.EscoConcept;
import org.microdegree.skills.OccupationFit;

/** ESCO's occupation-skill relations both ways: an occupation's essential and optional skills, and a skill's occupations. */
final class Occupations {

    private final Map<String, List<String>> essential = new HashMap<>(4_000);
    private final Map<String, List<String>> optional = new HashMap<>(4_000);
    private final Map<String, List<String>> bySkill = new HashMap<>(14_000);

    private Occupations() {
    }

    static Occupations load() {
        Occupations o = new Occupations();
        EscoFiles.read("occupationSkillRelations_en_derived", r -> {
            String skill = r.get("skillUri");
            if (skill.isBlank()) {
                return;
            }
            String occupation = r.get("occupationUri");
            (r.get("relationType").equals("essential") ? o.essential : o.optional).computeIfAbsent(occupation, k -> new ArrayList<>()).add(skill);
            o.bySkill.computeIfAbsent(skill, k -> new ArrayList<>()).add(occupation);
        });
        return o;
    }

    /** Every skill ESCO lists for the occupation, essential first. */
    List<String> skillsOf(String occupation) {
        Set<String> all = new LinkedHashSet<>(essential.getOrDefault(occupation, List.of()));
        all.addAll(optional.getOrDefault(occupation, List.of()));
        return List.copyOf(all);
    }

    /**
     * The occupations these skills cover best: most essential skills matched first, then the larger
     * share of the occupation's essential skills, then the most optional ones.
     */
    List<OccupationFit> covering(Collection<String> skills, int limit, Function<String, EscoConcept> concept) {
        Set<String> have = new LinkedHashSet<>(skills);
        Set<String> candidates = new LinkedHashSet<>();
        have.forEach(s -> candidates.addAll(bySkill.getOrDefault(s, List.of())));
        List<OccupationFit> fits = new ArrayList<>();
        for (String occupation : candidates) {
            EscoConcept c = concept.apply(occupation);
            if (c == null) {
                continue;
            }
            List<String> needed = essential.getOrDefault(occupation, List.of());
            fits.add(new OccupationFit(c, needed.stream().filter(have::contains).distinct().toList(),
                    needed.stream().filter(s -> !have.contains(s)).distinct().toList(),
                    optional.getOrDefault(occupation, List.of()).stream().filter(have::contains).distinct().toList()));
        }
        fits.sort(Comparator.comparingInt((OccupationFit f) -> f.matchedEssential().size()).reversed()
                .thenComparing(Comparator.comparingInt(OccupationFit::percent).reversed())
                .thenComparing(Comparator.comparingInt((OccupationFit f) -> f.matchedOptional().size()).reversed())
                .thenComparing(f -> f.occupation().label()));
        return fits.subList(0, Math.min(limit, fits.size()));
    }

    /** How far these skills cover one occupation; empty when ESCO lists no skills for it. */
    Optional<OccupationFit> fit(String occupation, Collection<String> skills, EscoConcept concept) {
        List<String> needed = essential.getOrDefault(occupation, List.of());
        List<String> extra = optional.getOrDefault(occupation, List.of());
        if (needed.isEmpty() && extra.isEmpty()) {
            return Optional.empty();
        }
        Set<String> have = new LinkedHashSet<>(skills);
        return Optional.of(new OccupationFit(concept, needed.stream().filter(have::contains).distinct().toList(),
                needed.stream().filter(s -> !have.contains(s)).distinct().toList(), extra.stream().filter(have::contains).distinct().toList()));
    }
}
