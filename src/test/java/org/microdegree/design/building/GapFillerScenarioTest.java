package org.microdegree.design.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.microdegree.design.building.DesignTesting.WORKED_EXAMPLE;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.ItemId;

/**
 * Pattern 2 on the worked example: Computer Science, Electrical Engineering and Geodesy share
 * machine learning, data engineering and AI ethics, and each teaches one of them.
 */
class GapFillerScenarioTest {

    static final ItemId CS = ItemId.of("luh:bsc-computer-science");
    static final ItemId EE = ItemId.of("luh:bsc-electrical-engineering");
    static final ItemId GEO = ItemId.of("luh:bsc-geodesy");
    static final List<String> SUBJECTS = List.of("machine-learning", "data-engineering", "ai-ethics");

    static Draft aiGapFiller() {
        return GapFiller.build(WORKED_EXAMPLE, new GapFiller.Input(DesignTesting.settings("luh:md-ai-gap-filler", "AI Gap-Filler"),
                List.of(CS, EE, GEO), SUBJECTS, CreditPoints.of(10), null));
    }

    @Test
    void theMatrixShowsWhatEachProgrammeTeachesAndWhatItLacks() {
        GapFiller.Report report = (GapFiller.Report) aiGapFiller().report();

        assertThat(report.matrix()).extracting(GapFiller.Row::studyProgramme, GapFiller.Row::missing).containsExactly(
                Tuple.tuple(CS, List.of("data-engineering", "ai-ethics")),
                Tuple.tuple(EE, List.of("machine-learning", "ai-ethics")),
                Tuple.tuple(GEO, List.of("machine-learning", "data-engineering")));
        assertThat(report.matrix().getFirst().present()).containsEntry("machine-learning", true).containsEntry("ai-ethics", false);
        assertThat(report.parts()).extracting(p -> p.microCredential().value())
                .containsExactly("luh:mc-machine-learning", "luh:mc-data-engineering", "luh:mc-ai-ethics");
    }

    @Test
    void theDraftIsAnMdOfTenCreditPointsAndItsVariantWithAllPartsOfFifteenBothConforming() {
        Draft draft = aiGapFiller();

        assertThat(draft.feasible()).isTrue();
        assertThat(draft.bundle().microDegrees()).extracting(md -> md.id().value(), md -> md.creditPoints().toString())
                .containsExactly(Tuple.tuple("luh:md-ai-gap-filler", "10"),
                        Tuple.tuple("luh:md-ai-gap-filler-complete", "15"));
        assertThat(draft.bundle().microDegrees().getFirst().requirements()).isInstanceOf(Requirement.MinCredits.class);
        var report = DesignTesting.conformance(draft, "luh-2023", "eu-2022");
        assertThat(report.errors()).extracting(f -> f.rule() + " " + f.path()).isEmpty();
    }

    @Test
    void aComputerScienceStudentWhoCompletesHerVariantEarnsTheMicroDegree() {
        Draft draft = aiGapFiller();
        DesignTesting world = new DesignTesting(draft);
        ItemId md = ItemId.of("luh:md-ai-gap-filler");

        var clara = world.studentOf("luh:bsc-computer-science").withHerDegreesCompulsoryModules();
        assertThat(clara.audit(md).complete()).as("her degree's machine learning does not count again").isFalse();

        clara.passedMicroCredential(ItemId.of("luh:mc-data-engineering")).passedMicroCredential(ItemId.of("luh:mc-ai-ethics"));
        assertThat(clara.audit(md).complete()).isTrue();
    }

    @Test
    void anElectricalEngineeringStudentWhoTakesTheComputerScienceVariantDoesNot() {
        DesignTesting world = new DesignTesting(aiGapFiller());
        ItemId md = ItemId.of("luh:md-ai-gap-filler");

        var eric = world.studentOf("luh:bsc-electrical-engineering").withHerDegreesCompulsoryModules()
                .passedMicroCredential(ItemId.of("luh:mc-data-engineering")).passedMicroCredential(ItemId.of("luh:mc-ai-ethics"));
        assertThat(eric.audit(md).complete()).as("data engineering is part of his degree").isFalse();

        eric.passedMicroCredential(ItemId.of("luh:mc-machine-learning"));
        assertThat(eric.audit(md).complete()).as("with his own missing part").isTrue();
    }

    @Test
    void whenAProgrammeLacksTooLittleTheBuilderSaysWhich() {
        // Geodesy lacks machine learning only, once AI ethics and data engineering are not asked for
        Draft draft = GapFiller.build(WORKED_EXAMPLE, new GapFiller.Input(DesignTesting.settings("luh:md-ml-gap", "ML Gap"),
                List.of(CS, GEO), List.of("machine-learning", "ai-ethics"), CreditPoints.of(10), null));

        assertThat(draft.feasible()).isFalse();
        assertThat(draft.reasons()).extracting(Note::code, Note::args).contains(
                Tuple.tuple("gap-filler.short", List.of("luh:bsc-computer-science", "ai-ethics", "5", "10")));
    }
}
