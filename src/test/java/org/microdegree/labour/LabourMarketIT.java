package org.microdegree.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A designer brings labour-market figures for the occupations LUH's programmes prepare for (the
 * shipped sample, figures per ESCO occupation and region), and the programme's page and its
 * conformance report cite the demand; a file with mistakes is refused whole, every mistake named.
 */
class LabourMarketIT extends DatabaseIT {

    static final String AI_IN_PRODUCTION = "luh:md-ai-in-production";
    static final String DATA_SCIENTIST = "http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30";
    static final String SMART_MANUFACTURING_ENGINEER = "http://data.europa.eu/esco/occupation/82616669-cc82-4455-9332-a2df209e9f3e";

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;

    static byte[] sample() throws Exception {
        try (InputStream in = LabourMarket.class.getResourceAsStream(LabourMarket.SAMPLE)) {
            return in.readAllBytes();
        }
    }

    @BeforeEach
    void theWorkedExampleIsPublished() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
    }

    private JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    private String importFigures(byte[] csv, String user, int expected) throws Exception {
        return mvc.perform(post("/api/v1/labour-market/figures").with(httpBasic(user, PASSWORD)).contentType("text/csv").content(csv))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theSampleImportsAndImportingItAgainReplacesEveryFigure() throws Exception {
        JsonNode first = json(importFigures(sample(), ADMIN, 200));
        assertThat(first.get("rows").asInt()).isEqualTo(36);
        assertThat(first.get("inserted").asInt()).isEqualTo(36);
        assertThat(first.get("occupations").asInt()).isEqualTo(18);
        JsonNode again = json(importFigures(sample(), ADMIN, 200));
        assertThat(again.get("inserted").asInt()).isZero();
        assertThat(again.get("replaced").asInt()).isEqualTo(36);
        assertThat(jdbc.queryForObject("select count(*) from labour_market_figure", Integer.class)).isEqualTo(36);

        JsonNode engineer = json(mvc.perform(get("/api/v1/labour-market/figures").param("occupation", SMART_MANUFACTURING_ENGINEER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(engineer.valueStream().map(f -> f.get("region").asString() + " " + f.get("period").asString() + " " + f.get("measure").asString()))
                .containsExactlyInAnyOrder("DE 2025 vacancies", "DE9 2025 vacancies", "DE 2024 vacancies");
    }

    @Test
    void aFileWithMistakesIsRefusedWholeWithEveryMistakeByLineAndColumn() throws Exception {
        String csv = "occupation,region,period,measure,value,source\n"
                + DATA_SCIENTIST + ",DE,2025,vacancies,1200,Statistik der BA\n"
                + "http://data.europa.eu/esco/skill/8369c2d6-c100-4cf6-bd83-9668d8678433,Germany,2025-13,openings,-5,\n"
                + DATA_SCIENTIST + ",DE,2025,vacancies,1300,Statistik der BA\n";
        String refused = importFigures(csv.getBytes(StandardCharsets.UTF_8), ADMIN, 422);
        assertThat(refused).contains("is not an occupation of ESCO").contains("'Germany' is not a NUTS code").contains("'2025-13' is not a year")
                .contains("'openings' is unknown").contains("'-5' is not a whole number").contains("name who published the figure")
                .contains("figures.csv:3:1").doesNotContain("Exception");
        assertThat(json(refused).get("errors").valueStream().map(e -> e.get("line").asInt() + ":" + e.get("column").asInt() + " " + e.get("field").asString()))
                .containsExactly("3:1 occupation", "3:2 region", "3:3 period", "3:4 measure", "3:5 value", "3:6 source");
        // the repeated key is named once the rows themselves are right
        String repeated = importFigures(csv.replace(csv.split("\n")[2] + "\n", "").getBytes(StandardCharsets.UTF_8), ADMIN, 422);
        assertThat(repeated).contains("the same occupation, region, period and measure as line 2");
        assertThat(jdbc.queryForObject("select count(*) from labour_market_figure", Integer.class)).as("nothing half-written").isZero();
    }

    @Test
    void learnersAndQualityAssuranceMayReadFiguresButNotImportThem() throws Exception {
        accounts.create("lena@luh.example", "Lena Learner", PASSWORD.toCharArray(), Set.of(Grant.of(Role.LEARNER, "luh")));
        accounts.create("quinn@luh.example", "Quinn Quality", PASSWORD.toCharArray(), Set.of(Grant.of(Role.QUALITY, "luh")));
        importFigures(sample(), "lena@luh.example", 403);
        importFigures(sample(), "quinn@luh.example", 403);
        mvc.perform(post("/api/v1/labour-market/figures").contentType("text/csv").content(sample())).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from labour_market_figure", Integer.class)).isZero();
        mvc.perform(get("/api/v1/labour-market/figures").with(httpBasic("lena@luh.example", PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void theProgrammePageShowsTheDemandIndicatorAndTheReportCitesTheOpenings() throws Exception {
        importFigures(sample(), ADMIN, 200);

        String en = mvc.perform(get("/catalogue/micro-degrees/" + AI_IN_PRODUCTION).locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).containsPattern("Demand indicator: [\\d,]+ openings").containsPattern("[\\d,]+ openings \\(DE 2025")
                .contains("Illustrative sample, invented figures");
        String de = mvc.perform(get("/catalogue/micro-degrees/" + AI_IN_PRODUCTION).locale(Locale.GERMAN)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(de).containsPattern("Bedarfsindikator: [\\d.]+ offene Stellen");

        String report = mvc.perform(post("/api/v1/conformance").param("profile", "luh-2023").with(httpBasic(ADMIN, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"items\": [\"" + AI_IN_PRODUCTION + "\"]}")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode rationale = json(report).get("findings").valueStream()
                .filter(f -> f.get("rule").asString().equals("luh-2023/md-labour-market-rationale")).findFirst().orElseThrow();
        assertThat(rationale.get("outcome").asString()).isEqualTo("pass");
        assertThat(rationale.get("message").get("en").asString()).containsPattern("backed by [\\d,]+ openings \\(2025")
                .contains("Source: Illustrative sample");

        JsonNode demand = json(mvc.perform(get("/api/v1/labour-market/demand").param("skill", skillsOf(AI_IN_PRODUCTION))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(demand.get("known").asBoolean()).isTrue();
        assertThat(demand.get("weightedOpenings").asLong()).isPositive().isLessThanOrEqualTo(demand.get("openings").asLong());
    }

    @Test
    void withoutFiguresThePageSaysSo() throws Exception {
        // figures are read again within a second of a change (an earlier test's, removed with the database, may still be in memory)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String en = mvc.perform(get("/catalogue/micro-degrees/" + AI_IN_PRODUCTION).locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(en).contains("No labour-market figures are imported for these occupations.").doesNotContain("Demand indicator");
        });
    }

    private String[] skillsOf(String programme) {
        return Fixtures.workedExample().microDegrees().stream().filter(md -> md.id().value().equals(programme)).findFirst().stream()
                .flatMap(md -> Fixtures.workedExample().microCredentials().stream().filter(mc -> md.microCredentials().contains(mc.id())))
                .flatMap(mc -> mc.skills().stream()).distinct().toArray(String[]::new);
    }
}
