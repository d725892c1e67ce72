package org.microdegree.skills;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
}
