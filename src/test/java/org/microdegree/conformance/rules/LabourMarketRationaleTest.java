package org.microdegree.conformance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.microdegree.catalog.Fixtures;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.conformance.internal.CatalogueDesign;
import org.microdegree.policy.model.Finding;
import org.microdegree.policy.model.Outcome;
import org.microdegree.shared.ItemId;

/**
 * LUH 2023 asks for "a need in the labour market for exactly this composition": the rule names the
 * ESCO occupations a programme's skills cover and, where figures were imported, cites the openings
 * in them, or fails when the figures show none.
 */
class LabourMarketRationaleTest {

    static final String AI_IN_PRODUCTION = "luh:md-ai-in-production";
    static final String RULE = "luh-2023/md-labour-market-rationale";

    /** The evidence Conformance builds from ESCO and the imported figures, here given outright; it records the skills asked about. */
    static Finding findingWith(Function<Collection<String>, Optional<LabourMarketEvidence>> evidence) {
        CatalogueBundle example = Fixtures.workedExample();
        CatalogueDesign design = new CatalogueDesign(Map.of(), (kind, id) -> Optional.empty(), Designs.ESCO::isSkill, evidence);
        example.institutions().forEach(design::with);
        example.items().forEach(design::with);
        MicroDegreeProgramme md = example.microDegrees().stream().filter(m -> m.id().equals(ItemId.of(AI_IN_PRODUCTION))).findFirst().orElseThrow();
        return new DesignRules(design).evaluate(md, Designs.profile("luh-2023")).stream().filter(f -> f.rule().equals(RULE)).findFirst()
                .orElseThrow();
    }

    @Test
    void withFiguresTheFindingCitesTheOpeningsAndTheirSource() {
        Finding f = findingWith(skills -> Optional.of(new LabourMarketEvidence(List.of("computer vision engineer (18 %)", "data scientist (5 %)"),
                true, 3_120, 640, List.of("2025"), List.of("DE"), List.of("Bundesagentur für Arbeit"))));

        assertThat(f.outcome()).isEqualTo(Outcome.PASS);
        assertThat(f.message().en()).isEqualTo("The micro-degree states a labour-market rationale, backed by 3,120 openings (2025; DE) in the ESCO"
                + " occupations its skills cover: computer vision engineer (18 %), data scientist (5 %); weighted by the share covered: 640."
                + " Source: Bundesagentur für Arbeit.");
        assertThat(f.message().de()).contains("3.120 offene Stellen").contains("gewichtet mit dem abgedeckten Anteil: 640");
    }

    @Test
    void figuresShowingNoOpeningsFailTheRule() {
        Finding f = findingWith(skills -> Optional.of(new LabourMarketEvidence(List.of("computer vision engineer (18 %)"), true, 0, 0,
                List.of("2025"), List.of("DE"), List.of("a statistics office"))));

        assertThat(f.outcome()).isIn(Outcome.FAIL, Outcome.WARNING);
        assertThat(f.message().en()).isEqualTo("The labour-market figures show no openings in the ESCO occupations the micro-degree's skills cover"
                + " (computer vision engineer (18 %); source: a statistics office).");
        assertThat(f.suggestion()).isNotNull();
    }

    @Test
    void withoutFiguresTheFindingNamesTheOccupationsCovered() {
        Finding f = findingWith(skills -> Optional.of(new LabourMarketEvidence(List.of("computer vision engineer (18 %)"), false, 0, 0, List.of(),
                List.of(), List.of())));

        assertThat(f.outcome()).isEqualTo(Outcome.PASS);
        assertThat(f.message().en()).contains("cover the ESCO occupations computer vision engineer (18 %)").contains("No labour-market figures");
    }

    @Test
    void theEvidenceIsAskedForTheSkillsOfTheProgrammesMicroCredentials() {
        Set<String>[] asked = new Set[1];
        findingWith(skills -> {
            asked[0] = Set.copyOf(skills);
            return Optional.empty();
        });
        CatalogueBundle example = Fixtures.workedExample();
        MicroDegreeProgramme md = example.microDegrees().stream().filter(m -> m.id().equals(ItemId.of(AI_IN_PRODUCTION))).findFirst().orElseThrow();
        Set<String> taught = new HashSet<>(md.skills());
        example.microCredentials().stream().filter(mc -> md.microCredentials().contains(mc.id())).forEach(mc -> taught.addAll(mc.skills()));
        assertThat(asked[0]).isNotEmpty().isEqualTo(taught);
    }
}
