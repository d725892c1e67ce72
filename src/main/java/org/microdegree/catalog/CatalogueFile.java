package org.microdegree.catalog;

import java.util.function.UnaryOperator;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.shared.Violation;

/** A catalogue file read into a bundle, and how to place a problem of the bundle in the file. */
public record CatalogueFile(CatalogueBundle bundle, UnaryOperator<Violation> locate) {}
