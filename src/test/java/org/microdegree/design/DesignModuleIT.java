package org.microdegree.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.microdegree.ModuleIT;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.design.building.Pattern;
import org.microdegree.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The design assistant with the catalogue and conformance it builds on: the gap-filler of the worked
 * example closes the B.Sc.'s gap in data engineering with a programme (and its complete variant) ready for review.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class DesignModuleIT extends ModuleIT {

    @Autowired ProgrammeDesigner designer;

    @Test
    void theGapFillerBuildsAProgrammeReadyForReview() throws Exception {
        byte[] input = Files.readAllBytes(Path.of("examples", "design", "gap-filler.yaml"));

        ProgrammeDesigner.Result result = designer.design(Pattern.GAP_FILLER, "gap-filler.yaml", input, BundleSyntax.YAML, Actor.operator("dana"));

        assertThat(result.ready()).isTrue();
        assertThat(result.draft().bundle().microDegrees()).extracting(MicroDegreeProgramme::id).extracting(id -> id.value())
                .containsExactly("luh:md-ai-gap-filler", "luh:md-ai-gap-filler-complete");
    }
}
