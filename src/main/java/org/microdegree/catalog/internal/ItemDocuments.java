package org.microdegree.catalog.internal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.microdegree.shared.Secrets;
import org.microdegree.catalog.format.BundleFormat;
import org.microdegree.catalog.internal.jdbc.CatalogueStore;
import org.microdegree.catalog.internal.jdbc.CatalogueStore.Head;
import org.microdegree.catalog.internal.jdbc.CatalogueStore.InstitutionRow;
import org.microdegree.catalog.internal.jdbc.CatalogueStore.ItemRow;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.StudyProgramme;
import org.microdegree.policy.Profiles;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Violation;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;

/**
 * Catalogue items and institutions as stored documents and rows, and what the structural checks
 * need to know of the stored catalogue: shared by the catalogue's reading, import and editing.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ItemDocuments {

    public static final Map<ItemKind, Class<? extends CatalogueItem>> TYPES = Map.of(
            ItemKind.STUDY_PROGRAMME, StudyProgramme.class, ItemKind.MODULE, Module.class,
            ItemKind.MICRO_CREDENTIAL, MicroCredential.class, ItemKind.MICRO_DEGREE, MicroDegreeProgramme.class);

    private final CatalogueStore store;
    private final Profiles profiles;
    private final BundleFormat format = new BundleFormat();

    /** A programme may only name rule profiles that exist (shipped, or an institution's own). */
    public List<Violation> unknownProfiles(CatalogueBundle bundle) {
        List<Violation> out = new ArrayList<>();
        Map<String, Boolean> known = new HashMap<>();
        for (int i = 0; i < bundle.microDegrees().size(); i++) {
            List<String> ids = bundle.microDegrees().get(i).ruleProfiles();
            for (int p = 0; p < ids.size(); p++) {
                if (!known.computeIfAbsent(ids.get(p), id -> profiles.find(id, null).isPresent())) {
                    out.add(Violation.at("microDegrees[" + i + "].ruleProfiles[" + p + "]", "unknown rule profile '" + ids.get(p)
                            + "'; the shipped profiles are " + String.join(", ", Profiles.SHIPPED)));
                }
            }
        }
        return out;
    }

    /** For a bundle: every stored item is known from the heads read once for the whole import. */
    public CatalogueChecks.Known known(Map<String, Head> heads, Map<String, Institution> institutions) {
        Set<String> items = new HashSet<>();
        for (String key : heads.keySet()) {
            items.add(key.substring(0, key.lastIndexOf(' ')));
        }
        return known((kind, id) -> items.contains(kind.code() + ' ' + id.value()), institutions);
    }

    public CatalogueChecks.Known known(BiPredicate<ItemKind, ItemId> itemExists, Map<String, Institution> institutions) {
        Set<ItemId> units = new HashSet<>();
        institutions.values().forEach(i -> i.units().forEach(u -> units.add(u.id())));
        return new CatalogueChecks.Known() {
            @Override
            public boolean institution(String id) {
                return institutions.containsKey(id);
            }

            @Override
            public boolean unit(ItemId unit) {
                return units.contains(unit);
            }

            @Override
            public boolean item(ItemKind kind, ItemId id) {
                return itemExists.test(kind, id);
            }

            @Override
            public List<ItemId> nestedProgrammes(ItemId microDegree) {
                return store.latestDocument(ItemKind.MICRO_DEGREE, microDegree, EnumSet.allOf(LifecycleStatus.class))
                        .map(d -> ((MicroDegreeProgramme) parse(ItemKind.MICRO_DEGREE, d)).nestedProgrammes())
                        .orElse(List.of());
            }

            @Override
            public List<ItemId> microCredentialsOf(ItemId microCredential) {
                return store.latestDocument(ItemKind.MICRO_CREDENTIAL, microCredential, EnumSet.allOf(LifecycleStatus.class))
                        .map(d -> ((MicroCredential) parse(ItemKind.MICRO_CREDENTIAL, d)).microCredentials())
                        .orElse(List.of());
            }
        };
    }

    public Map<String, Institution> storedInstitutions() {
        Map<String, Institution> result = new TreeMap<>();
        for (InstitutionRow row : store.institutions()) {
            result.put(row.id(), format.json().readValue(row.document(), Institution.class));
        }
        return result;
    }

    public InstitutionRow institutionRow(Institution inst) {
        return new InstitutionRow(inst.id().value(), inst.name().en(), inst.country(), format.json().writeValueAsString(inst));
    }

    public CatalogueItem parse(ItemKind kind, String document) {
        return format.json().readValue(document, TYPES.get(kind));
    }

    public ItemRow row(CatalogueItem item) {
        String doc = compactJson(item);
        return new ItemRow(item.kind(), item.id(), item.version(), item.status(), item.id().institution(), item.title().en(),
                item.creditPoints() == null ? null : item.creditPoints().toBigDecimal(),
                item.eqfLevel() == null ? null : item.eqfLevel().level(), doc, sha256(doc),
                item.references().stream().map(r -> new CatalogueStore.RefRow(r.kind(), r.id())).distinct().toList(),
                item instanceof MicroDegreeProgramme md ? md.participatingInstitutions().stream().map(InstitutionId::value).distinct().toList() : List.of());
    }

    private String compactJson(Object value) {
        return format.json().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    }

    private static String sha256(String s) {
        return Secrets.sha256Hex(s);
    }
}
