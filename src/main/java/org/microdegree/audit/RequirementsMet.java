package org.microdegree.audit;

import java.time.LocalDate;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.ItemId;

/**
 * A learner has met every requirement of this version of a micro-credential or programme.
 * Published once per learner and credential version, in the transaction that records it: the
 * certificates module awards on it.
 */
public record RequirementsMet(String learnerId, ItemKind kind, ItemId credential, int version, LocalDate metOn) {
}
