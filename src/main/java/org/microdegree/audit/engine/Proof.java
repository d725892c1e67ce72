package org.microdegree.audit.engine;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.ItemId;

/**
 * One piece of a learner's evidence: a passed result of a module or micro-credential, or a granted
 * recognition for a micro-credential or programme.
 *
 * @param tenths the CP it carries, in tenths (a partial recognition carries fewer than the unit)
 * @param grade  the German grade, or null (pass/fail, recognitions without grade)
 */
public record Proof(String id, ItemKind kind, ItemId item, int tenths, @Nullable Double grade, LocalDate date) {}
