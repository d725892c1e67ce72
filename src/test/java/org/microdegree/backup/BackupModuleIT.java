package org.microdegree.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microdegree.EmptyDatabase;
import org.microdegree.ModuleWithoutCatalogueIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Backups on their own, knowing only tables: an installation's rows go into one archive and come
 * back, table by table, into an empty installation; an installation that holds data is not overwritten.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class BackupModuleIT extends ModuleWithoutCatalogueIT {

    @Autowired Backups backups;
    @TempDir Path dir;

    @Test
    void theRowsOfAnInstallationComeBackIntoAnEmptyOne() {
        jdbc.update("insert into policy_adoption (institution_id, profile_id, position) values ('luh', 'eu-2022', 0)");
        Path archive = dir.resolve("installation.zip");

        Backups.Summary written = backups.write(archive);
        assertThatThrownBy(() -> backups.restore(archive)).as("the installation holds data").isNotNull();
        EmptyDatabase.clear(jdbc);
        Backups.Summary restored = backups.restore(archive);

        assertThat(written.total()).isPositive();
        assertThat(restored.rows()).isEqualTo(written.rows());
        assertThat(jdbc.queryForObject("select profile_id from policy_adoption where institution_id = 'luh'", String.class)).isEqualTo("eu-2022");
    }
}
