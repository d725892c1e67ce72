package org.microdegree.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which occupations a design prepares for, by ESCO's occupation-skill relations: a micro-credential
 * teaching two of a data scientist's essential skills is shown as covering that much of the
 * occupation, and what it lacks.
 */
class OccupationFitIT extends DatabaseIT {

    static final String DATA_SCIENTIST = "http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30";
    static final String RECOMMENDER_SYSTEMS = "http://data.europa.eu/esco/skill/505e4ef3-7ce4-437d-b7b4-5c608f71c258";
    static final String COLLECT_ICT_DATA = "http://data.europa.eu/esco/skill/79e29b8b-47d1-470d-b7b1-32506bfe7d9a";

    @Autowired MockMvc mvc;
    @Autowired Skills skills;
    @Autowired Catalogue catalogue;

    @Test
    void twoEssentialSkillsOfADataScientistCoverThatShareOfTheOccupation() {
        List<OccupationFit> fits = skills.occupationsCovering(List.of(RECOMMENDER_SYSTEMS, COLLECT_ICT_DATA), 20);
        OccupationFit scientist = fits.stream().filter(f -> f.occupation().uri().equals(DATA_SCIENTIST)).findFirst().orElseThrow();
        assertThat(scientist.occupation().label()).isEqualTo("data scientist");
        assertThat(scientist.matchedEssential()).containsExactlyInAnyOrder(RECOMMENDER_SYSTEMS, COLLECT_ICT_DATA);
        assertThat(scientist.missingEssential()).isNotEmpty().doesNotContain(RECOMMENDER_SYSTEMS);
        assertThat(scientist.percent()).isEqualTo(200 / scientist.essentialTotal());
        // most essential skills matched first
        assertThat(fits).extracting(f -> f.matchedEssential().size()).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void theApiNamesTheOccupationsAndRefusesWhatIsNotASkill() throws Exception {
        String body = mvc.perform(get("/api/v1/skills/occupations?skill=" + RECOMMENDER_SYSTEMS + "&skill=" + COLLECT_ICT_DATA + "&limit=50"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode hits = JsonMapper.builder().build().readTree(body);
        assertThat(hits.valueStream().map(h -> h.get("label").asString())).contains("data scientist");
        String refused = mvc.perform(get("/api/v1/skills/occupations?skill=http://example.org/not-a-skill&limit=0"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("skill[0]").contains("limit").doesNotContain("Exception");
    }

    @Test
    void aProgrammePageNamesTheOccupationsItPreparesForInEitherLanguage() throws Exception {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        String en = mvc.perform(get("/catalogue/micro-degrees/luh:md-ai-essentials").locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("Occupations it prepares for").containsPattern("\\d+ of \\d+ essential skills \\(\\d+ %\\)");
        String de = mvc.perform(get("/catalogue/micro-degrees/luh:md-ai-essentials").locale(Locale.GERMAN)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(de).contains("Berufe, auf die es vorbereitet").containsPattern("\\d+ von \\d+ wesentlichen Kompetenzen");
    }
}
