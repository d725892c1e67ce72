package org.microdegree.audit.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.audit.engine.EvidenceOptions.Option;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;

/**
 * A programme's requirement tree in arrays, node 0 the root, children after their parent: nested
 * programmes unfolded (met by a recognition of them or by their own tree), every unit with its
 * evidence options, and the units that have any ("leaves") numbered in tree order for the search.
 */
final class CompiledTree {

    enum Type {
        ALL,
        AT_LEAST,
        MIN_CREDITS,
        QUOTA,
        UNIT
    }

    // per node, while building
    private final List<Type> type = new ArrayList<>();
    private final List<int[]> children = new ArrayList<>();
    private final List<Integer> param = new ArrayList<>();
    private final List<Integer> unitTenths = new ArrayList<>();
    private final List<Boolean> shared = new ArrayList<>();
    private final List<List<Option>> options = new ArrayList<>();
    private final List<Integer> leafList = new ArrayList<>();
    final List<List<Requirement.Share>> shares = new ArrayList<>();
    final List<String> path = new ArrayList<>();
    final List<@Nullable String> label = new ArrayList<>();
    final List<@Nullable ItemKind> unitKind = new ArrayList<>();
    /** The unit of a leaf, the programme of a nested programme's node; null for other inner nodes. */
    final List<@Nullable ItemId> unit = new ArrayList<>();

    // the same in arrays, for the search's inner loop
    Type[] types;
    int[][] kidsOf;
    /** atLeast: the count; minCredits: the tenths of CP. */
    int[] params;
    /** What the unit (or nested programme) is worth in tenths of CP; 0 if unknown. */
    int[] needTenths;
    /** Whether a node lies under a shared node: its evidence may count elsewhere too. */
    boolean[] sharedLeaf;
    Option[][] opts;
    /** The leaf number of a node, -1 for a node that is no leaf. */
    int[] leafNumber;
    /** The leaves' nodes in leaf order. */
    int[] leaves;

    private final EvidenceOptions evidence;
    private final Units units;

    private CompiledTree(EvidenceOptions evidence) {
        this.evidence = evidence;
        this.units = evidence.units;
    }

    static CompiledTree of(ItemId programme, Requirement tree, EvidenceOptions evidence) {
        CompiledTree t = new CompiledTree(evidence);
        t.build(tree, "requirements", false, new LinkedHashSet<>(List.of(programme)));
        t.freeze();
        return t;
    }

    int size() {
        return types.length;
    }

    private int add(Type t, String at, Requirement.Options o, boolean inShared) {
        int id = type.size();
        type.add(t);
        children.add(new int[0]);
        param.add(0);
        shares.add(List.of());
        path.add(at);
        label.add(o.label());
        unitKind.add(null);
        unit.add(null);
        unitTenths.add(0);
        shared.add(inShared || o.sharing() == Sharing.SHARED);
        options.add(List.of());
        return id;
    }

    private int build(Requirement node, String at, boolean inShared, LinkedHashSet<ItemId> programmes) {
        switch (node) {
            case Requirement.AllOf a -> {
                int id = add(Type.ALL, at, a.options(), inShared);
                children.set(id, buildAll(a.of(), at + ".allOf", shared.get(id), programmes));
                return id;
            }
            case Requirement.AtLeast a -> {
                int id = add(Type.AT_LEAST, at, a.options(), inShared);
                param.set(id, a.count());
                children.set(id, buildAll(a.of(), at + ".of", shared.get(id), programmes));
                return id;
            }
            case Requirement.MinCredits m -> {
                int id = add(Type.MIN_CREDITS, at, m.options(), inShared);
                param.set(id, m.credits().tenths());
                children.set(id, buildAll(m.from(), at + ".from", shared.get(id), programmes));
                return id;
            }
            case Requirement.Quota q -> {
                int id = add(Type.QUOTA, at, q.options(), inShared);
                shares.set(id, q.shares());
                children.set(id, buildAll(q.from(), at + ".from", shared.get(id), programmes));
                return id;
            }
            case Requirement.Unit u -> {
                if (u.kind() == ItemKind.MICRO_DEGREE) {
                    return nested(u, at, inShared, programmes);
                }
                return leaf(u, at, inShared);
            }
        }
    }

    private int[] buildAll(List<Requirement> nodes, String at, boolean inShared, LinkedHashSet<ItemId> programmes) {
        int[] ids = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            ids[i] = build(nodes.get(i), at + "[" + i + "]", inShared, programmes);
        }
        return ids;
    }

    /** A nested programme: met by a recognition of it, or by its own tree. */
    private int nested(Requirement.Unit u, String at, boolean inShared, LinkedHashSet<ItemId> programmes) {
        int id = add(Type.AT_LEAST, at, u.options(), inShared);
        param.set(id, 1);
        unitKind.set(id, u.kind());
        unit.set(id, u.id());
        unitTenths.set(id, units.tenths(u.kind(), u.id()));
        int direct = leaf(new Requirement.Unit(u.kind(), u.id(), u.options()), at + ".recognised", shared.get(id));
        var tree = units.treeOf(u.id());
        if (tree.isEmpty() || programmes.contains(u.id())) {
            children.set(id, new int[]{direct});
            return id;
        }
        LinkedHashSet<ItemId> deeper = new LinkedHashSet<>(programmes);
        deeper.add(u.id());
        int sub = build(tree.get(), at + ".requirements", shared.get(id), deeper);
        children.set(id, new int[]{direct, sub});
        return id;
    }

    private int leaf(Requirement.Unit u, String at, boolean inShared) {
        int id = add(Type.UNIT, at, u.options(), inShared);
        int tenths = units.tenths(u.kind(), u.id());
        unitKind.set(id, u.kind());
        unit.set(id, u.id());
        unitTenths.set(id, tenths);
        List<Option> opts = evidence.of(u.kind(), u.id(), tenths);
        options.set(id, opts);
        if (!opts.isEmpty()) {
            leafList.add(id);
        }
        return id;
    }

    private void freeze() {
        int size = type.size();
        types = type.toArray(Type[]::new);
        kidsOf = children.toArray(int[][]::new);
        params = param.stream().mapToInt(Integer::intValue).toArray();
        needTenths = unitTenths.stream().mapToInt(Integer::intValue).toArray();
        sharedLeaf = new boolean[size];
        opts = new Option[size][];
        for (int n = 0; n < size; n++) {
            sharedLeaf[n] = shared.get(n);
            opts[n] = options.get(n).toArray(Option[]::new);
        }
        leaves = leafList.stream().mapToInt(Integer::intValue).toArray();
        leafNumber = new int[size];
        Arrays.fill(leafNumber, -1);
        for (int i = 0; i < leaves.length; i++) {
            leafNumber[leaves[i]] = i;
        }
    }

    /** The institution a node counts for in a quota: its unit's, or for an inner node that of its first unit. */
    InstitutionId institutionOf(int n) {
        ItemId u = unit.get(n);
        if (u != null) {
            return InstitutionId.of(u.institution());
        }
        for (int k : kidsOf[n]) {
            return institutionOf(k);
        }
        return InstitutionId.of("none");
    }

    /** Whether node {@code n} is a programme nested in the tree (met by recognition or its own tree). */
    boolean isNestedProgramme(int n) {
        return types[n] == Type.AT_LEAST && unit.get(n) != null;
    }
}
