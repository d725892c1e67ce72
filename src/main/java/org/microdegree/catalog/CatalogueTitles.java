package org.microdegree.catalog;

import lombok.RequiredArgsConstructor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.ItemId;

/**
 * Titles where a person reads: a catalogue id (luh:mc-ai-ethics) as the published item's title in the
 * page's language ("KI-Ethik"); an id the public catalogue does not hold stays as it is.
 */
@RequiredArgsConstructor
public final class CatalogueTitles {

    private static final List<ItemKind> KINDS = List.of(ItemKind.MICRO_DEGREE, ItemKind.MICRO_CREDENTIAL, ItemKind.STUDY_PROGRAMME,
            ItemKind.MODULE);

    private final Catalogue catalogue;
    private final String language;
    private final Map<String, String> known = new HashMap<>();

    /** The title of the item with this id, or the id. */
    public String of(String id) {
        return known.computeIfAbsent(id, this::lookUp);
    }

    public List<String> all(List<String> ids) {
        return ids.stream().map(this::of).toList();
    }

    private String lookUp(String id) {
        if (!ItemId.isValid(id)) {
            return id;
        }
        for (ItemKind kind : KINDS) {
            var found = catalogue.find(kind, ItemId.of(id), null, Catalogue.PUBLIC).map(CatalogueItem::title);
            if (found.isPresent()) {
                return found.get().in(language);
            }
        }
        return id;
    }
}
