package org.microdegree;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Grant;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.LearnerId;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a module test knows: a module under test with the modules it depends on (an
 * {@code @ApplicationModuleTest} in the module's package extends {@link ModuleIT} or
 * {@link ModuleWithoutCatalogueIT}), on the real database, starting empty with the worked example's
 * catalogue where the module has a catalogue: Clara Informatik, LUH student CS-1, enrolled in "AI Essentials".
 */
public abstract class ModuleTestBase {

    protected final Actor registrar = Actor.person("robin", "Robin Registrar", Set.of(Grant.of(Role.REGISTRAR, "luh")));

    @Autowired protected JdbcTemplate jdbc;
    /** Absent where the module under test does not depend on the catalogue (accounts, rule profiles, ESCO, backups). */
    @Autowired(required = false) protected Catalogue catalogue;
    /** Absent where the module under test does not depend on learners (the catalogue). */
    @Autowired(required = false) protected Learners learners;

    @BeforeEach
    void workedExample() {
        EmptyDatabase.clear(jdbc);
        if (catalogue == null) {
            return;
        }
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
    }

    protected LearnerId clara() {
        return learners.create(new LearnerInput("Clara Informatik", "clara@luh.example", null, "student", "luh", "CS-1", List.of()), registrar).id();
    }

    protected void enrolInAiEssentials(EnrollingLearners enrolling, LearnerId learner) {
        enrolling.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-essentials"), learner, registrar);
    }

    /** The exam office records a passed exam (project, graded, supervised, identity checked). */
    protected void passes(Achievements achievements, LearnerId learner, String mc, String on, String grade, String reference) {
        achievements.record(new AchievementInput(learner.value(), null, null, mc, on, "de", grade, "5", "project", true, true, reference), registrar,
                "api");
    }
}
