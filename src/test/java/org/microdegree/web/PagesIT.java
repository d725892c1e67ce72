package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleAction;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;
import org.microdegree.catalog.model.MicroCredential;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The pages as a browser without JavaScript sees them (HtmlUnit), and hostile catalogue text on every page that shows it. */
class PagesIT extends DatabaseIT {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String ATTRIBUTE = "\" onmouseover=\"alert(1)\" x=\"";

    @Autowired MockMvc mvc;
    @Autowired WebClient browser;
    @Autowired Catalogue catalogue;
    @Autowired CatalogueEditing catalogueEditing;

    WebFixtures people;

    @BeforeEach
    void setUp() {
        people = new WebFixtures(accounts, catalogue, catalogueEditing);
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getCookieManager().clearCookies();
    }

    @Test
    void hostileTextInTheCatalogueIsEscapedOnEveryPageThatShowsIt() throws Exception {
        Map<String, Object> mc = WebFixtures.mc("luh:mc-hostile", "Hostile " + SCRIPT + ATTRIBUTE, "luh:mb-ml-manufacturing");
        mc.put("description", Map.of("en", "About " + SCRIPT));
        mc.put("learningOutcomes", List.of(Map.of("en", "Outcome " + ATTRIBUTE + SCRIPT)));
        mc.put("counsellingContact", SCRIPT);
        mc.put("qualityAssurance", "Internal " + ATTRIBUTE);
        Actor operator = Actor.operator("test");
        catalogueEditing.create(catalogue.readItem(ItemKind.MICRO_CREDENTIAL, mc), operator);
        ItemId id = ItemId.of("luh:mc-hostile");
        for (LifecycleAction a : List.of(LifecycleAction.SUBMIT, LifecycleAction.APPROVE, LifecycleAction.PUBLISH)) {
            catalogueEditing.transition(ItemKind.MICRO_CREDENTIAL, id, a, operator, SCRIPT);
        }
        List<String> pages = List.of("/catalogue", "/catalogue?q=Hostile", "/catalogue/micro-credentials/luh:mc-hostile",
                "/design", "/design/micro-credentials/luh:mc-hostile", "/design/micro-credentials/luh:mc-hostile/journal");
        for (String page : pages) {
            String html = mvc.perform(get(page).with(authentication(people.as("designer")))).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page).contains("Hostile").doesNotContain(SCRIPT).doesNotContain("onmouseover=\"alert")
                    .contains("&lt;script&gt;");
        }
    }

    @Test
    void aVisitorFiltersTheCatalogueAndReadsAProgrammeInPlainWords() throws Exception {
        HtmlPage list = browser.getPage("http://localhost/catalogue?kind=md&eqf=7");
        assertThat(list.getTitleText()).isEqualTo("Catalogue");
        assertThat(list.getDocumentElement().getAttribute("lang")).isEqualTo("en");
        assertThat(list.asNormalizedText()).contains("AI in Production").contains("Sustainable Engineering")
                .doesNotContain("Machine Learning in Manufacturing");

        HtmlForm filters = ((HtmlInput) list.getElementById("q")).getEnclosingForm();
        filters.getInputByName("q").setValue("solar");
        filters.getSelectByName("eqf").setSelectedAttribute("", true);
        HtmlPage solar = filters.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(solar.asNormalizedText()).contains("Solar Energy").doesNotContain("AI in Production");

        HtmlPage ai = browser.getPage("http://localhost/catalogue/micro-degrees/luh:md-ai-in-production");
        assertThat(ai.asNormalizedText()).contains("All of the following")
                .contains("Micro-credential Predictive Maintenance (5 ECTS)").contains("utilise machine learning")
                .contains("Leibniz University Hannover").contains("EQF 7");
        assertThat(ai.getByXPath("//*[local-name()='svg' and @role='img']")).hasSize(1);

        HtmlPage german = browser.getPage("http://localhost/catalogue/micro-degrees/luh:md-ai-essentials?lang=de");
        assertThat(german.getDocumentElement().getAttribute("lang")).isEqualTo("de");
        assertThat(german.asNormalizedText()).contains("Mindestens 2 der folgenden").contains("Was Sie abschließen");
    }

    /** Dana, LUH's designer, signs in; the page she lands on. */
    private HtmlPage danaSignsIn() throws Exception {
        HtmlPage login = browser.getPage("http://localhost/login");
        HtmlForm form = login.getForms().get(0);
        form.getInputByName("email").setValue("dana@luh.example");
        form.getInputByName("password").setValue(WebFixtures.PASSWORD);
        return form.getOneHtmlElementByAttribute("button", "type", "submit").click();
    }

    @Test
    void aDesignerSavesAGermanOnlyTitleAndIsToldWhenThereIsNoTitleAtAll() throws Exception {
        danaSignsIn();

        HtmlPage create = browser.getPage("http://localhost/design/micro-credentials/new");
        HtmlForm mc = (HtmlForm) create.getElementById("design-form");
        mc.getInputByName("id").setValue("luh:mc-roboterzellen");
        mc.getInputByName("creditPoints").setValue("5");
        mc.getSelectByName("eqfLevel").setSelectedAttribute("7", true);
        mc.getTextAreaByName("modules").setText("luh:mb-ml-manufacturing");
        HtmlPage untitled = create.getElementById("save").click();
        assertThat(untitled.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(untitled.getElementById("f-title-en").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(untitled.asNormalizedText()).contains("required: a title in at least one language");

        HtmlForm again = (HtmlForm) untitled.getElementById("design-form");
        assertThat(again.getInputByName("id").getValue()).as("the input is kept").isEqualTo("luh:mc-roboterzellen");
        again.getInputByName("title.de").setValue("Roboterzellen planen");
        // learning outcomes in German only, or in both languages on the same line
        again.getTextAreaByName("learningOutcomes").setText("Commission a cell.");
        again.getTextAreaByName("learningOutcomes.de").setText("Eine Zelle in Betrieb nehmen.\nEine Roboterzelle planen.");
        HtmlPage saved = untitled.getElementById("save").click();
        assertThat(saved.getUrl().getPath()).isEqualTo("/design/micro-credentials/luh:mc-roboterzellen");
        MicroCredential stored = catalogue.<MicroCredential>find(ItemKind.MICRO_CREDENTIAL, ItemId.of("luh:mc-roboterzellen"), null,
                Catalogue.ALL).orElseThrow();
        assertThat(stored.title().versions()).containsOnlyKeys("de");
        assertThat(stored.learningOutcomes()).extracting(Text::versions).containsExactly(
                Map.of("en", "Commission a cell.", "de", "Eine Zelle in Betrieb nehmen."), Map.of("de", "Eine Roboterzelle planen."));
        // shown again in the form, each outcome keeps its line
        HtmlForm edit = (HtmlForm) saved.getElementById("design-form");
        assertThat(edit.getTextAreaByName("learningOutcomes").getText()).isEqualTo("Commission a cell.");
        assertThat(edit.getTextAreaByName("learningOutcomes.de").getText()).isEqualTo("Eine Zelle in Betrieb nehmen.\nEine Roboterzelle planen.");
    }

    @Test
    void aDesignerCreatesAMicroCredentialInTheFormSeesMistakesBesideTheFieldsAndSubmitsIt() throws Exception {
        HtmlPage home = danaSignsIn();
        assertThat(home.asNormalizedText()).contains("Signed in as dana@luh.example");

        HtmlPage create = browser.getPage("http://localhost/design/micro-credentials/new");
        HtmlForm mc = (HtmlForm) create.getElementById("design-form");
        mc.getInputByName("id").setValue("luh:mc-robot-cells");
        mc.getInputByName("title.en").setValue("Robot Cells");
        mc.getInputByName("creditPoints").setValue("five");
        mc.getSelectByName("eqfLevel").setSelectedAttribute("7", true);
        mc.getTextAreaByName("modules").setText("luh:mb-ml-manufacturing");
        HtmlPage wrong = create.getElementById("save").click();
        assertThat(wrong.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(wrong.getElementById("f-creditPoints").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(wrong.asNormalizedText()).contains("'five' is not a number");

        HtmlForm again = (HtmlForm) wrong.getElementById("design-form");
        again.getInputByName("creditPoints").setValue("5");
        again.getTextAreaByName("learningOutcomes").setText("Plan a robot cell.");
        again.getSelectByName("mode").setSelectedAttribute("blended", true);
        again.getSelectByName("assessment").setSelectedAttribute("project", true);
        again.getTextAreaByName("skills").setText("http://data.europa.eu/esco/skill/e87ec79a-c9ff-46f5-84fa-7a0f394cdf40");
        again.getInputByName("qualityAssurance").setValue("Internal quality assurance of LUH");
        HtmlPage saved = wrong.getElementById("save").click();
        assertThat(saved.getUrl().getPath()).isEqualTo("/design/micro-credentials/luh:mc-robot-cells");
        assertThat(saved.asNormalizedText()).contains("Saved.");
        // a designer may submit, not approve
        assertThat(saved.getElementById("action-submit")).isNotNull();
        assertThat(saved.getElementById("action-approve")).isNull();
        HtmlPage submitted = saved.getElementById("action-submit").click();
        assertThat(submitted.asNormalizedText()).contains("in review");
        assertThat(catalogue.find(ItemKind.MICRO_CREDENTIAL, ItemId.of("luh:mc-robot-cells"), null, Catalogue.ALL)).get()
                .extracting(i -> i.status().code()).isEqualTo("in-review");
    }
}
