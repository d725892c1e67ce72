package org.microdegree.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microdegree.ModuleIT;
import org.microdegree.policy.model.ConformanceReport;
import org.microdegree.policy.model.Finding;
import org.microdegree.shared.ItemId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Conformance with the catalogue and rule profiles it needs: the worked example's joint Master of 60 CP
 * breaks the 2025 LUH model's 10 to 30 CP for a micro-degree; "AI Essentials" conforms to the profiles LUH
 * uses by default.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ConformanceModuleIT extends ModuleIT {

    @Autowired Conformance conformance;

    @Test
    void theJointMasterIsTooLargeForTheLuhModelOf2025() {
        ConformanceReport report = conformance.checkStored(List.of(ItemId.of("luh:jm-sustainable-engineering")), List.of("luh-2025"));

        assertThat(report.conforms()).isFalse();
        assertThat(report.findings()).filteredOn(Finding::isError).extracting(Finding::rule).containsExactly("luh-2025/md-credits-range");
        assertThat(report.findings()).filteredOn(Finding::isError).extracting(f -> f.message().in("en"))
                .containsExactly("The micro-degree has 60 CP; the profile allows 10 to 30 CP.");
    }

    @Test
    void aiEssentialsConformsToTheEuRecommendation() {
        ConformanceReport report = conformance.checkStored(List.of(ItemId.of("luh:md-ai-essentials")), Conformance.DEFAULT_PROFILES);

        assertThat(report.conforms()).isTrue();
        assertThat(report.profiles()).containsExactly("eu-2022@1");
    }
}
