package org.microdegree;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where integration tests keep their data: an in-memory H2 by default, PostgreSQL when the build
 * runs with {@code -Ppostgres} (which sets {@code it.db.url}); there in a schema of its own.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean postgres() {
        return !System.getProperty("it.db.url", "").isBlank();
    }

    public static Map<String, Object> properties(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("microdegree.keys.password", "integration-tests-only");
        if (postgres()) {
            // test JVMs run side by side (one per fork): each keeps its schemas to itself
            String fork = System.getProperty("it.fork", "");
            String schema = "microdegree_it_" + name + (fork.isBlank() ? "" : "_" + fork);
            p.put("spring.datasource.url", System.getProperty("it.db.url") + "?currentSchema=" + schema);
            p.put("spring.datasource.username", System.getProperty("it.db.user", "postgres"));
            p.put("spring.datasource.password", System.getProperty("it.db.password", ""));
            p.put("spring.flyway.schemas", schema);
            p.put("spring.flyway.create-schemas", "true");
            // every test context stays cached with its pool: idle pools give their connections back, so
            // that a dozen contexts stay within PostgreSQL's 100 connections
            p.put("spring.datasource.hikari.minimum-idle", "0");
            p.put("spring.datasource.hikari.idle-timeout", "10000");
        } else {
            p.put("spring.datasource.url", "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            p.put("spring.datasource.username", "sa");
            p.put("spring.datasource.password", "");
        }
        return p;
    }
}
