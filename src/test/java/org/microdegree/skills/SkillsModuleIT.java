package org.microdegree.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microdegree.ModuleWithoutCatalogueIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** The shipped ESCO on its own: a designer's words find skills, and each found skill is known by its URI. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class SkillsModuleIT extends ModuleWithoutCatalogueIT {

    @Autowired Skills skills;

    @Test
    void machineLearningFindsEscoSkillsKnownByTheirUris() {
        List<SkillMatch> found = skills.search("machine learning", 5);

        assertThat(found).isNotEmpty();
        String uri = found.getFirst().concept().uri();
        assertThat(uri).startsWith("http://data.europa.eu/esco/skill/");
        assertThat(skills.isSkill(uri)).isTrue();
        assertThat(skills.find(uri)).isPresent();
        assertThat(skills.skillUris()).contains(uri);
        assertThat(skills.isSkill("http://data.europa.eu/esco/skill/no-such-skill")).isFalse();
    }
}
