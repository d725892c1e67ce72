package org.microdegree.skills;

/** A search hit, with Lucene's relevance score (higher is better). */
public record SkillMatch(EscoConcept concept, float score) {}
