package org.microdegree.policy.model;

import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Text;

/**
 * What one rule says about one item: the outcome, the element it concerns (a path such as
 * {@code microCredentials[luh:mc-ml-basics].creditPoints}), a message with the values filled in,
 * and for a failure a suggestion how to fix it.
 *
 * @param item the item's id, e.g. {@code luh:md-ai-in-production}
 * @param rule the rule's id, e.g. {@code luh-2023/md-credits-range}
 */
public record Finding(Subject subject, String item, int version, String rule, Severity severity, Outcome outcome,
        String path, Text message, @Nullable Text suggestion, Source source) {

    public boolean isError() {
        return outcome == Outcome.FAIL;
    }

    /** A failure, error or warning: what a designer has to look at. */
    public boolean isProblem() {
        return outcome == Outcome.FAIL || outcome == Outcome.WARNING;
    }
}
