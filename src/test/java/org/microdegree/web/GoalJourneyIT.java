package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.credentials.Certificates;
import org.microdegree.learners.Learners;
import org.microdegree.results.Achievements;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "I want to become an IoT developer": Lea, who holds the Machine Learning certificate (her AI Ethics
 * one was revoked), finds the occupation by name, reads which of its essential skills her
 * certificates cover and which published items teach the rest, each with what it adds. A visitor
 * does the same in German on a phone, and over the API. Each page checked with axe-core;
 * screenshots under target/screenshots/goal.
 */
class GoalJourneyIT extends JourneyIT {

    static final String IOT_DEVELOPER = "http://data.europa.eu/esco/occupation/6ce5f7e3-a534-4aa2-ab23-255408ddb53a";

    @Autowired Learners learners;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Certificates certificates;

    BrowserJourney lea;

    @BeforeEach
    void leaHoldsTheMachineLearningCertificate() {
        EmptyDatabase.clear(jdbc);
        WebFixtures people = new WebFixtures(accounts, catalogue, catalogueEditing);
        LeasCertificates.issued(learners, enrollingLearners, achievements, certificates, people.people.get("registrar").actor());
        lea = new BrowserJourney(port, "goal");
    }

    @AfterEach
    void close() {
        lea.close();
    }

    @Test
    void leaSeesWhatHerCertificatesCoverAndWhatTeachesTheRest() throws Exception {
        lea.signIn("lea@luh.example");
        lea.open("/catalogue?lang=en");
        lea.submit(By.id("by-goal"));
        lea.element(By.id("goal-q")).sendKeys("IoT developer");
        lea.submit(By.id("goal-find"));
        lea.accessible("occupations-en");
        lea.submit(By.linkText("IoT developer"));
        String gap = lea.element(By.id("gap")).getText();
        assertThat(gap).containsPattern("Your certificates cover [1-9]\\d* of the \\d+ essential skills");
        String steps = lea.element(By.id("steps")).getText();
        assertThat(steps).contains("Predictive Maintenance").contains("Adds 1 essential skill(s): Internet of Things");
        lea.accessible("plan-en");
    }

    @Test
    void aVisitorPlansInGermanOnAPhoneAndOverTheApi() throws Exception {
        lea.phone();
        lea.open("/catalogue/goal?lang=de&q=IoT+developer");
        lea.submit(By.linkText("IoT developer"));
        assertThat(lea.element(By.id("plan-title")).getText()).isEqualTo("Ziel: IoT developer");
        assertThat(lea.element(By.id("steps")).getText()).contains("Fügt ");
        assertThat(lea.pageWidth()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        lea.accessible("plan-de-phone");

        String body = RestClient.create().get().uri("http://127.0.0.1:" + port + "/api/v1/search/goal?occupation=" + IOT_DEVELOPER + "&limit=5")
                .retrieve().body(String.class);
        JsonNode plan = JsonMapper.builder().build().readTree(body.getBytes(StandardCharsets.UTF_8));
        assertThat(plan.get("label").asString()).isEqualTo("IoT developer");
        assertThat(plan.get("percent").asInt()).isZero();
        assertThat(plan.get("steps").valueStream().map(s -> s.get("id").asString())).contains("luh:mc-data-engineering");
        assertThat(plan.get("steps").get(0).get("addsEssential").size()).isPositive();
        String found = RestClient.create().get().uri("http://127.0.0.1:" + port + "/api/v1/skills/occupations/find?q=IoT+developer&limit=3")
                .retrieve().body(String.class);
        assertThat(found).contains(IOT_DEVELOPER);
    }
}
