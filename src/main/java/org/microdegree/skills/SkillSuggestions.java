package org.microdegree.skills;

import java.util.List;

/**
 * Skills suggested for learning outcomes, best first.
 *
 * @param language        the language the outcomes were read in ({@code en} or {@code de})
 * @param labelsInLanguage false when the shipped ESCO data has no labels in that language (German:
 *                        the words are then matched against the English labels, which finds
 *                        little beyond shared technical terms)
 */
public record SkillSuggestions(String language, boolean labelsInLanguage, List<SuggestedSkill> skills) {}
