package org.microdegree.credentials.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microdegree.TestDatabase;
import org.microdegree.catalog.internal.jdbc.V4__Catalog_partner_backfill;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * An installation from before status counters (V23) upgraded: its certificates keep their places
 * and get the counters of those places, and two instances on the database then hand out places of
 * their own, none twice. On H2, and on PostgreSQL under -Ppostgres.
 */
class StatusCountersIT {

    private static final int[] PLACES_BEFORE = {5, 77_777, 1_048_575};

    private HikariDataSource database;
    private String schema;
    private JdbcClient jdbc;

    @BeforeEach
    void anInstallationOfVersion23WithThreeCertificates() {
        Map<String, Object> p = TestDatabase.properties("status_counters_" + System.nanoTime());
        database = new HikariDataSource();
        database.setJdbcUrl((String) p.get("spring.datasource.url"));
        database.setUsername((String) p.get("spring.datasource.username"));
        database.setPassword((String) p.get("spring.datasource.password"));
        jdbc = JdbcClient.create(database);
        flyway(p).target("23").load().migrate();
        for (int i = 0; i < PLACES_BEFORE.length; i++) {
            jdbc.sql("insert into certificate (id, award_key, learner_id, certificate_kind, item_kind, item_id, item_version, title, institution_id,"
                    + " status_index, issued_at, credential, status) values (?, ?, ?, 'micro-credential', 'micro-credential', 'luh:mc-ml', 1,"
                    + " 'Machine Learning', 'luh', ?, ?, '{}', 'valid')")
                    .params("before-" + i, "learner-" + i + "|micro-credential|luh:mc-ml|1", "learner-" + i, PLACES_BEFORE[i],
                            OffsetDateTime.of(2025, 6, 30, 12, 0, 0, 0, ZoneOffset.UTC))
                    .update();
        }
        flyway(p).load().migrate();
    }

    private FluentConfiguration flyway(Map<String, Object> p) {
        FluentConfiguration f = Flyway.configure().dataSource(database).locations("classpath:db/migration/common")
                .javaMigrations(new V4__Catalog_partner_backfill());
        if (p.containsKey("spring.flyway.schemas")) {
            schema = (String) p.get("spring.flyway.schemas");
            f = f.schemas(schema).createSchemas(true);
        }
        return f;
    }

    @AfterEach
    void close() {
        if (schema != null) {
            jdbc.sql("drop schema " + schema + " cascade").update();
        }
        database.close();
    }

    @Test
    void certificatesFromBeforeKeepTheirPlacesAndGetTheCountersOfThem() {
        StatusCounters instance = new StatusCounters(jdbc, new DataSourceTransactionManager(database));

        instance.next("luh");

        for (int i = 0; i < PLACES_BEFORE.length; i++) {
            Integer counter = jdbc.sql("select status_counter from certificate where id = ?").param("before-" + i).query(Integer.class).single();
            assertThat(counter).isEqualTo(instance.counterAt("luh", PLACES_BEFORE[i]).orElseThrow());
        }
    }

    @Test
    void twoInstancesHandOutDistinctPlacesThatNoCertificateFromBeforeHolds() {
        StatusCounters first = new StatusCounters(jdbc, new DataSourceTransactionManager(database));
        StatusCounters second = new StatusCounters(jdbc, new DataSourceTransactionManager(database));
        Set<Integer> counters = new HashSet<>();
        Set<Integer> places = new HashSet<>();
        List<Integer> before = new ArrayList<>();
        for (int place : PLACES_BEFORE) {
            before.add(place);
        }

        for (int i = 0; i < 5 * StatusCounters.BLOCK; i++) {
            for (StatusCounters instance : List.of(first, second)) {
                StatusCounters.Place p = instance.next("luh");
                assertThat(counters.add(p.counter())).as("counter %d handed out twice", p.counter()).isTrue();
                assertThat(places.add(p.position())).as("place %d handed out twice", p.position()).isTrue();
                // a place a certificate from before holds comes with that certificate's counter: the unique index refuses it
                if (before.contains(p.position())) {
                    assertThatThrownBy(() -> insertAt(p)).isInstanceOf(DuplicateKeyException.class);
                } else {
                    insertAt(p);
                }
            }
        }

        assertThat(first.counterAt("luh", 77_777)).isEqualTo(second.counterAt("luh", 77_777));
        assertThat(jdbc.sql("select count(*) from certificate_status_list").query(Integer.class).single()).isOne();
    }

    @Test
    void theUniqueIndexIsOnTheCounterNoLongerOnThePlace() {
        StatusCounters instance = new StatusCounters(jdbc, new DataSourceTransactionManager(database));
        StatusCounters.Place p = instance.next("luh");
        insertAt(p);

        assertThatThrownBy(() -> insertAt(new StatusCounters.Place(p.counter(), (p.position() + 1) % 1_048_576)))
                .isInstanceOf(DuplicateKeyException.class);
        // the same place under another counter is not refused by an index any more: the permutation keeps places apart
        insertAt(new StatusCounters.Place(p.counter() + 1_000_000, p.position()));
    }

    @Test
    void anInstitutionWithoutCertificatesHasNoCounters() {
        StatusCounters instance = new StatusCounters(jdbc, new DataSourceTransactionManager(database));

        assertThat(instance.counterAt("tuw", 12)).isEmpty();
        assertThat(instance.counterAt("luh", 1_048_576)).isEmpty();
    }

    private int inserted;

    private void insertAt(StatusCounters.Place p) {
        int n = inserted++;
        jdbc.sql("insert into certificate (id, award_key, learner_id, certificate_kind, item_kind, item_id, item_version, title, institution_id,"
                + " status_index, status_counter, issued_at, credential_packed, status) values (?, ?, ?, 'micro-credential', 'micro-credential',"
                + " 'luh:mc-ml', 1, 'Machine Learning', 'luh', ?, ?, ?, ?, 'valid')")
                .params("after-" + n, "learner-after-" + n + "|micro-credential|luh:mc-ml|1", "learner-after-" + n, p.position(), p.counter(),
                        OffsetDateTime.of(2026, 12, 7, 12, 0, 0, 0, ZoneOffset.UTC), PackedCredentials.pack("{}"))
                .update();
    }
}
