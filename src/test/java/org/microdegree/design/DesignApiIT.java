package org.microdegree.design;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The design assistant over the API, with the shipped examples as bodies (YAML), on H2 and PostgreSQL. */
class DesignApiIT extends DatabaseIT {

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;

    @BeforeEach
    void loadTheWorkedExample() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
    }

    static byte[] example(String pattern) throws Exception {
        return Files.readAllBytes(Path.of("examples", "design", pattern + ".yaml"));
    }

    @Test
    void theGapFillerAnswersWithItsMatrixItsDraftAndItsConformance() throws Exception {
        mvc.perform(post("/api/v1/design/gap-filler").with(httpBasic(ADMIN, PASSWORD)).contentType("application/yaml").content(example("gap-filler")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.feasible").value(true))
                .andExpect(jsonPath("$.ready").value(true))
                .andExpect(jsonPath("$.report.matrix[0].studyProgramme").value("luh:bsc-computer-science"))
                .andExpect(jsonPath("$.report.matrix[0].missing[0]").value("data-engineering"))
                .andExpect(jsonPath("$.draft.microDegrees[0].id").value("luh:md-ai-gap-filler"))
                .andExpect(jsonPath("$.draft.microDegrees[0].requirements.minCredits").value(10))
                .andExpect(jsonPath("$.conformance.conforms").value(true))
                .andExpect(jsonPath("$.conformance.summary.errors").value(0));
    }

    @Test
    void anInfeasibleJointMasterNamesTheQuotaInGerman() throws Exception {
        String yaml = new String(example("joint-master")).replace("  tuw: 3\n", "  tuw: 4\n").replace("  upm: 2\n", "  upm: 1\n");
        mvc.perform(post("/api/v1/design/joint-master?lang=de").with(httpBasic(ADMIN, PASSWORD)).contentType("application/yaml").content(yaml))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.feasible").value(false))
                .andExpect(jsonPath("$.reasons[0].path").value("quotas.tuw"))
                .andExpect(jsonPath("$.reasons[0].text").value(
                        "Quote von tuw: 4 Micro-Credentials sind verlangt, tuw bietet aber 3 zu 5 LP auf EQR-Stufe 7 an."))
                .andExpect(jsonPath("$.draft").doesNotExist());
    }

    @Test
    void aPublishedJointMasterListsEachOutcomeOnceAndChartsItsSixtyCreditPoints() throws Exception {
        String answer = mvc.perform(post("/api/v1/design/joint-master").with(httpBasic(ADMIN, PASSWORD)).contentType("application/yaml")
                .content(example("joint-master"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the partners agreed: the draft and its four parts are published as they are
        String draft = JsonMapper.builder().build().readTree(answer).get("draft").toString().replace("\"status\":\"draft\"", "\"status\":\"published\"");
        catalogue.importBundle("joint-master.json", draft.getBytes(StandardCharsets.UTF_8), BundleSyntax.JSON, "test");

        String page = mvc.perform(get("/catalogue/micro-degrees/luh:jm-green-engineering")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // the chart: a bar per part (15 CP each); the twelve micro-credentials are inside the parts, not bars again
        String chart = page.substring(page.indexOf("<svg class=\"chart\""), page.indexOf("</svg>"));
        Matcher bar = Pattern.compile("<text x=\"[0-9.]+\" y=\"[0-9]+\">([0-9.]+)</text>").matcher(chart);
        BigDecimal total = BigDecimal.ZERO;
        int bars = 0;
        while (bar.find()) {
            total = total.add(new BigDecimal(bar.group(1)));
            bars++;
        }
        assertThat(bars).as("four parts").isEqualTo(4);
        assertThat(total).isEqualByComparingTo("60");
        // every learning outcome once, however many ways the programme names its micro-credential
        String outcomes = page.substring(page.indexOf("<h2>Learning outcomes"));
        outcomes = outcomes.substring(0, outcomes.indexOf("</ul>"));
        List<String> listed = Pattern.compile("<li><span>([^<]*)</span> <span class=\"meta\">\\(([^<]*)\\)</span></li>").matcher(outcomes).results()
                .map(m -> m.group(1) + " / " + m.group(2)).toList();
        assertThat(listed).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/design/admission-bridge").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"programme\": {\"id\": \"luh:md-b\"}, \"admission\": {\"credits\": []}}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.path == 'admission.credits')]").exists());
        mvc.perform(post("/api/v1/design/pyramid").with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
    }
}
