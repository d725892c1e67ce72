package org.microdegree.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.microdegree.skills.internal.ShippedEscoSkillsAccess;

class SkillsTest {

    private static final Skills SKILLS = ShippedEscoSkillsAccess.create();
    private static final String MACHINE_LEARNING = "http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43";

    @Test
    void knowsTheSkillsOfEsco12ByUri() {
        assertThat(SKILLS.isSkill(MACHINE_LEARNING)).isTrue();
        assertThat(SKILLS.find(MACHINE_LEARNING)).get().extracting(EscoConcept::label).isEqualTo("machine learning");
        assertThat(SKILLS.isSkill("http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000")).isFalse();
    }

    @Test
    void anOccupationIsNotASkill() {
        String technicalDirector = "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34";
        assertThat(SKILLS.find(technicalDirector)).get().extracting(EscoConcept::type).isEqualTo("occupation");
        assertThat(SKILLS.isSkill(technicalDirector)).isFalse();
        assertThat(SKILLS.skillsOfOccupation(technicalDirector)).isNotEmpty();
    }

    @Test
    void ranksTheExactLabelFirst() {
        assertThat(SKILLS.search("machine learning", 5)).first()
                .satisfies(m -> assertThat(m.concept().uri()).isEqualTo(MACHINE_LEARNING));
        assertThat(SKILLS.search("photovoltaic", 10)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.concept().label() + " " + m.concept().altLabels()).containsIgnoringCase("photovolta"));
    }

    @Test
    void findsSkillsByAlternativeLabels() {
        // "oversee prison procedures" is an alternative label of "supervise correctional procedures"
        assertThat(SKILLS.search("oversee prison procedures", 3)).first()
                .satisfies(m -> assertThat(m.concept().label()).isEqualTo("supervise correctional procedures"));
    }
}
