package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.TestDatabase;
import org.microdegree.accounts.Accounts;
import org.microdegree.catalog.Catalogue;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole flow in a real browser (Debian's headless Chromium): a designer signs in, creates a
 * micro-credential and submits it; quality assurance approves and publishes it; it shows in the
 * public catalogue. A screenshot of each step is saved under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChromiumIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties("chromium").forEach((k, v) -> registry.add(k, () -> v));
    }

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Catalogue catalogue;
    @Autowired
    JdbcTemplate jdbc;

    WebDriver browser;
    int step;

    @BeforeEach
    void start() {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        }
        org.microdegree.EmptyDatabase.clear(jdbc);
        new WebFixtures(accounts, catalogue);
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--no-proxy-server", "--window-size=1280,1600",
                "--user-data-dir=" + profileDir());
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    private static String profileDir() {
        try {
            return Files.createTempDirectory("microdegree-chromium").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    // the loopback address, not "localhost": a resolver or proxy setting of the machine cannot divert it
    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    /** Waits for an element; when it never comes, the page the browser shows is saved and named in the failure. */
    private org.openqa.selenium.WebElement element(By by) throws Exception {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> !d.findElements(by).isEmpty());
            return browser.findElement(by);
        } catch (org.openqa.selenium.TimeoutException e) {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path page = dir.resolve("failure-page.html");
            Files.writeString(page, browser.getPageSource());
            screenshot("failure");
            throw new AssertionError("no " + by + " on " + browser.getCurrentUrl() + " (title '" + browser.getTitle()
                    + "'); the page is saved in " + page, e);
        }
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(String.format("%02d-%s.png", ++step, name)), StandardCopyOption.REPLACE_EXISTING);
    }

    private void signIn(String email) throws Exception {
        open("/login");
        element(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(WebFixtures.PASSWORD);
        screenshot("sign-in-" + email.substring(0, email.indexOf('@')));
        browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
        waitFor(d -> d.getPageSource().contains("Signed in as " + email));
    }

    private void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
    }

    @Test
    void aDesignerCreatesAndSubmitsQualityApprovesAndPublishesAndTheCatalogueShowsIt() throws Exception {
        signIn("dana@luh.example");
        open("/design/micro-credentials/new");
        element(By.id("f-id")).clear();
        browser.findElement(By.id("f-id")).sendKeys("luh:mc-cobots");
        browser.findElement(By.id("f-title-en")).sendKeys("Collaborative Robots");
        browser.findElement(By.id("f-modules")).sendKeys("luh:mb-ml-manufacturing");
        browser.findElement(By.id("f-creditPoints")).sendKeys("5");
        browser.findElement(By.id("f-eqfLevel")).sendKeys("7");
        browser.findElement(By.id("f-learningOutcomes")).sendKeys("Plan a workplace shared by people and robots.");
        new Select(browser.findElement(By.id("f-mode"))).selectByValue("blended");
        new Select(browser.findElement(By.id("f-assessment"))).selectByValue("project");
        browser.findElement(By.id("f-skills")).sendKeys("http://data.europa.eu/esco/skill/e87ec79a-c9ff-46f5-84fa-7a0f394cdf40");
        // htmx checks the draft as it is typed: one finding is left, beside its field
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.id("hint-qualityAssurance")).getText().contains("quality assurance"));
        screenshot("designer-form-with-findings");
        browser.findElement(By.id("f-qualityAssurance")).sendKeys("Internal quality assurance of LUH");
        browser.findElement(By.id("save")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/design/micro-credentials/luh:mc-cobots") && !d.findElements(By.id("action-submit")).isEmpty());
        browser.findElement(By.id("action-submit")).click();
        waitFor(d -> d.findElement(By.tagName("main")).getText().contains("in review"));
        screenshot("designer-submitted");
        browser.findElement(By.cssSelector("header form button[type=submit]")).click();

        signIn("quinn@luh.example");
        open("/design/micro-credentials/luh:mc-cobots");
        element(By.id("action-approve")).click();
        waitFor(d -> !d.findElements(By.id("action-publish")).isEmpty());
        screenshot("quality-approved");
        browser.findElement(By.id("action-publish")).click();
        waitFor(d -> d.findElement(By.tagName("main")).getText().contains("published"));
        screenshot("quality-published");
        browser.findElement(By.cssSelector("header form button[type=submit]")).click();

        open("/catalogue?q=Collaborative");
        assertThat(element(By.id("results")).getText()).contains("Collaborative Robots");
        screenshot("public-catalogue");
    }
}
