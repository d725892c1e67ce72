package org.microdegree.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.springframework.stereotype.Component;

/**
 * What a new version changes against the version published before it, field by field as the design
 * form shows them: what quality assurance reads first when a published item comes back for review.
 */
@Component
@RequiredArgsConstructor
class PublishedChanges {

    private final Catalogue catalogue;

    /** One changed field: its label's message key, the published value and the new one. */
    record Change(String field, String labelKey, String published, String now) {}

    /** The published version compared, and its changes; null when the item has no earlier published version. */
    record Comparison(int publishedVersion, List<Change> changes) {}

    @Nullable
    Comparison since(ItemKind kind, CatalogueItem item, Map<String, String> values) {
        CatalogueItem published = catalogue.<CatalogueItem>versions(kind, item.id(), Set.of(LifecycleStatus.PUBLISHED, LifecycleStatus.RETIRED))
                .stream().filter(v -> v.version() < item.version()).reduce((a, b) -> b).orElse(null);
        if (published == null || item.status() == LifecycleStatus.PUBLISHED) {
            return null;
        }
        Map<String, String> before = DesignForm.values(kind, catalogue.document(published));
        List<Change> out = new ArrayList<>();
        for (DesignForm.Field f : DesignForm.FIELDS.get(kind)) {
            String was = before.getOrDefault(f.name(), "");
            String is = values.getOrDefault(f.name(), "");
            if (!Objects.equals(was.strip(), is.strip())) {
                out.add(new Change(f.name(), f.labelKey(), was, is));
            }
        }
        return new Comparison(published.version(), out);
    }
}
