package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.TestDatabase;
import java.util.Set;
import org.microdegree.accounts.Accounts;
import org.microdegree.accounts.SignIn;
import org.microdegree.accounts.TokenScope;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Alex, LUH's admin, at his desk: an invitation with a mistyped address comes back as typed with the
 * reason beside the field; Ivy is invited to quality assurance and, no mail server being set up
 * here, Alex is given her one-time link. He grants Dana the registrar's role and revokes it again,
 * and disables Leo's account. Ivy sets her password through the link (a mismatch is told beside the
 * field), signs in and finds the review queue; the link does not work twice. In English and German,
 * at desktop and phone width (390 px), each page checked with axe-core (0 violations); screenshots
 * under target/screenshots/admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "microdegree.sso.institution-claim=schac_home_organization", "microdegree.sso.institutions[uni-hannover.de]=luh",
        "microdegree.sso.roles-claim=groups", "microdegree.sso.roles.qa=quality", "microdegree.sso.default-roles=learner"})
class AdminJourneyIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties("adminjourney").forEach((k, v) -> registry.add(k, () -> v));
    }

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Catalogue catalogue;
    @Autowired CatalogueEditing catalogueEditing;
    @Autowired JdbcTemplate jdbc;

    BrowserJourney journey;
    WebDriver browser;
    WebFixtures fixtures;

    @BeforeEach
    void luhsPeople() {
        journey = new BrowserJourney(port, "admin");
        browser = journey.browser;
        EmptyDatabase.clear(jdbc);
        fixtures = new WebFixtures(accounts, catalogue, catalogueEditing);
        accounts.createToken(fixtures.people.get("designer").id(), "danas-laptop", Set.of(TokenScope.READ), Duration.ofDays(30));
    }

    @AfterEach
    void stop() {
        if (journey != null) {
            journey.close();
        }
    }

    private String row(String key) {
        return browser.findElement(By.id("person-" + fixtures.people.get(key).id())).getText();
    }

    /** Until the page after a form's answer shows it (the page it was sent from may still be there a moment). */
    private void waitUntil(Function<WebDriver, Boolean> shown) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(shown);
    }

    /** A small logo: a PNG of 40 by 20 pixels. */
    private static Path png() throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Path file = Files.createTempFile("logo", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void theAdminInvitesGrantsAndRevokesARoleAndTheInvitedPersonSetsHerPassword() throws Exception {
        journey.signIn("alex@luh.example");
        journey.open("/catalogue?lang=en");
        journey.submit(By.id("nav-admin"));
        assertThat(journey.element(By.tagName("h1")).getText()).isEqualTo("Admin: people and settings");
        assertThat(browser.findElement(By.id("people-table")).getText()).contains("dana@luh.example", "quinn@luh.example");
        journey.accessible("desk");

        // a mistyped address: as typed, the reason beside the field, no account made
        type("i-email", "ivy@luh");
        type("i-name", "Ivy Ingram");
        new Select(browser.findElement(By.id("i-role"))).selectByValue("quality");
        journey.submit(By.cssSelector("#invite-form button[type=submit]"));
        assertThat(journey.element(By.id("i-email-error")).getText()).isEqualTo("is not an e-mail address");
        assertThat(browser.findElement(By.id("i-name")).getDomProperty("value")).isEqualTo("Ivy Ingram");
        assertThat(new Select(browser.findElement(By.id("i-role"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("quality");
        assertThat(accounts.byEmail("ivy@luh")).isEmpty();
        journey.accessible("invite-refused");

        type("i-email", "ivy@luh.example");
        journey.submit(By.cssSelector("#invite-form button[type=submit]"));
        assertThat(journey.element(By.id("invited")).getText()).contains("ivy@luh.example has been invited. No e-mail could be sent");
        String link = browser.findElement(By.id("invitation-link")).getDomProperty("value");
        assertThat(link).contains("/invitation/");
        // the link names the configured public address; here the test's server answers at another port
        String path = link.substring(link.indexOf("/invitation/"));
        assertThat(browser.findElement(By.id("people-table")).getText()).contains("ivy@luh.example", "quality assurance at luh");
        journey.accessible("invited");

        // Dana becomes a registrar too, and is one no more
        String dana = fixtures.people.get("designer").id();
        new Select(browser.findElement(By.id("g-role-" + dana))).selectByValue("registrar");
        journey.submit(By.cssSelector("#person-" + dana + " form[action$='/roles'] button"));
        waitUntil(d -> row("designer").contains("registrar at luh"));
        assertThat(accounts.byId(dana).orElseThrow().grants()).hasSize(2);
        journey.submit(By.cssSelector("#person-" + dana + " form[action$='/roles/revocation'] input[value=registrar] ~ button"));
        waitUntil(d -> !row("designer").contains("registrar at luh"));
        assertThat(journey.element(By.cssSelector("p.notice[role=status]")).getText()).isEqualTo("The role has been revoked from dana@luh.example.");
        assertThat(accounts.byId(dana).orElseThrow().grants()).hasSize(1);

        // Leo's account is disabled
        String leo = fixtures.people.get("learner2").id();
        journey.submit(By.cssSelector("#person-" + leo + " form[action$='/enabled'] button"));
        waitUntil(d -> row("learner2").contains("disabled"));
        assertThat(accounts.byId(leo).orElseThrow().enabled()).isFalse();
        journey.accessible("roles-changed");

        // Dana's token goes; LUH adopts the EU profile beside its own
        assertThat(browser.findElement(By.id("tokens-table")).getText()).contains("dana@luh.example", "danas-laptop", "read");
        journey.submit(By.cssSelector("button[aria-label='Revoke the token danas-laptop of dana@luh.example']"));
        assertThat(journey.element(By.cssSelector("p.notice[role=status]")).getText()).endsWith("it no longer works.");
        assertThat(browser.findElements(By.id("tokens-table"))).isEmpty();
        assertThat(accounts.tokens(fixtures.people.get("designer").id()).getFirst().revokedAt()).isNotNull();
        browser.findElement(By.cssSelector("#profiles-luh input[value='eu-2022']")).click();
        journey.submit(By.cssSelector("#profiles-luh button[type=submit]"));
        assertThat(journey.element(By.cssSelector("p.notice[role=status]")).getText()).isEqualTo("luh now checks its designs against the chosen profiles.");
        assertThat(browser.findElement(By.cssSelector("#profiles-luh input[value='eu-2022']")).isSelected()).isTrue();
        assertThat(jdbc.queryForList("select profile_id from policy_adoption where institution_id = 'luh'", String.class)).contains("eu-2022");
        journey.accessible("tokens-and-profiles");

        // the single sign-on mapping, and what a claim set would give
        journey.submit(By.id("sso-link"));
        assertThat(journey.element(By.id("sso-mapping")).getText()).contains("schac_home_organization", "uni-hannover.de → luh", "qa → quality");
        type("claims", "{\"groups\": [\"qa\"");
        journey.submit(By.cssSelector("#sso-test-form button"));
        assertThat(journey.element(By.id("claims-error")).getText()).startsWith("not a JSON object of claims");
        assertThat(browser.findElement(By.id("claims")).getDomProperty("value")).isEqualTo("{\"groups\": [\"qa\"");
        journey.accessible("sso-refused");
        type("claims", "{\"schac_home_organization\": \"uni-hannover.de\", \"groups\": [\"qa\", \"staff\"]}");
        journey.submit(By.cssSelector("#sso-test-form button"));
        assertThat(journey.element(By.id("sso-result")).getText()).contains("learner at luh", "quality assurance at luh");
        journey.accessible("sso-tested");
        journey.open("/admin");

        // LUH's profile: a country in words and a text file as logo come back as typed, told why; then in order
        journey.submit(By.id("profile-luh"));
        type("i-country", "Deutschland");
        type("i-signatoryName", "Prof. Dr. Volker Epping");
        type("i-signatoryRoleEn", "");
        Path notAnImage = Files.writeString(Files.createTempFile("logo", ".png"), "not an image");
        browser.findElement(By.id("i-logo")).sendKeys(notAnImage.toAbsolutePath().toString());
        journey.submit(By.cssSelector("#institution-form button[type=submit]"));
        assertThat(journey.element(By.id("i-country-error")).getText()).startsWith("an ISO 3166 country code");
        assertThat(browser.findElement(By.id("i-logo-error")).getText()).isEqualTo("a PNG or JPEG image");
        assertThat(browser.findElement(By.id("i-signatoryRoleEn-error")).getText()).startsWith("required with a signatory");
        assertThat(browser.findElement(By.id("i-signatoryName")).getDomProperty("value")).isEqualTo("Prof. Dr. Volker Epping");
        journey.accessible("institution-refused");
        type("i-country", "DE");
        type("i-signatoryRoleEn", "President");
        type("i-signatoryRoleDe", "Präsident");
        browser.findElement(By.id("i-logo")).sendKeys(png().toAbsolutePath().toString());
        journey.submit(By.cssSelector("#institution-form button[type=submit]"));
        assertThat(journey.element(By.cssSelector("p.notice[role=status]")).getText()).isEqualTo("The profile has been saved.");
        assertThat(browser.findElement(By.cssSelector("img.logo")).getDomAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(jdbc.queryForObject("select document from catalog_institution where id = 'luh'", String.class))
                .contains("Prof. Dr. Volker Epping", "Präsident");
        journey.accessible("institution-saved");
        journey.open("/admin");

        // Ivy's link: a mismatch told beside the field, then her password; she signs in
        browser.manage().deleteAllCookies();
        journey.open(path + "?lang=en");
        assertThat(journey.element(By.tagName("h1")).getText()).isEqualTo("Set your password");
        type("password", "ivy-correct-horse");
        type("repeated", "ivy-correct-hors");
        journey.submit(By.cssSelector("#invitation-form button[type=submit]"));
        assertThat(journey.element(By.id("repeated-error")).getText()).isEqualTo("is not the same password");
        journey.accessible("invitation-refused");
        type("password", "ivy-correct-horse");
        type("repeated", "ivy-correct-horse");
        journey.submit(By.cssSelector("#invitation-form button[type=submit]"));
        assertThat(journey.element(By.cssSelector("p.notice[role=status]")).getText()).isEqualTo("Your password is set. Sign in with your e-mail address.");
        journey.element(By.id("email")).sendKeys("ivy@luh.example");
        browser.findElement(By.id("password")).sendKeys("ivy-correct-horse");
        journey.submit(By.cssSelector("form button[type=submit].primary"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getPageSource().contains("Signed in as ivy@luh.example"));
        assertThat(browser.findElement(By.id("nav-review")).getText()).startsWith("Review");
        browser.manage().deleteAllCookies();
        journey.open(path);
        assertThat(journey.element(By.tagName("section")).getText()).contains("This page does not exist.", "has been used or has expired");

        // Quinn forgot her password: Alex resets it, her old one stops working, the link sets a new one
        journey.signIn("alex@luh.example");
        journey.open("/admin?lang=en");
        journey.submit(By.cssSelector("button[aria-label='Reset the password of quinn@luh.example']"));
        assertThat(journey.element(By.id("invited")).getText()).contains("The password of quinn@luh.example is reset.");
        String reset = browser.findElement(By.id("invitation-link")).getDomProperty("value");
        assertThat(accounts.signIn("quinn@luh.example", WebFixtures.PASSWORD)).isInstanceOf(SignIn.Refused.class);
        browser.manage().deleteAllCookies();
        journey.open(reset.substring(reset.indexOf("/invitation/")) + "?lang=en");
        type("password", "quinn-new-horse-staple");
        type("repeated", "quinn-new-horse-staple");
        journey.submit(By.cssSelector("#invitation-form button[type=submit]"));
        assertThat(journey.element(By.cssSelector("p.notice[role=status]")).getText()).startsWith("Your password is set.");
        assertThat(accounts.signIn("quinn@luh.example", "quinn-new-horse-staple")).isNotInstanceOf(SignIn.Refused.class);

        // in German, and on a phone
        journey.signIn("alex@luh.example");
        journey.open("/admin?lang=de");
        assertThat(journey.element(By.tagName("h1")).getText()).isEqualTo("Verwaltung: Personen und Einstellungen");
        journey.accessible("desk-de");
        journey.phone();
        journey.open("/admin");
        assertThat(journey.pageWidth()).as("the desk fits a 390 px phone").isLessThanOrEqualTo(390L);
        journey.accessible("desk-de-phone");
    }
}
