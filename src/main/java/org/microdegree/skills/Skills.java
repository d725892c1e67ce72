package org.microdegree.skills;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Violation;

/** The module's API: the shipped ESCO version, offline. */
public interface Skills {

    String ESCO_VERSION = "1.2.0";

    /** A skill, skill group or occupation by its ESCO URI. */
    Optional<EscoConcept> find(String uri);

    /** True when the URI names a skill or knowledge concept of the shipped ESCO version. */
    boolean isSkill(String uri);

    /** Skills ranked by how well their labels match the query (English). */
    List<SkillMatch> search(String query, int limit);

    /** The URIs of all skill and knowledge concepts, sorted (for generators and pickers). */
    List<String> skillUris();

    /** The skills ESCO lists as essential or optional for an occupation. */
    List<EscoConcept> skillsOfOccupation(String occupationUri);

    /**
     * The ESCO occupations whose skills these skills cover best (most essential skills matched
     * first), with what is matched and what is missing: the labour market a design speaks to.
     */
    List<OccupationFit> occupationsCovering(Collection<String> skillUris, int limit);

    /** ESCO occupations by their preferred and alternative labels (English), best match first. */
    List<EscoConcept> findOccupations(String query, int limit);

    /** How far these skills cover one occupation; empty when it is no occupation of ESCO or ESCO lists no skills for it. */
    Optional<OccupationFit> fitOf(String occupationUri, Collection<String> skillUris);

    /**
     * ESCO skills and knowledge that these learning outcomes teach, ranked (BM25 over preferred
     * and alternative labels and descriptions, with the labels of the groups above each skill, lifted
     * where the skill's ESCO collection is shared by the other good matches), leaving out {@code except} (those already chosen).
     *
     * @param language {@code en} or {@code de}
     */
    SkillSuggestions suggest(List<String> outcomes, String language, Collection<String> except, int limit);

    /**
     * What is wrong with skill URIs a request names under {@code parameter}: none given, or one that is no
     * skill of the shipped ESCO (each by its place, {@code skill[2]}); empty when every one is a skill.
     */
    default List<Violation> problemsOf(String parameter, @Nullable List<String> uris) {
        if (uris == null || uris.isEmpty()) {
            return List.of(Violation.at(parameter, "name at least one ESCO skill URI"));
        }
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < uris.size(); i++) {
            if (!isSkill(uris.get(i))) {
                problems.add(Violation.at(parameter + "[" + i + "]", "'" + uris.get(i) + "' is not a skill of ESCO " + ESCO_VERSION));
            }
        }
        return problems;
    }

    /** The same for a request as the API and CLI take it, checked first (every problem at once). */
    default SkillSuggestions suggest(SuggestionRequest request) {
        SuggestionRequest r = request.checked();
        return suggest(r.outcomes(), r.language(), r.except(), r.limit());
    }
}
