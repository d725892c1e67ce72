package org.microdegree.conformance.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Module;
import org.microdegree.conformance.rules.Design;
import org.microdegree.conformance.rules.LabourMarketEvidence;
import org.microdegree.shared.ItemId;

/**
 * The design the rules see: items being checked (a bundle, a draft) over the stored catalogue,
 * which is asked only for what they name, once per item.
 */
public final class CatalogueDesign implements Design {

    private final Map<String, CatalogueItem> items = new HashMap<>();
    private final Map<String, Optional<CatalogueItem>> loaded = new HashMap<>();
    private final Map<String, Institution> institutions;
    private final BiFunction<ItemKind, ItemId, Optional<CatalogueItem>> store;
    private final Predicate<String> isEscoSkill;
    private final Function<Collection<String>, Optional<LabourMarketEvidence>> labourMarket;

    public CatalogueDesign(Map<String, Institution> institutions, BiFunction<ItemKind, ItemId, Optional<CatalogueItem>> store,
            Predicate<String> isEscoSkill) {
        this(institutions, store, isEscoSkill, skills -> Optional.empty());
    }

    public CatalogueDesign(Map<String, Institution> institutions, BiFunction<ItemKind, ItemId, Optional<CatalogueItem>> store,
            Predicate<String> isEscoSkill, Function<Collection<String>, Optional<LabourMarketEvidence>> labourMarket) {
        this.institutions = new HashMap<>(institutions);
        this.store = store;
        this.isEscoSkill = isEscoSkill;
        this.labourMarket = labourMarket;
    }

    /** Puts an item over the stored catalogue; of several versions of one id the newest wins. */
    public CatalogueDesign with(CatalogueItem item) {
        items.merge(key(item.kind(), item.id()), item, (a, b) -> a.version() >= b.version() ? a : b);
        return this;
    }

    public CatalogueDesign with(Institution institution) {
        institutions.put(institution.id().value(), institution);
        return this;
    }

    @Override
    public Optional<Institution> institution(String id) {
        return Optional.ofNullable(institutions.get(id));
    }

    @Override
    public Optional<Module> module(ItemId id) {
        return find(ItemKind.MODULE, id).map(Module.class::cast);
    }

    @Override
    public Optional<MicroCredential> microCredential(ItemId id) {
        return find(ItemKind.MICRO_CREDENTIAL, id).map(MicroCredential.class::cast);
    }

    @Override
    public Optional<MicroDegreeProgramme> microDegree(ItemId id) {
        return find(ItemKind.MICRO_DEGREE, id).map(MicroDegreeProgramme.class::cast);
    }

    @Override
    public boolean isEscoSkill(String uri) {
        return isEscoSkill.test(uri);
    }

    @Override
    public Optional<LabourMarketEvidence> labourMarket(Collection<String> skillUris) {
        return labourMarket.apply(skillUris);
    }

    private Optional<CatalogueItem> find(ItemKind kind, ItemId id) {
        String key = key(kind, id);
        CatalogueItem item = items.get(key);
        if (item != null) {
            return Optional.of(item);
        }
        return loaded.computeIfAbsent(key, k -> store.apply(kind, id));
    }

    private static String key(ItemKind kind, ItemId id) {
        return kind.code() + ' ' + id.value();
    }
}
