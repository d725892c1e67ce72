package org.microdegree.skills;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A concept of the ESCO classification: a skill or knowledge item, a skill group, or an occupation.
 *
 * @param type {@code skill/competence}, {@code knowledge}, {@code skill-group} or {@code occupation}
 * @param label the English preferred label; may be empty for the few v1.2 skills without a known label
 */
public record EscoConcept(String uri, String type, String label, List<String> altLabels,
        @Nullable String description, List<String> broader) {

    public boolean denotesSkill() {
        return type.equals("skill/competence") || type.equals("knowledge");
    }
}
