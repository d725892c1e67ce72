package org.microdegree.learners;

/** What an import did: rows new, rows changed (a corrected result), rows already there as they are. */
public record ImportSummary(int rows, int inserted, int updated, int unchanged) {
}
