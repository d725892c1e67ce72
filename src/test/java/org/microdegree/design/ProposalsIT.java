package org.microdegree.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * LUH proposes the joint Master of the worked example (examples/design/joint-master.yaml) to LUT,
 * BUT, TU Wien and UPM over the API. Each partner's designer sees exactly the composition and
 * decides; an objection must say why; LUH imports only once all four approve, and only once. Staff
 * of the proposer and the partners see it; learners do not.
 */
class ProposalsIT extends DatabaseIT {

    static final String DANA = "dana@luh.example";
    static final String LAURI = "lauri@lut.example";
    static final String BEA = "bea@but.example";
    static final String TOM = "tom@tuw.example";
    static final String ULA = "ula@upm.example";
    static final String LEA = "lea@luh.example";

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;

    @BeforeEach
    void theWorkedExampleAndItsDesigners() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        accounts.create(DANA, "Dana Designer", PASSWORD.toCharArray(), Set.of(Grant.of(Role.DESIGNER, "luh")));
        accounts.create(LAURI, "Lauri Designer", PASSWORD.toCharArray(), Set.of(Grant.of(Role.DESIGNER, "lut")));
        accounts.create(BEA, "Bea Designer", PASSWORD.toCharArray(), Set.of(Grant.of(Role.DESIGNER, "but")));
        accounts.create(TOM, "Tom Designer", PASSWORD.toCharArray(), Set.of(Grant.of(Role.DESIGNER, "tuw")));
        accounts.create(ULA, "Ula Designer", PASSWORD.toCharArray(), Set.of(Grant.of(Role.DESIGNER, "upm")));
        accounts.create(LEA, "Lea Learner", PASSWORD.toCharArray(), Set.of(Grant.of(Role.LEARNER, "luh")));
    }

    private JsonNode call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder req, String user, int expected) throws Exception {
        String body = mvc.perform(req.with(httpBasic(user, PASSWORD))).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? null : JsonMapper.builder().build().readTree(body);
    }

    private JsonNode decide(String id, String user, String json, int expected) throws Exception {
        return call(post("/api/v1/design/proposals/" + id + "/decisions").contentType("application/json").content(json), user, expected);
    }

    private String propose() throws Exception {
        byte[] input = Files.readAllBytes(Path.of("examples", "design", "joint-master.yaml"));
        JsonNode p = call(post("/api/v1/design/joint-master/proposals").contentType("application/yaml").content(input), DANA, 201);
        assertThat(p.get("status").asString()).isEqualTo("open");
        assertThat(p.get("partners").valueStream().map(JsonNode::asString).toList()).containsExactly("but", "lut", "tuw", "upm");
        return p.get("id").asString();
    }

    @Test
    void everyPartnerApprovesAndLuhImportsTheAgreedCompositionOnce() throws Exception {
        String id = propose();
        JsonNode seenByLut = call(get("/api/v1/design/proposals/" + id), LAURI, 200);
        assertThat(seenByLut.get("microCredentials").valueStream().map(m -> m.get("institution").asString())).contains("lut");
        assertThat(seenByLut.get("jointMds").size()).isPositive();

        // LUH cannot import before the partners agree, and cannot decide for them
        call(post("/api/v1/design/proposals/" + id + "/import"), DANA, 409);
        decide(id, DANA, "{\"decision\": \"approve\"}", 403);

        for (String partner : List.of(LAURI, BEA, TOM)) {
            decide(id, partner, "{\"decision\": \"approve\"}", 200);
        }
        assertThat(call(get("/api/v1/design/proposals/" + id), DANA, 200).get("status").asString()).isEqualTo("open");
        JsonNode agreed = decide(id, ULA, "{\"decision\": \"approve\", \"comment\": \"UPM agrees to the two units.\"}", 200);
        assertThat(agreed.get("status").asString()).isEqualTo("agreed");

        // only LUH's designer imports
        call(post("/api/v1/design/proposals/" + id + "/import"), LAURI, 403);
        JsonNode imported = call(post("/api/v1/design/proposals/" + id + "/import"), DANA, 200);
        assertThat(imported.get("added").asInt()).isPositive();
        assertThat(call(get("/api/v1/design/proposals/" + id), DANA, 200).get("status").asString()).isEqualTo("imported");
        call(post("/api/v1/design/proposals/" + id + "/import"), DANA, 409);
        decide(id, LAURI, "{\"decision\": \"object\", \"comment\": \"too late\"}", 409);
    }

    @Test
    void anObjectionSaysWhyAndALaterDecisionOfThePartnerCounts() throws Exception {
        String id = propose();
        JsonNode refused = decide(id, LAURI, "{\"decision\": \"object\"}", 422);
        assertThat(refused.toString()).contains("comment").contains("say why the partner objects");
        JsonNode bad = decide(id, LAURI, "{\"decision\": \"maybe\", \"institution\": \"tuw\"}", 422);
        assertThat(bad.toString()).contains("approve or object").contains("'tuw' is not a partner you design for");

        JsonNode objected = decide(id, LAURI, "{\"decision\": \"object\", \"comment\": \"LUT offers a better unit on circular economy.\"}", 200);
        assertThat(objected.get("status").asString()).isEqualTo("objected");
        JsonNode changed = decide(id, LAURI, "{\"decision\": \"approve\"}", 200);
        assertThat(changed.get("status").asString()).isEqualTo("open");
        assertThat(changed.get("decisions").size()).as("every decision is kept").isEqualTo(2);
        assertThat(count("design_proposal_decision")).isEqualTo(2);
    }

    @Test
    void learnersDoNotSeeProposalsAndAPartnerSeesItInTheList() throws Exception {
        String id = propose();
        call(get("/api/v1/design/proposals/" + id), LEA, 403);
        call(get("/api/v1/design/proposals"), LEA, 403);
        call(get("/api/v1/design/proposals/not-an-id"), DANA, 422);
        assertThat(call(get("/api/v1/design/proposals"), TOM, 200).size()).isEqualTo(1);
    }
}
