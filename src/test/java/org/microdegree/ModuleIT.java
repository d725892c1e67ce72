package org.microdegree;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A module test of a module with a catalogue, on the database the full-application tests use too. */
public abstract class ModuleIT extends ModuleTestBase {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties("spring").forEach((k, v) -> registry.add(k, () -> v));
    }
}
