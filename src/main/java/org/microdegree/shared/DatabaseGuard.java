package org.microdegree.shared;

/** Production refuses the embedded database: a silent fallback would lose data. */
public final class DatabaseGuard {

    private DatabaseGuard() {
    }

    public static void requireProductionDatabase(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("the prod profile needs MICRODEGREE_DB_URL (a jdbc:postgresql:// URL)");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("the prod profile runs on PostgreSQL only, not on " + url.replaceAll("[;?].*", ""));
        }
    }
}
