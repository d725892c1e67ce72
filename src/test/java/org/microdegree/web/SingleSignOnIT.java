package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.microdegree.DatabaseIT;
import org.microdegree.accounts.Account;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID provider running in this JVM (mock-oauth2-server): the
 * university vouches for a person, whose claims become an account with roles at LUH.
 */
class SingleSignOnIT extends DatabaseIT {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void university(DynamicPropertyRegistry registry) {
        String issuer = PROVIDER.issuerUrl("uni").toString().replace("localhost", "127.0.0.1");
        registry.add("spring.security.oauth2.client.registration.uni.client-id", () -> "microdegree");
        registry.add("spring.security.oauth2.client.registration.uni.client-secret", () -> "secret");
        registry.add("spring.security.oauth2.client.registration.uni.client-name", () -> "Leibniz University Hannover");
        registry.add("spring.security.oauth2.client.registration.uni.scope", () -> "openid,email,profile");
        registry.add("spring.security.oauth2.client.provider.uni.issuer-uri", () -> issuer);
        registry.add("microdegree.sso.institution-claim", () -> "schac_home_organization");
        registry.add("microdegree.sso.institutions.uni-hannover_de", () -> "luh");
        registry.add("microdegree.sso.roles-claim", () -> "groups");
        registry.add("microdegree.sso.roles.mdg-designers", () -> "designer");
        registry.add("microdegree.sso.roles.mdg-quality-lut", () -> "quality@lut");
        registry.add("microdegree.sso.default-roles", () -> "learner");
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @Autowired WebClient browser;

    @Test
    void aUniversityAccountSignsInAndItsClaimsBecomeRolesAtTheInstitution() throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("uni", "hannover-4711", JOSEObjectType.JWT.getType(), List.of("microdegree"),
                Map.of("email", "sso.designer@uni-hannover.de", "email_verified", true, "name", "Sam Sso",
                        "schac_home_organization", "uni-hannover_de", "groups", List.of("mdg-designers", "mdg-quality-lut", "unrelated")),
                3600));
        browser.getOptions().setJavaScriptEnabled(false);
        HtmlPage login = browser.getPage("http://localhost/login");
        HtmlPage signedIn = login.getAnchorByText("Leibniz University Hannover").click();

        assertThat(signedIn.getUrl().getPath()).isEqualTo("/");
        assertThat(signedIn.asNormalizedText()).contains("Signed in as sso.designer@uni-hannover.de");
        Account account = accounts.byEmail("sso.designer@uni-hannover.de").orElseThrow();
        assertThat(account.ssoIssuer()).contains("/uni");
        assertThat(account.grants()).containsExactlyInAnyOrder(Grant.of(Role.LEARNER, "luh"), Grant.of(Role.DESIGNER, "luh"),
                Grant.of(Role.QUALITY, "lut"));
        HtmlPage design = browser.getPage("http://localhost/design");
        assertThat(design.getWebResponse().getStatusCode()).isEqualTo(200);
    }
}
