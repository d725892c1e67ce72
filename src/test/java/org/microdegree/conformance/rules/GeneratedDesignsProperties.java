package org.microdegree.conformance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.microdegree.demo.SyntheticCatalogue;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.policy.model.ConformanceReport;
import org.microdegree.policy.model.Finding;
import org.microdegree.policy.model.Outcome;

/** Designs built to respect luh-2023 pass every one of its rules, whatever their shape and size. */
class GeneratedDesignsProperties {

    private static final SyntheticCatalogue GENERATOR = new SyntheticCatalogue(Designs.ESCO.skillUris().stream().limit(500).toList());

    @Property(tries = 150)
    void generatedDesignsThatRespectLuh2023PassEveryRuleOfIt(@ForAll long seed,
            @ForAll @IntRange(min = 5, max = 80) int microCredentials,
            @ForAll @IntRange(min = 1, max = 25) int microDegrees) {
        CatalogueBundle design = GENERATOR.generate(seed, microCredentials * 2, microCredentials, microDegrees);

        ConformanceReport report = Designs.check(design, "luh-2023", "eu-2022");

        assertThat(report.problems()).extracting(f -> f.rule() + " " + f.path() + ": " + f.message().en()).isEmpty();
        // the tree rules decided every programme: nothing was left undecided
        assertThat(report.findings()).filteredOn(f -> f.rule().endsWith("reachable") || f.rule().endsWith("micro-credentials"))
                .extracting(Finding::outcome).containsOnly(Outcome.PASS);
    }
}
