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
import org.microdegree.DatabaseIT;
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

    @Test
    void badPagingAndSortingAreRefusedTogether() throws Exception {
        String problem = mvc.perform(get("/api/v1/search?size=0&sort=popularity&page=0")).andExpect(status().isUnprocessableContent()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(problem).contains("size").contains("sort").contains("page").doesNotContain("Exception");
    }
}
