package org.microdegree.catalog;

import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.LifecycleStatus;

/**
 * A catalogue format that another module reads (Europass learning opportunities, in credentials):
 * the catalogue's imports take its files too, without the catalogue knowing the format.
 */
public interface ForeignCatalogueFormat {

    /** Whether a file of this name is in this format. */
    boolean reads(String fileName);

    /**
     * Reads a file of this format into a bundle whose items come in with {@code status}; a foreign
     * provider's items under {@code institution}. Bad input is an InvalidInputException, every problem placed.
     */
    CatalogueFile read(String source, byte[] content, LifecycleStatus status, @Nullable String institution);
}
