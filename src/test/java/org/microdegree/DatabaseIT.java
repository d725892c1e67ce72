package org.microdegree;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Integration tests on a real database (H2, or PostgreSQL under -Ppostgres), each starting empty. */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class DatabaseIT {

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.properties("spring").forEach((k, v) -> registry.add(k, () -> v));
    }

    @BeforeEach
    void startEmpty() {
        for (String table : new String[] {"policy_adoption", "policy_journal", "policy_profile", "catalog_reference", "catalog_journal", "catalog_item", "catalog_institution"}) {
            jdbc.update("delete from " + table);
        }
    }

    protected int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
