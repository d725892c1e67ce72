package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.accounts.TokenScope;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.results.Recognitions;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The holes an attacker found, each closed: told with the people of the worked example. */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class TrustIT extends DatabaseIT {

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;
    @Autowired CatalogueEditing catalogueEditing;
    @Autowired Learners learners;
    @Autowired ApplicationRounds applicationRounds;
    @Autowired PlacingApplications placingApplications;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Recognitions recognitions;

    WebFixtures people;

    @BeforeEach
    void thePeopleOfTheWorkedExample() {
        people = new WebFixtures(accounts, catalogue, catalogueEditing);
    }

    private String readToken(String who) {
        return accounts.createToken(people.people.get(who).id(), "read only", Set.of(TokenScope.READ), Duration.ofDays(1)).secret();
    }

    @Test
    void aReadOnlyTokenOfTheAdminReadsCertificatesButCannotRevokeIssueOrAwardNorRevokeItsOwnTokens() throws Exception {
        WebFixtures.LearnerData data = people.learners(learners, applicationRounds, placingApplications, enrollingLearners, achievements, recognitions);
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForObject("select count(*) from certificate where learner_id = ?", Integer.class, data.lea().value()) > 0);
        String certificate = jdbc.queryForObject("select min(id) from certificate where learner_id = ?", String.class, data.lea().value());
        String token = readToken("admin");

        mvc.perform(get("/api/v1/certificates/" + certificate).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/certificates/" + certificate + "/revoke").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"a read token tries\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("read scope and cannot change anything")));
        assertThat(jdbc.queryForObject("select count(*) from certificate where id = ? and revoked_at is null", Integer.class, certificate))
                .as("the certificate is still valid").isEqualTo(1);
        mvc.perform(post("/credentials/issue").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"credential\": {\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": [\"VerifiableCredential\"],"
                        + " \"issuer\": \"did:web:localhost%3A8080:institutions:luh\", \"credentialSubject\": {\"id\": \"did:example:x\"}}}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/certificates/awarding").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"micro-degree\", \"credential\": \"luh:md-ai-essentials\", \"confirmation\": true}"))
                .andExpect(status().isForbidden());
        String tokenId = accounts.tokens(people.people.get("admin").id()).get(0).id();
        mvc.perform(delete("/api/v1/accounts/" + people.people.get("admin").id() + "/tokens/" + tokenId)
                .header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
        // checking, verifying and what-ifs change nothing: a read token may
        mvc.perform(post("/api/v1/conformance").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\": [\"luh:mc-ai-ethics\"]}")).andExpect(status().isOk());
    }

    @Test
    void anAdminOfAnotherInstitutionCannotTakeOverALuhLearnerRecordByGivingAnAccountHerEmail() throws Exception {
        String registrar = people.people.get("registrar").email();
        String lena = JsonPath.read(mvc.perform(post("/api/v1/learners").with(httpBasic(registrar, WebFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "Lena Luh", "email": "lena@luh.example", "status": "student", "institution": "luh", "studentNumber": "L-0777"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        // LUT's admin makes an account with Lena's address and the learner role at LUT
        mvc.perform(post("/api/v1/accounts").with(httpBasic(people.people.get("other").email(), WebFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"email": "lena@luh.example", "name": "Not Lena", "password": "a-long-enough-password",
                         "roles": [{"role": "learner", "institution": "lut"}]}""")).andExpect(status().isCreated());
        int records = count("learners_learner");

        mvc.perform(get("/api/v1/learners/me").with(httpBasic("lena@luh.example", "a-long-enough-password")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("no learner record is linked")));
        mvc.perform(get("/api/v1/learners/" + lena).with(httpBasic("lena@luh.example", "a-long-enough-password"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/learners/" + lena + "/export").with(httpBasic("lena@luh.example", "a-long-enough-password")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select account_id from learners_learner where id = ?", String.class, lena)).isNull();
        assertThat(count("learners_learner")).as("reading made no record").isEqualTo(records);

        // LUT's admin cannot link it either; LUH's registrar can, when the person is the one she knows
        mvc.perform(post("/api/v1/learners/" + lena + "/account").with(httpBasic(people.people.get("other").email(), WebFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"lena@luh.example\"}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/learners/" + lena + "/account").with(httpBasic(registrar, WebFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"lena@luh.example\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/learners/me").with(httpBasic("lena@luh.example", "a-long-enough-password")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(lena));
    }

    @Test
    void readingMyOwnRecordNeverMakesOneForStaff() throws Exception {
        int records = count("learners_learner");
        for (String who : List.of("designer", "quality", "registrar", "admin", "partner", "other")) {
            mvc.perform(get("/api/v1/learners/me").with(httpBasic(people.people.get(who).email(), WebFixtures.PASSWORD)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/me").with(authentication(people.as(who)))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("No learner record is linked to your account")));
        }
        assertThat(count("learners_learner")).isEqualTo(records);
    }

    @Test
    void theInstitutionThatHoldsTheRecordLinksItWhenItsOwnAdminGrantsTheLearnerRole() throws Exception {
        var registrar = people.people.get("registrar").actor();
        var record = learners.create(new LearnerInput("Mira Luh", "mira@luh.example", null, "student", "luh", "L-0888", List.of()), registrar);
        accounts.create("mira@luh.example", "Mira", "a-long-enough-password".toCharArray(), Set.of());
        mvc.perform(get("/api/v1/learners/me").with(httpBasic("mira@luh.example", "a-long-enough-password"))).andExpect(status().isNotFound());
        // LUT's admin granting a role at LUT does not link LUH's record; LUH's admin granting one at LUH does
        accounts.grant("mira@luh.example", Grant.of(Role.LEARNER, "lut"));
        mvc.perform(get("/api/v1/learners/me").with(httpBasic("mira@luh.example", "a-long-enough-password"))).andExpect(status().isNotFound());
        accounts.grant("mira@luh.example", Grant.of(Role.LEARNER, "luh"));
        mvc.perform(get("/api/v1/learners/me").with(httpBasic("mira@luh.example", "a-long-enough-password")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(record.id().value()));
    }

    @Test
    void badInputIsRefusedNamingTheFieldNeverWithA500() throws Exception {
        String designer = people.people.get("designer").email();
        String mc = """
                {"id": "luh:mc-long", "title": {"en": "%s"}, "modules": ["luh:mb-ml-manufacturing"], "creditPoints": 5, "eqfLevel": 7}""";
        mvc.perform(post("/api/v1/micro-credentials").with(httpBasic(designer, WebFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(mc.formatted("T".repeat(600))))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].path").value("title.en"))
                .andExpect(jsonPath("$.errors[0].reason").value("is 600 characters long; at most 500 are allowed"));
        mvc.perform(post("/api/v1/micro-credentials").with(httpBasic(designer, WebFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(mc.formatted("Nul\\u0000Title")))
                .andExpect(status().is4xxClientError()).andExpect(jsonPath("$.detail").value(Matchers.containsString("U+0000")));
        mvc.perform(post("/api/v1/micro-credentials/" + WebFixtures.LUH_DRAFT + "/transitions").with(httpBasic(designer, WebFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"submit\", \"reason\": \"" + "r".repeat(5_000) + "\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].path").value("reason"));
        mvc.perform(post("/api/v1/accounts").with(httpBasic(people.people.get("admin").email(), WebFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"long@luh.example\", \"name\": \"" + "N".repeat(300)
                        + "\", \"roles\": [{\"role\": \"learner\", \"institution\": \"luh\"}]}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].path").value("name"));
        mvc.perform(get("/api/v1/micro-degrees?size=1000000000&page=100000000")).andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/v1/micro-degrees?size=50&page=100000000")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].path").value("page"));
        mvc.perform(post("/api/v1/verify").contentType(MediaType.APPLICATION_JSON).content("[".repeat(100_000) + "]".repeat(100_000)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(Matchers.containsString("nested deeper")));
        mvc.perform(post("/api/v1/achievements/import").with(httpBasic(people.people.get("registrar").email(), WebFixtures.PASSWORD))
                .contentType("text/csv").content("institution;student_number;item;date;scale;grade;credit_points;assessment;reference\n"
                        + "luh;L-0001;luh:mc-ai-ethics;2025-03-01;de;2.0;5;project;\"EX-1\n"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("unreadable CSV")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
        assertThat(count("learners_achievement")).isZero();
    }

    @Test
    void failedWritesEchoNoPersonalDataIntoTheLog(CapturedOutput output) throws Exception {
        String registrar = people.people.get("registrar").email();
        String person = """
                {"name": "Sigrid Secretname", "email": "sigrid.secret@private.example", "status": "student", "institution": "luh",
                 "studentNumber": "S-4711", "birthDate": "%s"}""";
        mvc.perform(post("/api/v1/learners").with(httpBasic(registrar, WebFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(person.formatted("2001-02-03"))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/learners").with(httpBasic(registrar, WebFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(person.formatted("2001-02-03"))).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/learners").with(httpBasic(registrar, WebFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(person.formatted("not-a-date"))).andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/learners").with(httpBasic(registrar, WebFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(person.formatted("2001-02-03").replace("}", ""))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/achievements/import").with(httpBasic(registrar, WebFixtures.PASSWORD)).contentType("text/csv")
                .content("institution;student_number;item;date;scale;grade;credit_points;assessment;reference\n"
                        + "luh;S-4711-sigrid.secret;luh:mc-ai-ethics;2025-03-01;de;2.0;5;project;EX-SIGRID\n"))
                .andExpect(status().isUnprocessableEntity());
        assertThat(output.getAll()).doesNotContain("Secretname", "sigrid.secret", "S-4711", "EX-SIGRID");
    }
}
