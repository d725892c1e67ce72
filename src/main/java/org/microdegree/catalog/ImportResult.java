package org.microdegree.catalog;

import java.util.List;

/**
 * What an import did: items and institutions added, changed, and found unchanged; and the
 * findings the importer accepted for items that came in review, approved or published.
 */
public record ImportResult(String source, int added, int changed, int unchanged, List<String> acceptedFindings) {

    public ImportResult {
        acceptedFindings = List.copyOf(acceptedFindings);
    }

    public ImportResult(String source, int added, int changed, int unchanged) {
        this(source, added, changed, unchanged, List.of());
    }

    public boolean changedAnything() {
        return added + changed > 0;
    }

    public String summary() {
        return source + ": " + added + " added, " + changed + " changed, " + unchanged + " unchanged"
                + (acceptedFindings.isEmpty() ? "" : "; findings accepted: " + String.join("; ", acceptedFindings));
    }
}
