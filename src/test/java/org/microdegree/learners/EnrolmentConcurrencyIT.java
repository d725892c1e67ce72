package org.microdegree.learners;

import org.microdegree.shared.RoundId;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.microdegree.EmptyDatabase;
import org.microdegree.MicrodegreeApplication;
import org.microdegree.TestDatabase;
import org.microdegree.accounts.Accounts;
import org.microdegree.accounts.TokenScope;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.RoundInput;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.Fixtures;
import org.microdegree.shared.Grant;
import org.microdegree.shared.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two running instances of the application on one database (PostgreSQL under -Ppostgres, else one
 * shared in-memory H2): 200 learners ask for a place in a first-come round of 30 places at the same
 * moment, half of them through each instance. Exactly 30 get one; the other 170 are told none is left.
 */
class EnrolmentConcurrencyIT {

    final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    ConfigurableApplicationContext instance() {
        Map<String, Object> props = new HashMap<>(TestDatabase.properties("concurrency"));
        props.put("server.port", "0");
        props.put("logging.level.org.microdegree", "warn");
        SpringApplication app = new SpringApplication(MicrodegreeApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        app.setDefaultProperties(props);
        ConfigurableApplicationContext ctx = app.run();
        instances.add(ctx);
        return ctx;
    }

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    static int port(ConfigurableApplicationContext ctx) {
        return ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }

    @Test
    void twoHundredParallelRequestsForThirtyPlacesOnTwoInstancesGiveExactlyThirtyEnrolments() throws Exception {
        ConfigurableApplicationContext first = instance();
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        EmptyDatabase.clear(jdbc);
        first.getBean(Catalogue.class).importBundle("example.yaml", Fixtures.workedExampleYaml(), BundleSyntax.YAML, "test");
        Accounts accounts = first.getBean(Accounts.class);
        var registrar = accounts.create("robin@luh.example", "Robin Registrar", "a-long-enough-password".toCharArray(),
                Set.of(Grant.of(Role.REGISTRAR, "luh")));
        String token = accounts.createToken(registrar.id(), "load", Set.of(TokenScope.READ, TokenScope.WRITE), Duration.ofDays(1)).secret();
        first.getBean(ApplicationRounds.class).createRound(new RoundInput("luh:ml-thirty-places", "micro-credential", "luh:mc-machine-learning",
                "2026-01-01T00:00", "2099-12-31T23:00", "Europe/Berlin", "first-come", 30, null, List.of(), List.of(), null),
                registrar.actor());
        Learners learners = first.getBean(Learners.class);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(learners.create(new LearnerInput("Learner " + i, "l" + i + "@luh.example", null, "student", "luh", "C-" + i, List.of()),
                    registrar.actor()).id().value());
        }
        ConfigurableApplicationContext second = instance();
        int[] ports = {port(first), port(second)};

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String body = "{\"learner\": \"" + ids.get(i) + "\"}";
            URI uri = URI.create("http://127.0.0.1:" + ports[i % 2] + "/api/v1/application-rounds/luh:ml-thirty-places/enrolments");
            answers.add(pool.submit(() -> {
                start.await();
                return http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            }));
        }
        start.countDown();
        Map<Integer, Integer> byStatus = new HashMap<>();
        for (Future<Integer> f : answers) {
            byStatus.merge(f.get(), 1, Integer::sum);
        }
        pool.shutdown();

        assertThat(byStatus).as("HTTP status -> count").isEqualTo(Map.of(201, 30, 409, 170));
        assertThat(jdbc.queryForObject("select count(*) from learners_enrolment where round_id = 'luh:ml-thirty-places' and status = 'enrolled'",
                Integer.class)).isEqualTo(30);
        assertThat(first.getBean(ApplicationRounds.class).placesTaken(RoundId.of("luh:ml-thirty-places"))).isEqualTo(30);
    }
}
