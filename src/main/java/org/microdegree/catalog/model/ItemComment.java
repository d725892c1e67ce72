package org.microdegree.catalog.model;

import java.time.Instant;
import org.microdegree.shared.ItemId;

/** A staff member's comment on a version of an item, as she wrote it. */
public record ItemComment(ItemKind kind, ItemId item, int version, String author, Instant at, String text) {}
