package org.microdegree.skills.internal;

import org.microdegree.skills.Skills;

/** Lets unit tests use the shipped ESCO data without starting Spring. */
public final class ShippedEscoSkillsAccess {

    private static final Skills INSTANCE = new ShippedEscoSkills();

    private ShippedEscoSkillsAccess() {
    }

    public static Skills create() {
        return INSTANCE;
    }
}
