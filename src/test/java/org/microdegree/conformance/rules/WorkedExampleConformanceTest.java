package org.microdegree.conformance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.microdegree.catalog.Fixtures;
import org.microdegree.policy.model.ConformanceReport;
import org.microdegree.policy.model.Finding;
import org.microdegree.policy.model.Outcome;

/** The worked example against the three shipped profiles: the two LUH sources disagree. */
class WorkedExampleConformanceTest {

    @Test
    void workedExampleConformsToLuh2023AndTheEuRecommendation() {
        ConformanceReport report = Designs.check(Fixtures.workedExample(), "luh-2023", "eu-2022");

        assertThat(report.errors()).extracting(f -> f.rule() + " " + f.path() + ": " + f.message().en()).isEmpty();
        assertThat(report.conforms()).isTrue();
        assertThat(report.counts().get(Outcome.PASS)).isGreaterThan(400);
    }

    @Test
    void againstLuh2025TheJointMasterOf60CreditPointsFailsTheMicroDegreeSizeRule() {
        ConformanceReport report = Designs.check(Fixtures.workedExample(), "luh-2025");

        assertThat(report.conforms()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("luh-2025/md-credits-range");
            assertThat(f.item()).isEqualTo("luh:jm-sustainable-engineering");
            assertThat(f.path()).isEqualTo("microDegrees[luh:jm-sustainable-engineering].creditPoints");
            assertThat(f.message().en()).isEqualTo("The micro-degree has 60 CP; the profile allows 10 to 30 CP.");
            assertThat(f.message().de()).isEqualTo("Das Micro-Degree hat 60 LP; das Profil erlaubt 10 bis 30 LP.");
            assertThat(f.suggestion()).isNotNull();
        });
    }

    @Test
    void polyvalentGapFillerReachesTenCreditPointsWithTwoOfItsThreeMicroCredentials() {
        ConformanceReport report = Designs.check(Fixtures.workedExample(), "luh-2023");

        Finding reachable = report.findings().stream()
                .filter(f -> f.item().equals("luh:md-ai-essentials") && f.rule().equals("luh-2023/md-credits-reachable"))
                .findFirst().orElseThrow();
        assertThat(reachable.outcome()).isEqualTo(Outcome.PASS);
    }
}
