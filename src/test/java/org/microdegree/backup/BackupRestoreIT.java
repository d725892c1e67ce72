package org.microdegree.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microdegree.EmptyDatabase;
import org.microdegree.MicrodegreeApplication;
import org.microdegree.TestDatabase;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.Verification;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo installation on H2 is backed up and restored into a new installation (PostgreSQL with
 * -Ppostgres): the same catalogue, learners, results and certificates, and every certificate
 * verifies there with the restored keys. A second restore into the same database is refused.
 */
class BackupRestoreIT {

    private static final String PASSWORD = "integration-tests-only";

    @TempDir Path dir;

    @Test
    void theDemoOnH2MovesToANewDatabaseAndItsCertificatesStillVerify() {
        Map<String, Object> h2 = new HashMap<>();
        h2.put("spring.datasource.url", "jdbc:h2:mem:backupsource;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.put("spring.datasource.username", "sa");
        h2.put("spring.datasource.password", "");
        h2.put("microdegree.demo", "true");
        Path archive = dir.resolve("demo-backup.zip");
        List<Certificate> before;
        Map<String, Long> rowsBefore;
        try (ConfigurableApplicationContext source = start(h2)) {
            JdbcTemplate jdbc = source.getBean(JdbcTemplate.class);
            Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> jdbc.queryForObject(
                    "select count(*) from event_publication where completion_date is null", Integer.class) == 0);
            before = source.getBean(Certificates.class).all(Actor.operator("test"));
            assertThat(before).isNotEmpty();
            Backups.Summary written = source.getBean(Backups.class).write(archive);
            rowsBefore = written.rows();
            assertThat(rowsBefore).containsKeys("catalog_item", "learners_learner", "learners_achievement", "certificate", "credential_key",
                    "accounts_account", "catalog_journal").doesNotContainKeys("event_publication", "flyway_schema_history");
            assertThat(rowsBefore.get("certificate")).isEqualTo(before.size());
        }
        assertThat(archive).exists();

        try (ConfigurableApplicationContext target = start(new HashMap<>(TestDatabase.properties("restored")))) {
            EmptyDatabase.clearForRestore(target.getBean(JdbcTemplate.class));
            Backups.Summary restored = target.getBean(Backups.class).restore(archive);
            assertThat(restored.rows()).isEqualTo(rowsBefore);
            List<Certificate> after = target.getBean(Certificates.class).all(Actor.operator("test"));
            assertThat(after).extracting(Certificate::id).containsExactlyInAnyOrderElementsOf(before.stream().map(Certificate::id).toList());
            Verification verification = target.getBean(Verification.class);
            after.forEach(c -> assertThat(verification.verify(Verification.parse(c.credential())).valid()).as(c.title()).isTrue());
            // the journals go on numbering after the restored entries
            JdbcTemplate jdbc = target.getBean(JdbcTemplate.class);
            jdbc.update("insert into catalog_journal (kind, item_id, version, action, to_status, actor, at)"
                    + " select kind, item_id, version, 'restored', to_status, 'test', at from catalog_journal where seq = (select min(seq) from catalog_journal)");
            assertThat(jdbc.queryForObject("select count(*) from catalog_journal", Long.class)).isEqualTo(rowsBefore.get("catalog_journal") + 1);
            assertThatThrownBy(() -> target.getBean(Backups.class).restore(archive)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("restore into a new, empty database");
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        properties.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
        return new SpringApplicationBuilder(MicrodegreeApplication.class).web(WebApplicationType.NONE).properties(properties)
                .run("--microdegree.keys.password=" + PASSWORD);
    }
}
