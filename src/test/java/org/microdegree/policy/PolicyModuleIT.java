package org.microdegree.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microdegree.ModuleWithoutCatalogueIT;
import org.microdegree.policy.model.RuleProfile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The rule profiles on their own (no catalogue): the shipped profiles are there, LUH copies the LUH
 * model's profile for its AI academy and adopts the copy with the EU Recommendation's, journalled.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class PolicyModuleIT extends ModuleWithoutCatalogueIT {

    @Autowired Profiles profiles;

    @Test
    void luhAdoptsItsOwnCopyOfTheLuhModelBesideTheEuRecommendation() {
        assertThat(profiles.all()).extracting(RuleProfile::id).contains("luh-2023", "luh-2025", "eu-2022");

        RuleProfile academy = profiles.copy("luh-2023", "luh-2023-ai-academy", "luh", null, Map.of(), "quinn");
        profiles.adopt("luh", List.of("luh-2023-ai-academy", "eu-2022"), "quinn");

        assertThat(academy.basedOn()).isEqualTo("luh-2023@1");
        assertThat(academy.rules()).hasSameSizeAs(profiles.get("luh-2023").rules());
        assertThat(profiles.adoptedBy("luh")).containsExactlyInAnyOrder("luh-2023-ai-academy", "eu-2022");
        assertThat(profiles.adoptionJournal("luh")).isNotEmpty();
        assertThat(profiles.journal("luh-2023-ai-academy")).isNotEmpty();
    }
}
