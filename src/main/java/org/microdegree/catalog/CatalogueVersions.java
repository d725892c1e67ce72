package org.microdegree.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;

/**
 * Every version of every item at one moment, for many lookups in a row: a bulk job's chunk finds
 * its credentials here instead of one query and one parse each. Read-only; {@link Catalogue#versions()}
 * reads it again only when the catalogue has changed.
 */
public final class CatalogueVersions {

    private record Key(ItemKind kind, ItemId id, int version) {}

    private final CatalogueBundle bundle;
    private final Map<Key, CatalogueItem> byVersion = new HashMap<>();
    private final Map<Key, CatalogueItem> latest = new HashMap<>();
    private final Map<InstitutionId, Institution> institutions = new HashMap<>();

    CatalogueVersions(CatalogueBundle bundle) {
        this.bundle = bundle;
        Stream.of(bundle.studyProgrammes(), bundle.modules(), bundle.microCredentials(), bundle.microDegrees())
                .flatMap(List::stream)
                .forEach(item -> {
                    byVersion.put(new Key(item.kind(), item.id(), item.version()), item);
                    latest.merge(new Key(item.kind(), item.id(), 0), item, (a, b) -> a.version() >= b.version() ? a : b);
                });
        bundle.institutions().forEach(i -> institutions.put(i.id(), i));
    }

    /** The whole catalogue, as {@link Catalogue#snapshot()} gives it. */
    public CatalogueBundle bundle() {
        return bundle;
    }

    /** A version of an item whatever its status; null: the newest version. */
    @SuppressWarnings("unchecked")
    public <T extends CatalogueItem> Optional<T> find(ItemKind kind, ItemId id, @Nullable Integer version) {
        return Optional.ofNullable((T) (version == null ? latest.get(new Key(kind, id, 0)) : byVersion.get(new Key(kind, id, version))));
    }

    public Optional<Institution> institution(InstitutionId id) {
        return Optional.ofNullable(institutions.get(id));
    }
}
