package org.microdegree.skills;

import java.util.List;

/**
 * An ESCO skill suggested for a set of learning outcomes.
 *
 * @param score        relevance, 1 for the best match of one outcome (more when several outcomes point to it)
 * @param matchedWords the outcomes' words that matched the skill's labels or description, as written
 * @param outcomes     which outcomes (0-based, in the order given) it was found for
 * @param collections  the ESCO collections that list the skill ({@code digital}, {@code green}, ...)
 */
public record SuggestedSkill(EscoConcept concept, double score, List<String> matchedWords, List<Integer> outcomes, List<String> collections) {}
