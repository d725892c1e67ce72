package org.microdegree.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.time.Instant;
import org.microdegree.DatabaseIT;
import org.microdegree.TestClock;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.RoundInput;
import org.microdegree.shared.Actor;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A visitor looks for what the worked example offers on energy: words in English or German, narrowed
 * by facets whose counts say how many each value would leave.
 */
class SearchApiIT extends DatabaseIT {

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;
    @Autowired ApplicationRounds rounds;
    @Autowired TestClock clock;

    @BeforeEach
    void loadTheWorkedExample() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
    }

    private JsonNode search(String query) throws Exception {
        String body = mvc.perform(get("/api/v1/search?" + query)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(body);
    }

    private static List<String> ids(JsonNode answer) {
        return answer.get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }

    private static Map<String, Long> counts(JsonNode answer, String facet) {
        Map<String, Long> out = new java.util.TreeMap<>();
        answer.get("facets").get(facet).forEach(c -> out.put(c.get("value").asString(), c.get("count").asLong()));
        return out;
    }

    @Test
    void solarFindsTheProgrammeAndItsMicroCredentialsInEitherLanguage() throws Exception {
        JsonNode solar = search("q=solar");
        assertThat(ids(solar)).contains("luh:md-solar-energy", "luh:mc-solar-thermal");
        assertThat(solar.get("total").asLong()).isEqualTo(ids(solar).size());
        // German words find the same programme by its German title and description
        assertThat(ids(search("q=Solarenergie"))).contains("luh:md-solar-energy");
        // an outcome's words count: "yield" is only in Photovoltaic Systems' outcome
        assertThat(ids(search("q=yield"))).contains("luh:mc-photovoltaic-systems");
        // every word must be found
        assertThat(ids(search("q=solar+ethics"))).isEmpty();
    }

    @Test
    void facetsCountWhatEachValueWouldLeaveAndNarrowTheResults() throws Exception {
        JsonNode all = search("size=100");
        long total = all.get("total").asLong();
        assertThat(total).isGreaterThan(20);
        assertThat(counts(all, "kind").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        Map<String, Long> eqf = counts(all, "eqf");
        assertThat(eqf).containsKeys("6", "7");

        JsonNode level7 = search("eqf=7&size=100");
        assertThat(level7.get("total").asLong()).isEqualTo(eqf.get("7"));
        assertThat(level7.get("items").valueStream().map(i -> i.get("eqfLevel").asInt())).containsOnly(7);
        // two values of one facet: either
        assertThat(search("eqf=6&eqf=7").get("total").asLong()).isEqualTo(eqf.get("6") + eqf.get("7"));
        // words and facets together; by credit points, smallest first
        JsonNode programmes = search("q=energy&kind=micro-degree&sort=cp");
        assertThat(ids(programmes)).contains("luh:md-solar-energy").allMatch(id -> id.contains(":md-") || id.contains(":jm-"));
        assertThat(programmes.get("items").valueStream().map(i -> i.get("creditPoints").decimalValue()).toList()).isSorted();
    }

    @Test
    void aPublishedItemIsFoundWithoutARestart() throws Exception {
        assertThat(ids(search("q=hydrogen"))).isEmpty();
        String yaml = new String(Fixtures.workedExampleYaml(), StandardCharsets.UTF_8)
                .replace("id: luh:mc-photovoltaic-systems\n    version: 1\n    status: published\n    title:\n      en: Photovoltaic Systems\n",
                        "id: luh:mc-photovoltaic-systems\n    version: 2\n    status: published\n    title:\n      en: Photovoltaic and Hydrogen Systems\n");
        catalogue.importBundle("example-v2.yaml", yaml.getBytes(StandardCharsets.UTF_8), BundleSyntax.YAML, "test");
        await().atMost(Duration.ofSeconds(10)).until(() -> ids(search("q=hydrogen")).contains("luh:mc-photovoltaic-systems"));
    }

    static final String IOT_DEVELOPER = "http://data.europa.eu/esco/occupation/6ce5f7e3-a534-4aa2-ab23-255408ddb53a";

    @Test
    void theOccupationFacetNamesWhatAProgrammePreparesFor() throws Exception {
        Map<String, Long> occupations = counts(search("size=1"), "occupation");
        assertThat(occupations).containsKey(IOT_DEVELOPER);
        JsonNode iot = search("occupation=" + IOT_DEVELOPER + "&size=100");
        assertThat(iot.get("total").asLong()).isEqualTo(occupations.get(IOT_DEVELOPER));
        // the programme's occupations come from its micro-credentials' skills, as on its page
        assertThat(ids(iot)).contains("luh:md-ai-in-production");
    }

    @Test
    void theOfferingFacetFollowsTheApplicationRoundsAndTheClock() throws Exception {
        Instant now = Instant.parse("2027-03-01T10:00:00Z");
        clock.set(now);
        try {
            rounds.createRound(new RoundInput("luh:solar-2027", "micro-degree", "luh:md-solar-energy", "2027-02-01T00:00", "2027-03-31T23:59",
                    "Europe/Berlin", "first-come", 30, null, List.of(), List.of(), null), Actor.operator("test"));
            rounds.createRound(new RoundInput("luh:ai-2027", "micro-degree", "luh:md-ai-essentials", "2027-04-15T00:00", "2027-05-31T23:59",
                    "Europe/Berlin", "first-come", 30, null, List.of(), List.of(), null), Actor.operator("test"));
            await().atMost(Duration.ofSeconds(10)).until(() -> counts(search("size=1"), "offering").getOrDefault("next", 0L) == 1);
            Map<String, Long> offering = counts(search("size=1"), "offering");
            assertThat(offering).containsEntry("open", 1L).containsEntry("next", 1L);
            assertThat(offering.get("on-demand")).isEqualTo(search("size=1").get("total").asLong() - 2);
            assertThat(ids(search("offering=open"))).containsExactly("luh:md-solar-energy");
            JsonNode open = search("offering=open").get("items").get(0);
            assertThat(open.get("round").get("closesAt").asString()).isEqualTo("2027-03-31T21:59:00Z");
            assertThat(ids(search("offering=open&offering=next&sort=start"))).containsExactly("luh:md-solar-energy", "luh:md-ai-essentials");
            // sorted by start: open now first, then by the next round's opening, on demand last
            List<String> byStart = ids(search("kind=micro-degree&sort=start&size=100"));
            assertThat(byStart.subList(0, 2)).containsExactly("luh:md-solar-energy", "luh:md-ai-essentials");

            // when the second round opens, the programme is open now without anything else changing
            clock.set(Instant.parse("2027-04-20T10:00:00Z"));
            await().atMost(Duration.ofSeconds(10)).until(() -> ids(search("offering=open")).contains("luh:md-ai-essentials"));
            assertThat(ids(search("offering=open"))).containsExactly("luh:md-ai-essentials");
        } finally {
            clock.reset();
        }
    }

    @Test
    void badPagingAndSortingAreRefusedTogether() throws Exception {
        String problem = mvc.perform(get("/api/v1/search?size=0&sort=popularity&page=0")).andExpect(status().isUnprocessableContent()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(problem).contains("size").contains("sort").contains("page").doesNotContain("Exception");
        assertThat(mvc.perform(get("/api/v1/search?offering=tomorrow")).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("offering[0]").contains("open, next, on-demand");
    }
}
