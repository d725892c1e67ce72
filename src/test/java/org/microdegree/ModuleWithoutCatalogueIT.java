package org.microdegree;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A module test of a module that does not depend on the catalogue (accounts, rule profiles, ESCO,
 * backups). Its context lacks the catalogue's Java migration (V4), so it keeps a database of its own:
 * a database migrated without V4 would fail the validation of every context that has it.
 */
public abstract class ModuleWithoutCatalogueIT extends ModuleTestBase {

    @DynamicPropertySource
    static void databaseWithoutTheCatalogue(DynamicPropertyRegistry registry) {
        TestDatabase.properties("without_catalogue").forEach((k, v) -> registry.add(k, () -> v));
    }
}
