package org.microdegree.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.microdegree.ModuleIT;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.shared.ItemId;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The catalogue module with only what it depends on (no rule profiles, no audit, no web): the worked
 * example's bundle comes in whole, its programmes published and made of the micro-credentials it names.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class CatalogModuleIT extends ModuleIT {

    @Test
    void theWorkedExampleIsPublishedWithItsProgrammesParts() {
        MicroDegreeProgramme aiEssentials = catalogue.<MicroDegreeProgramme>find(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-essentials"), null,
                Catalogue.ALL).orElseThrow();
        assertThat(aiEssentials.status()).isEqualTo(LifecycleStatus.PUBLISHED);
        assertThat(aiEssentials.references()).extracting(r -> r.id().value())
                .contains("luh:mc-machine-learning", "luh:mc-data-engineering");
    }
}
