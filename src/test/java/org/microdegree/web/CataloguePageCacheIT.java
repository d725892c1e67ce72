package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Visitors are served the catalogue page as it was rendered for the first of them, until the
 * catalogue changes: a new publication shows without a restart; a signed-in user and each language
 * get their own page.
 */
class CataloguePageCacheIT extends DatabaseIT {

    @Autowired MockMvc mvc;
    @Autowired Catalogue catalogue;
    @Autowired MeterRegistry meters;

    @BeforeEach
    void theWorkedExampleIsPublished() {
        catalogue.importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aVisitorSeesANewPublicationWithoutARestart() throws Exception {
        String first = page(get("/catalogue?q=hydrogen"));
        assertThat(first).contains("0 results");
        double kept = meters.counter("microdegree.catalogue.page.cache", "result", "hit").count();
        assertThat(page(get("/catalogue?q=hydrogen"))).isEqualTo(first);
        assertThat(meters.counter("microdegree.catalogue.page.cache", "result", "hit").count()).as("served as kept").isEqualTo(kept + 1);
        String yaml = new String(Fixtures.workedExampleYaml(), StandardCharsets.UTF_8)
                .replace("id: luh:mc-photovoltaic-systems\n    version: 1\n    status: published\n    title:\n      en: Photovoltaic Systems\n",
                        "id: luh:mc-photovoltaic-systems\n    version: 2\n    status: published\n    title:\n      en: Photovoltaic and Hydrogen Systems\n");
        catalogue.importBundle("example-v2.yaml", yaml.getBytes(StandardCharsets.UTF_8), BundleSyntax.YAML, "test");
        await().atMost(Duration.ofSeconds(10)).until(() -> page(get("/catalogue?q=hydrogen")).contains("Photovoltaic and Hydrogen Systems"));
    }

    @Test
    void aSignedInUserAndEachLanguageGetTheirOwnPage() throws Exception {
        String visitor = page(get("/catalogue"));
        assertThat(visitor).doesNotContain("Signed in as");
        var admin = UsernamePasswordAuthenticationToken.authenticated(accounts.byEmail(ADMIN).orElseThrow().actor(), null,
                AuthorityUtils.createAuthorityList("ROLE_USER"));
        assertThat(page(get("/catalogue").with(authentication(admin)))).contains("Signed in as " + ADMIN);
        assertThat(page(get("/catalogue").cookie(new Cookie("microdegree-lang", "de")))).contains("Katalog").isNotEqualTo(visitor);
        assertThat(page(get("/catalogue?lang=de"))).contains("Katalog");
        assertThat(page(get("/catalogue"))).isEqualTo(visitor);
    }
}
