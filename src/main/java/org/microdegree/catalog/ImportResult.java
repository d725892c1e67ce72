package org.microdegree.catalog;

/** What an import did: items and institutions added, changed, and found unchanged. */
public record ImportResult(String source, int added, int changed, int unchanged) {

    public boolean changedAnything() {
        return added + changed > 0;
    }

    public String summary() {
        return source + ": " + added + " added, " + changed + " changed, " + unchanged + " unchanged";
    }
}
