package org.microdegree.catalog;

import java.util.List;
import org.microdegree.catalog.model.CatalogueItem;

/** One page of a catalogue listing. */
public record CataloguePage<T extends CatalogueItem>(List<T> items, int page, int size, long total) {}
