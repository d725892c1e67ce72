package org.microdegree.catalog.model;

import org.microdegree.shared.ItemId;

/** A reference from one catalogue item to another, with the path (inside the item) where it stands. */
public record Reference(ItemKind kind, ItemId id, String path) {}
