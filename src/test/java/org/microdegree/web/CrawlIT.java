package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.microdegree.EmptyDatabase;
import org.microdegree.TestDatabase;
import org.microdegree.accounts.Accounts;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleAction;
import org.microdegree.learners.Learners;
import org.microdegree.results.Achievements;
import org.microdegree.results.Recognitions;
import org.microdegree.shared.ItemId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every role walks its pages as a person would, following the links from its desks: every page
 * answers 2xx, every link on it leads to a 2xx answer (downloads included; none sends her to sign
 * in), every form that changes something carries the CSRF token, and axe-core finds no violation.
 * The worked example's people at LUH, with Lea's application, enrolment, result and certificate and a
 * draft in review; screenshots under target/screenshots/crawl-ROLE.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrawlIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties("crawl").forEach((k, v) -> registry.add(k, () -> v));
    }

    /** Pages walked per role at most. */
    static final int PAGES = 45;

    /** Pages of one kind walked (an item's page is like every other item's): two, all linked ones still answer 2xx. */
    static final int OF_A_KIND = 2;

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Catalogue catalogue;
    @Autowired CatalogueEditing catalogueEditing;
    @Autowired JdbcTemplate jdbc;
    @Autowired Learners learners;
    @Autowired ApplicationRounds applicationRounds;
    @Autowired PlacingApplications placingApplications;
    @Autowired EnrollingLearners enrollingLearners;
    @Autowired Achievements achievements;
    @Autowired Recognitions recognitions;

    @BeforeEach
    void luhAtWork() {
        EmptyDatabase.clear(jdbc);
        WebFixtures fixtures = new WebFixtures(accounts, catalogue, catalogueEditing);
        WebFixtures.LearnerData lea = fixtures.learners(learners, applicationRounds, placingApplications, enrollingLearners, achievements,
                recognitions);
        catalogueEditing.transition(ItemKind.MICRO_CREDENTIAL, ItemId.of(WebFixtures.LUH_DRAFT), LifecycleAction.SUBMIT,
                fixtures.people.get("designer").actor(), null);
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForObject("select count(*) from certificate where learner_id = ?", Integer.class, lea.lea().value()) > 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "registrar, robin@luh.example, /registrar /registrar/certificates /jobs /registrar/rounds/new",
            "quality,   quinn@luh.example, /review /design",
            "admin,     alex@luh.example,  /admin /review /registrar /registrar/certificates /jobs /design",
            "designer,  dana@luh.example,  /design",
            "learner,   lea@luh.example,   /me /me/certificates /rounds"})
    void everyPageLinkAndFormOfTheRoleWorks(String role, String email, String desks) throws Exception {
        try (BrowserJourney journey = new BrowserJourney(port, "crawl-" + role)) {
            journey.signIn(email);
            journey.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
            Deque<String> todo = new ArrayDeque<>(List.of(desks.split(" ")));
            todo.add("/");
            todo.add("/account");
            Set<String> seen = new LinkedHashSet<>(todo);
            Set<String> checkedLinks = new LinkedHashSet<>();
            Set<String> axed = new HashSet<>();
            Map<String, Integer> kinds = new HashMap<>();
            List<String> wrong = new ArrayList<>();
            int pages = 0;
            while (!todo.isEmpty() && pages < PAGES) {
                String path = todo.poll();
                journey.open(path + (path.contains("?") ? "&" : "?") + "lang=" + (pages % 2 == 0 ? "en" : "de"));
                pages++;
                assertThat(journey.browser.getPageSource()).as(path).doesNotContain("Exception").doesNotContain("Something went wrong")
                        .doesNotContain("Etwas ist schiefgegangen");
                @SuppressWarnings("unchecked")
                List<String> formsWithoutToken = (List<String>) journey.script("return Array.from(document.forms)"
                        + ".filter(f => f.method.toLowerCase() === 'post' && !f.querySelector('input[name=_csrf]')).map(f => f.action);");
                formsWithoutToken.forEach(f -> wrong.add(path + ": a form without a CSRF token posts to " + f));
                // axe-core checks each kind of page once per role and language: the same template with other data adds nothing
                if (axed.add(kind(path) + (pages % 2 == 1 ? " en" : " de"))) {
                    journey.accessible(name(path));
                } else {
                    journey.screenshot(name(path));
                }
                @SuppressWarnings("unchecked")
                List<String> links = (List<String>) journey.script("return Array.from(document.querySelectorAll('a[href]'))"
                        + ".map(a => a.href).filter(h => h.startsWith(location.origin));");
                List<String> fresh = new ArrayList<>();
                for (String href : links) {
                    String link = local(href);
                    if (!link.startsWith("/logout") && checkedLinks.add(link)) {
                        fresh.add(href);
                    }
                }
                // the page's new links asked for side by side, as a browser loads a page's parts, not one after another
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> answers = (List<Map<String, Object>>) journey.asyncScript("const done = arguments[arguments.length - 1];"
                        + "Promise.all(arguments[0].map(h => fetch(h, {credentials: 'same-origin'}).then(r => ({href: h, status: r.status,"
                        + " url: r.url, type: r.headers.get('content-type') || ''})).catch(e => ({href: h, status: 0, url: String(e), type: ''}))))"
                        + ".then(done);", fresh);
                for (Map<String, Object> answer : answers) {
                    String link = local(String.valueOf(answer.get("href")));
                    long status = ((Number) answer.get("status")).longValue();
                    String landed = local(String.valueOf(answer.get("url")));
                    if (status < 200 || status > 299 || landed.startsWith("/login")) {
                        wrong.add(path + ": the link " + link + " answers " + status + (landed.equals(link) ? "" : " at " + landed));
                    } else if (String.valueOf(answer.get("type")).startsWith("text/html") && crawlable(link) && seen.add(withoutLang(link))
                            && kinds.merge(kind(withoutLang(link)), 1, Integer::sum) <= OF_A_KIND) {
                        todo.add(withoutLang(link));
                    }
                }
            }
            assertThat(wrong).as(role + ": pages, links and forms that fail").isEmpty();
            assertThat(pages).as(role + " walked her desks").isGreaterThanOrEqualTo(desks.split(" ").length + 2);
        }
    }

    private static String local(String href) {
        URI u = URI.create(href);
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    private static String withoutLang(String link) {
        return link.replaceAll("[?&]lang=(en|de)$", "").replaceAll("lang=(en|de)&", "");
    }

    /** Pages, not API documents or the API's own browser. */
    private static boolean crawlable(String link) {
        return !link.startsWith("/api/") && !link.startsWith("/swagger-ui") && !link.startsWith("/v3/") && !link.startsWith("/login");
    }

    /** The kind of page: its path with ids (those with a colon or a digit) and the query left out. */
    private static String kind(String link) {
        String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
        return path.replaceAll("/[^/]*[:0-9][^/]*", "/*");
    }

    private static String name(String path) {
        String n = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return n.isEmpty() ? "home" : n.length() > 60 ? n.substring(0, 60) : n;
    }
}
