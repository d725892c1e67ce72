package org.microdegree.audit.engine;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;

/** A hand-made catalogue for engine tests: micro-credentials with their modules and CP, programmes with their trees. */
final class SmallCatalogue implements Units {

    final Map<ItemId, Integer> tenths = new HashMap<>();
    final Map<ItemId, List<ItemId>> modules = new HashMap<>();
    final Map<ItemId, Requirement> trees = new HashMap<>();
    final Map<ItemId, List<ItemId>> smaller = new HashMap<>();

    /** A micro-credential built from smaller micro-credentials (and no modules of its own). */
    SmallCatalogue mcOfMcs(String id, int cp, String... microCredentialIds) {
        tenths.put(ItemId.of(id), cp * 10);
        smaller.put(ItemId.of(id), Arrays.stream(microCredentialIds).map(ItemId::of).toList());
        return this;
    }

    SmallCatalogue mc(String id, int cp, String... moduleIds) {
        tenths.put(ItemId.of(id), cp * 10);
        modules.put(ItemId.of(id), Arrays.stream(moduleIds).map(ItemId::of).toList());
        return this;
    }

    SmallCatalogue module(String id, int cp) {
        tenths.put(ItemId.of(id), cp * 10);
        return this;
    }

    SmallCatalogue md(String id, int cp, Requirement tree) {
        tenths.put(ItemId.of(id), cp * 10);
        trees.put(ItemId.of(id), tree);
        return this;
    }

    @Override
    public int tenths(ItemKind kind, ItemId id) {
        return tenths.getOrDefault(id, 0);
    }

    @Override
    public List<ItemId> modulesOf(ItemId microCredential) {
        return modules.getOrDefault(microCredential, List.of());
    }

    @Override
    public List<ItemId> microCredentialsOf(ItemId microCredential) {
        return smaller.getOrDefault(microCredential, List.of());
    }

    @Override
    public Optional<Requirement> treeOf(ItemId microDegree) {
        return Optional.ofNullable(trees.get(microDegree));
    }

    static Requirement.Unit mc(String id) {
        return new Requirement.Unit(ItemKind.MICRO_CREDENTIAL, ItemId.of(id), Requirement.Options.DEFAULT);
    }

    static Requirement.Unit sharedMc(String id) {
        return new Requirement.Unit(ItemKind.MICRO_CREDENTIAL, ItemId.of(id), new Requirement.Options(null, Sharing.SHARED));
    }

    static Requirement.Unit module(String id) {
        return new Requirement.Unit(ItemKind.MODULE, ItemId.of(id), Requirement.Options.DEFAULT);
    }

    static Requirement.Unit md(String id) {
        return new Requirement.Unit(ItemKind.MICRO_DEGREE, ItemId.of(id), Requirement.Options.DEFAULT);
    }

    static Requirement allOf(Requirement... of) {
        return new Requirement.AllOf(List.of(of), Requirement.Options.DEFAULT);
    }

    static Requirement atLeast(int n, Requirement... of) {
        return new Requirement.AtLeast(n, List.of(of), Requirement.Options.DEFAULT);
    }

    static Requirement minCredits(int cp, Requirement... from) {
        return new Requirement.MinCredits(CreditPoints.of(cp), List.of(from), Requirement.Options.DEFAULT);
    }

    static Requirement quota(Map<String, Integer> shares, Requirement... from) {
        return new Requirement.Quota(shares.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Requirement.Share(InstitutionId.of(e.getKey()), e.getValue())).toList(), List.of(from), Requirement.Options.DEFAULT);
    }

    static Proof passed(String id, ItemKind kind, String item, int cp) {
        return new Proof(id, kind, ItemId.of(item), cp * 10, 2.0, LocalDate.of(2025, 2, 14));
    }
}
