package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microdegree.DatabaseIT;
import org.microdegree.accounts.SignIn;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.ItemId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Who sees and changes what, told with the people of the worked example. */
@ExtendWith(OutputCaptureExtension.class)
class AccessScenariosIT extends DatabaseIT {

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;
    @Autowired CatalogueEditing catalogueEditing;

    WebFixtures people;

    @BeforeEach
    void thePeopleOfTheWorkedExample() {
        people = new WebFixtures(accounts, catalogue, catalogueEditing);
    }

    private String id(String who) {
        return people.people.get(who).id();
    }

    private String email(String who) {
        return people.people.get(who).email();
    }

    @Test
    void aLearnerCannotReadAnotherLearnersAccountOrTokens() throws Exception {
        mvc.perform(get("/api/v1/accounts/" + id("learner")).with(httpBasic(email("learner"), WebFixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value("lea@luh.example"));
        mvc.perform(get("/api/v1/accounts/" + id("learner2")).with(httpBasic(email("learner"), WebFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/accounts/" + id("learner2") + "/tokens").with(httpBasic(email("learner"), WebFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts/" + id("learner2") + "/tokens").with(httpBasic(email("learner"), WebFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"steal\"}")).andExpect(status().isForbidden());
        // not even an admin sees another person's tokens
        mvc.perform(get("/api/v1/accounts/" + id("learner2") + "/tokens").with(httpBasic(email("admin"), WebFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDesignerOfLuhCannotChangeADraftOfLutNorEvenSeeIt() throws Exception {
        String draft = "{\"id\": \"lut:mc-draft-hydrogen\", \"title\": {\"en\": \"Taken over\"}, \"modules\": [\"lut:se-solar-economy\"],"
                + " \"creditPoints\": 5, \"eqfLevel\": 7}";
        mvc.perform(put("/api/v1/micro-credentials/" + WebFixtures.LUT_DRAFT).with(httpBasic(email("designer"), WebFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(draft)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/micro-credentials/" + WebFixtures.LUT_DRAFT).with(httpBasic(email("designer"), WebFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/micro-credentials?status=draft").with(httpBasic(email("designer"), WebFixtures.PASSWORD)))
                .andExpect(jsonPath("$.items[*].id", hasItem(WebFixtures.LUH_DRAFT)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(WebFixtures.LUT_DRAFT))));
        // nor create under LUT's name, nor publish in LUT's stead
        mvc.perform(post("/api/v1/micro-credentials").with(httpBasic(email("designer"), WebFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(draft.replace("mc-draft-hydrogen", "mc-sneaked-in")))
                .andExpect(status().isForbidden());
        assertThat(catalogue.find(ItemKind.MICRO_CREDENTIAL,
                ItemId.of(WebFixtures.LUT_DRAFT), null, Catalogue.ALL)).get()
                .extracting(i -> i.title().en()).isEqualTo("Hydrogen Economy");
    }

    @Test
    void partnerStaffSeeTheJointProgrammesTheirInstitutionTakesPartInAndNothingElseOfLuh() throws Exception {
        mvc.perform(get("/api/v1/micro-degrees?status=draft").with(httpBasic(email("partner"), WebFixtures.PASSWORD)))
                .andExpect(jsonPath("$.items[*].id", hasItem(WebFixtures.JOINT_DRAFT)));
        mvc.perform(get("/api/v1/micro-degrees/" + WebFixtures.JOINT_DRAFT).with(httpBasic(email("partner"), WebFixtures.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/micro-credentials?status=draft").with(httpBasic(email("partner"), WebFixtures.PASSWORD)))
                .andExpect(jsonPath("$.items[*].id", hasItem(WebFixtures.LUT_DRAFT)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(WebFixtures.LUH_DRAFT))));
        mvc.perform(get("/api/v1/micro-credentials/" + WebFixtures.LUH_DRAFT).with(httpBasic(email("partner"), WebFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        // and work on it: the joint draft goes to review from LUT
        mvc.perform(post("/api/v1/micro-degrees/" + WebFixtures.JOINT_DRAFT + "/transitions").with(httpBasic(email("partner"), WebFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"submit\"}"))
                .andExpect(status().is(Matchers.not(Matchers.isOneOf(401, 403, 404))));
        // a learner sees neither
        mvc.perform(get("/api/v1/micro-degrees/" + WebFixtures.JOINT_DRAFT).with(httpBasic(email("learner"), WebFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anApiTokenIsShownOnceStoredHashedScopedRevocableAndRefusedWhenWrong() throws Exception {
        MvcResult made = mvc.perform(post("/api/v1/accounts/" + id("designer") + "/tokens").with(httpBasic(email("designer"), WebFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"ci\", \"scopes\": [\"read\"], \"validDays\": 30}"))
                .andExpect(status().isCreated()).andReturn();
        String secret = JsonPath.read(made.getResponse().getContentAsString(), "$.secret");
        String tokenId = JsonPath.read(made.getResponse().getContentAsString(), "$.token.id");
        assertThat(jdbc.queryForList("select secret_hash from accounts_token", String.class)).doesNotContain(secret)
                .allSatisfy(h -> assertThat(secret).doesNotContain(h));
        mvc.perform(get("/api/v1/accounts/" + id("designer") + "/tokens").with(httpBasic(email("designer"), WebFixtures.PASSWORD)))
                .andExpect(content -> assertThat(content.getResponse().getContentAsString()).doesNotContain(secret));

        // reading with it sees the designer's drafts; writing is refused, the scope is read
        mvc.perform(get("/api/v1/micro-credentials/" + WebFixtures.LUH_DRAFT).header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/micro-credentials/" + WebFixtures.LUH_DRAFT + "/transitions").header("Authorization", "Bearer " + secret)
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"submit\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/accounts/me").header("Authorization", "Bearer " + secret + "x")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/accounts/me").header("Authorization", "Bearer mdg_nothing_here")).andExpect(status().isUnauthorized());

        mvc.perform(delete("/api/v1/accounts/" + id("designer") + "/tokens/" + tokenId).with(httpBasic(email("designer"), WebFixtures.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/accounts/me").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());

        // a write token writes; disabling the account stops it at once
        MvcResult write = mvc.perform(post("/api/v1/accounts/" + id("designer") + "/tokens").with(httpBasic(email("designer"), WebFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"deploy\", \"scopes\": [\"read\", \"write\"]}")).andReturn();
        String writer = JsonPath.read(write.getResponse().getContentAsString(), "$.secret");
        mvc.perform(post("/api/v1/micro-credentials/" + WebFixtures.LUH_DRAFT + "/transitions").header("Authorization", "Bearer " + writer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"submit\"}")).andExpect(status().isOk());
        accounts.setEnabled(email("designer"), false);
        mvc.perform(get("/api/v1/accounts/me").header("Authorization", "Bearer " + writer)).andExpect(status().isUnauthorized());
        // an expiry beyond a year is refused
        accounts.setEnabled(email("designer"), true);
        mvc.perform(post("/api/v1/accounts/" + id("designer") + "/tokens").with(httpBasic(email("designer"), WebFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"forever\", \"validDays\": 4000}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].path").value("validDays"));
    }

    @Test
    void afterFiveWrongPasswordsTheAccountWaitsEvenForTheRightOneAndSaysNothingAnUnknownAddressWouldNot(CapturedOutput output)
            throws Exception {
        for (int i = 0; i < 5; i++) {
            MvcResult r = mvc.perform(post("/login").with(csrf()).param("email", email("quality")).param("password", "guess-" + i)).andReturn();
            assertThat(r.getResponse().getRedirectedUrl()).as("attempt " + (i + 1)).isEqualTo("/login?error");
        }
        mvc.perform(post("/login").with(csrf()).param("email", email("quality")).param("password", WebFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        // a waiting account and an unknown address get the very same answer: no address is told to exist
        String waiting = mvc.perform(get("/api/v1/accounts/me").with(httpBasic(email("quality"), WebFixtures.PASSWORD)))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/api/v1/accounts/me").with(httpBasic("nobody@luh.example", WebFixtures.PASSWORD)))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(waiting).isEqualTo(unknown).contains("too many failed sign-ins in a row");
        // nothing of it in the logs: no address, no password
        assertThat(output.getAll()).doesNotContain(email("quality")).doesNotContain("guess-").doesNotContain(WebFixtures.PASSWORD);
    }

    @Test
    void ahundredParallelWrongPasswordsAreCheckedFiveTimesAndNoMore() throws Exception {
        var pool = Executors.newFixedThreadPool(16);
        try {
            var tries = new ArrayList<Future<SignIn>>();
            for (int i = 0; i < 100; i++) {
                String guess = "parallel-guess-" + i;
                tries.add(pool.submit(() -> accounts.signIn(email("registrar"), guess)));
            }
            int refused = 0;
            int throttled = 0;
            for (var t : tries) {
                switch (t.get()) {
                    case SignIn.Refused r -> refused++;
                    case SignIn.Throttled r -> throttled++;
                    case SignIn.Accepted a -> throw new AssertionError("a wrong password was accepted");
                }
            }
            assertThat(refused).as("passwords checked").isEqualTo(5);
            assertThat(throttled).isEqualTo(95);
            assertThat(accounts.signIn(email("registrar"), WebFixtures.PASSWORD)).as("the right one waits too")
                    .isInstanceOf(SignIn.Throttled.class);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void formsNeedTheirCsrfToken() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("email", email("designer")).param("password", WebFixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("email", email("designer")).param("password", WebFixtures.PASSWORD)).andExpect(status().isForbidden());
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndHttpsAddsHsts() throws Exception {
        mvc.perform(get("/catalogue"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/catalogue").secure(true)).andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
        mvc.perform(get("/api/v1/micro-degrees")).andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
    }
}
