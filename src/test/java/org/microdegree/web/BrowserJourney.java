package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.util.function.SingletonSupplier;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's journey in headless Chromium: open pages of the app under test, sign in, and check
 * each page with a screenshot (under target/screenshots/NAME) and axe-core (no violation of any rule).
 */
final class BrowserJourney implements AutoCloseable {

    /** axe-core's script, read once per test JVM (half a megabyte). */
    private static final SingletonSupplier<String> AXE = SingletonSupplier.of(() -> {
        try (var axe = BrowserJourney.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    final WebDriver browser;
    private final int port;
    private final Path shots;
    private int step;

    BrowserJourney(int port, String name) {
        this.browser = HeadlessChromium.start(1280, 1400);
        this.port = port;
        this.shots = Path.of("target", "screenshots", name);
        try {
            Files.createDirectories(shots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // the loopback address, not "localhost": a resolver or proxy setting of the machine cannot divert it
    void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    WebElement element(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(by).isEmpty());
        return browser.findElement(by);
    }

    void signIn(String email) {
        open("/login");
        element(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(WebFixtures.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getPageSource().contains("Signed in as " + email));
    }

    /** The phone width every learner page must fit. */
    void phone() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    /** The width the page takes: more than the window's means the reader must scroll sideways. */
    long pageWidth() {
        return (Long) script("return document.documentElement.scrollWidth;");
    }

    Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(javascript, args);
    }

    /**
     * Clicks what leads to another page (a form's button, a link) and waits until the page it was on
     * is gone: what is read next is the new page's, never the old one's.
     */
    void submit(By by) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(by).click();
        // the old page is gone when its root can no longer be asked about (stale, or no longer in the document)
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /** A script that ends by calling its last argument with its answer (a fetch, say). */
    Object asyncScript(String javascript, Object... args) {
        return ((JavascriptExecutor) browser).executeAsyncScript(javascript, args);
    }

    /** A screenshot of the page, under target/screenshots/NAME. */
    void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, shots.resolve(String.format("%02d-%s.png", ++step, name)), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A screenshot of the page, and axe-core's check of it: no violation of any rule. */
    void accessible(String name) throws IOException {
        screenshot(name);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(AXE.get());
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations.map(function (v) {"
                + " return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); });");
        assertThat(violations).as("axe-core on " + name + " (" + browser.getCurrentUrl() + ")").isEmpty();
    }

    @Override
    public void close() {
        browser.quit();
    }
}
