package org.microdegree.catalog.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.ItemId;

/**
 * One line of an item's journal: who did what to which version, when and why.
 * The journal records reviews and approvals; it is never edited.
 *
 * @param action a lifecycle action's code, or {@code created}, {@code edited}, {@code imported}, {@code superseded}
 */
public record JournalEntry(ItemKind kind, ItemId item, int version, String action,
        @Nullable LifecycleStatus from, LifecycleStatus to,
        String actor, Instant at, @Nullable String reason) {}
