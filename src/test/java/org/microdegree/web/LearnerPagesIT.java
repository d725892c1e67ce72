package org.microdegree.web;

import org.microdegree.shared.RoundId;
import org.microdegree.shared.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.ApplicationInput;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.results.LearnerEvidence;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.Learners;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.results.Recognitions;
import org.microdegree.shared.ItemId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Learners and registrars in the browser (HtmlUnit, no JavaScript). */
class LearnerPagesIT extends DatabaseIT {

    @Autowired WebClient browser;
    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;
    @Autowired CatalogueEditing catalogueEditing;
    @Autowired Learners learners;
    @Autowired ApplicationRounds applicationRounds;
    @Autowired LearnerEvidence evidence;
    @Autowired PlacingApplications placingApplications;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Recognitions recognitions;

    WebFixtures people;
    WebFixtures.LearnerData data;

    @BeforeEach
    void setUp() {
        people = new WebFixtures(accounts, catalogue, catalogueEditing);
        data = people.learners(learners, applicationRounds, placingApplications, enrollingLearners, achievements, recognitions);
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getCookieManager().clearCookies();
    }

    HtmlPage signIn(String email) throws Exception {
        HtmlPage login = browser.getPage("http://localhost/login");
        HtmlForm form = login.getForms().get(0);
        form.getInputByName("email").setValue(email);
        form.getInputByName("password").setValue(WebFixtures.PASSWORD);
        return form.getOneHtmlElementByAttribute("button", "type", "submit").click();
    }

    @Test
    void aLearnerSeesTheDeadlineInHerZoneAppliesAndFindsEverythingOnHerPage() throws Exception {
        HtmlPage rounds = browser.getPage("http://localhost/rounds?zone=Asia/Tokyo");
        assertThat(rounds.asNormalizedText()).contains("31 December 2099, 23:00 CET").contains("JST in your time zone")
                .contains("Sign in to apply");

        signIn("leo@luh.example");
        HtmlPage signedIn = browser.getPage("http://localhost/rounds");
        HtmlForm apply = signedIn.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/rounds/" + WebFixtures.RANKED_ROUND + "/apply"))
                .findFirst().orElseThrow();
        apply.getInputByName("homeInstitution").setValue("luh");
        apply.getInputByName("priorGrade").setValue("2.3");
        HtmlPage me = apply.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(me.getUrl().getPath()).isEqualTo("/me");
        assertThat(me.asNormalizedText()).contains("Your application has been received.").contains("AI in Production").contains("submitted")
                .contains("Application received: AI in Production");

        // the round asks for a CV: her page offers the upload (sent here as the browser's multipart form)
        assertThat(me.asNormalizedText()).contains("Upload the document \"cv\"");
        LearnerId leo = learners.self(people.people.get("learner2").actor()).id();
        String application = placingApplications.ofLearner(leo).getFirst().id().value();
        var upload = mvc.perform(MockMvcRequestBuilders
                .multipart("/me/applications/{id}/documents/cv", application)
                .file(new MockMultipartFile("file", "cv.pdf", "application/pdf", "%PDF-1.4 CV".getBytes()))
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .with(authentication(people.as("learner2")))).andReturn().getResponse();
        assertThat(upload.getStatus()).isEqualTo(302);
        assertThat(((HtmlPage) browser.getPage("http://localhost/me")).asNormalizedText()).contains("Replace the document \"cv\"");

        var export = browser.getPage("http://localhost/me/export").getWebResponse();
        assertThat(export.getResponseHeaderValue("Content-Disposition")).contains("attachment");
        assertThat(export.getContentAsString()).contains("\"email\":\"leo@luh.example\"").contains("\"applications\"")
                .contains("\"documents\":[\"cv\"]");

        HtmlPage german = browser.getPage("http://localhost/me?lang=de");
        assertThat(german.asNormalizedText()).contains("Mein Studium").contains("eingereicht");
        assertThat(german.getDocumentElement().getAttribute("lang")).isEqualTo("de");
    }

    @Test
    void aLearnerAsksWhatIfOnHerPageAndNothingIsStored() throws Exception {
        enrollingLearners.enrolDirectly(ItemKind.MICRO_DEGREE, ItemId.of("luh:md-ai-essentials"),
                data.lea(), people.people.get("registrar").actor());
        signIn("lea@luh.example");
        HtmlPage me = browser.getPage("http://localhost/me");
        assertThat(me.asNormalizedText()).contains("In progress: 5 of 10 CP (50 %).");
        HtmlForm whatIf = me.getForms().stream().filter(f -> "get".equalsIgnoreCase(f.getMethodAttribute())).findFirst().orElseThrow();
        whatIf.getInputByValue("luh:mc-data-engineering").setChecked(true);
        HtmlPage answer = me.getHtmlElementById("what-if-run").click();
        assertThat(answer.getElementById("what-if-results").asNormalizedText()).contains("AI Essentials would be complete.");
        assertThat(answer.asNormalizedText()).contains("If you passed Data Engineering:")
                .as("the real audit is unchanged").contains("In progress: 5 of 10 CP (50 %).");
        assertThat(((HtmlPage) browser.getPage("http://localhost/me")).getElementById("what-if-results")).as("nothing was stored").isNull();

        var unknown = browser.getPage("http://localhost/me?whatIf=luh:no-such-unit").getWebResponse();
        assertThat(unknown.getStatusCode()).isEqualTo(400);
        assertThat(unknown.getContentAsString()).contains("luh:no-such-unit").doesNotContain("Exception");
    }

    @Test
    void aLearnerErasesHerDataAndTheResultsStayUnderAnAnonymousId() throws Exception {
        signIn("lea@luh.example");
        HtmlPage me = browser.getPage("http://localhost/me");
        assertThat(me.asNormalizedText()).contains("Lea Learner").as("titles, not ids").contains("Machine Learning").doesNotContain("luh:mc-machine-learning")
                .as("her enrolment in the open Machine Learning round is complete").contains("Complete: 5 of 5 CP.");
        HtmlForm erase = me.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/me/erasure")).findFirst().orElseThrow();
        erase.getInputByName("confirm").setChecked(true);
        String account = people.people.get("learner").id();
        HtmlPage after = erase.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(after.asNormalizedText()).as("she is signed out at once").contains("you have been signed out").doesNotContain("Signed in as");
        assertThat(((HtmlPage) browser.getPage("http://localhost/me")).getUrl().getPath()).as("her page asks to sign in again").isEqualTo("/login");
        assertThat(accounts.byId(account).orElseThrow()).as("the account that held only her studies is emptied")
                .satisfies(a -> assertThat(a.email()).startsWith("erased-").doesNotContain("lea"))
                .satisfies(a -> assertThat(a.name()).isEqualTo("erased")).satisfies(a -> assertThat(a.enabled()).isFalse());
        assertThat(jdbc.queryForObject("select count(*) from learners_learner where erased_at is null and email = 'lea@luh.example'", Integer.class))
                .as("no record is made again").isZero();
        var erased = learners.find(data.lea()).orElseThrow();
        assertThat(erased.erased()).isTrue();
        assertThat(erased.name()).isNull();
        assertThat(erased.email()).isNull();
        assertThat(erased.studentNumbers()).isEmpty();
        assertThat(evidence.of(data.lea())).as("the results stay, pseudonymous").hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from learners_notification where learner_id = ?", Integer.class, data.lea().value())).isZero();

        // the registrar's desk shows her application under an anonymous number, not "None None"
        signIn("robin@luh.example");
        String desk = ((HtmlPage) browser.getPage("http://localhost/registrar")).asNormalizedText();
        assertThat(desk).contains("erased learner (no. " + data.lea().value().substring(data.lea().value().length() - 8) + ")").doesNotContain("Lea Learner");
    }

    @Test
    void aRegistrarRecordsAResultInTheFormAndAnotherLearnersPageStaysHidden() throws Exception {
        signIn("robin@luh.example");
        HtmlPage desk = browser.getPage("http://localhost/registrar");
        assertThat(desk.asNormalizedText()).contains("Registrar's desk").contains("Lea Learner");
        HtmlForm result = (HtmlForm) desk.getElementById("result-form");
        result.getInputByName("institution").setValue("luh");
        result.getInputByName("studentNumber").setValue("L-0001");
        result.getInputByName("item").setValue("luh:mc-data-engineering");
        result.getInputByName("date").setValue("2025-07-01");
        result.getInputByName("grade").setValue("1,7");
        result.getInputByName("creditPoints").setValue("5");
        result.getInputByName("reference").setValue("EX-DESK-1");
        HtmlPage after = result.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(after.asNormalizedText()).contains("The result has been recorded.");
        assertThat(achievements.of(data.lea(), people.people.get("registrar").actor())).extracting(a -> a.item().value())
                .contains("luh:mc-data-engineering");

        // another learner gets a 404 for Lea's records, a designer is refused the desk
        String otherLearner = mvc.perform(get("/api/v1/learners/" + data.lea()).with(authentication(people.as("learner2"))))
                .andReturn().getResponse().getStatus() + "";
        assertThat(otherLearner).isEqualTo("404");
        assertThat(mvc.perform(get("/registrar").with(authentication(people.as("designer")))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        // a hostile name is shown as text on the desk
        var hostile = learners.create(new LearnerInput("<script>alert(1)</script>", "x@example.org", null, "external", "luh", null,
                List.of()), people.people.get("registrar").actor());
        placingApplications.apply(RoundId.of(WebFixtures.RANKED_ROUND), new ApplicationInput(hostile.id().value(), "luh", 7, 6, "2.0",
                Map.of()), people.people.get("registrar").actor());
        String html = mvc.perform(get("/registrar").with(authentication(people.as("registrar")))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }
}
