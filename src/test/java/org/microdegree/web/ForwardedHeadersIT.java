package org.microdegree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.microdegree.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * X-Forwarded-* headers over a real Tomcat: ignored from anyone but the configured proxies, so a
 * visitor cannot send a signed-in person to another host; from a trusted TLS proxy they make the
 * session cookie Secure.
 */
class ForwardedHeadersIT {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    static HttpResponse<String> signIn(int port, String... headers) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*", "$1");
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("email=nobody%40luh.example&password=wrong-password&_csrf=" + csrf));
        for (int i = 0; i < headers.length; i += 2) {
            post.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class FromAnyone {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabase.properties("forwarded").forEach((k, v) -> registry.add(k, () -> v));
        }

        @LocalServerPort int port;

        @Test
        void aForwardedHostFromAnUntrustedClientDoesNotRedirectElsewhere() throws Exception {
            HttpResponse<String> r = signIn(port, "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https");
            assertThat(r.statusCode()).isEqualTo(302);
            String location = r.headers().firstValue("Location").orElseThrow();
            assertThat(location).doesNotContain("evil.example").doesNotStartWith("https:");
            List<String> cookies = r.headers().allValues("Set-Cookie");
            assertThat(cookies).noneMatch(c -> c.contains("Secure"));
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")
    class FromTheTrustedProxy {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            TestDatabase.properties("forwarded_proxy").forEach((k, v) -> registry.add(k, () -> v));
        }

        @LocalServerPort int port;

        @Test
        void theProxysTlsMakesTheSessionCookieSecureAndItsHostIsUsed() throws Exception {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "credentials.uni.example").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID") && c.contains("Secure"));
            assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
            HttpResponse<String> r = signIn(port, "X-Forwarded-Host", "credentials.uni.example", "X-Forwarded-Proto", "https");
            assertThat(r.headers().firstValue("Location").orElseThrow()).startsWith("https://credentials.uni.example/login");
        }
    }
}
