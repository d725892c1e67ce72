package org.microdegree.analytics;

import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;

/**
 * One programme's figures over the terms asked for: each event counts in the term it happened
 * (an application when its round opened, an enrolment when enrolled, a completion when the
 * requirements were met, a certificate when issued).
 *
 * @param admitted applications selected for a place (enrolled or not yet)
 * @param medianDays from enrolment to meeting the requirements, over the completions of the terms; null without any
 */
public record ProgrammeFigures(ItemKind kind, ItemId id, Text title, long applications, long admitted, long enrolled, long withdrawn,
        long completed, long certificates, @Nullable Long medianDays) {}
