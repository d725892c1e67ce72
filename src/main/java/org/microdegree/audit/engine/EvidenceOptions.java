package org.microdegree.audit.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.ItemId;

/**
 * The ways a learner's evidence can meet one unit ("options"): a result or recognition of the unit
 * itself, or for a micro-credential results of all its modules and of the smaller micro-credentials
 * it is built from (each met in any of its own ways). Each option carries the evidence it
 * uses as a bit mask over the admitted evidence, so that the search tests conflicts with a few ANDs.
 */
final class EvidenceOptions {

    private static final int MAX_MODULE_COMBINATIONS = 16;

    /** One way to meet a unit: the evidence it uses, how many results (cost) and CP (costTenths) that is, what it credits. */
    record Option(long[] mask, int cost, int costTenths, int credits, List<String> proofs) {}

    /** Cheapest first; ties by the evidence ids, so that the answer does not depend on the order evidence came in. */
    static final Comparator<Option> OPTION_ORDER = Comparator.comparingInt(Option::cost).thenComparingInt(Option::costTenths)
            .thenComparing((a, b) -> {
                for (int i = 0; i < Math.min(a.proofs().size(), b.proofs().size()); i++) {
                    int c = a.proofs().get(i).compareTo(b.proofs().get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return Integer.compare(a.proofs().size(), b.proofs().size());
            });

    final Units units;
    final List<Proof> evidence;
    /** Evidence id to its bit in the masks. */
    final Map<String, Integer> index = new HashMap<>();
    /** Mask length in longs. */
    final int words;
    private final Map<ItemId, List<Proof>> byItem = new HashMap<>();
    /** The micro-credentials whose parts are being combined: a catalogue cycle ends there. */
    private final Set<ItemId> building = new HashSet<>();

    EvidenceOptions(Units units, List<Proof> evidence) {
        this.units = units;
        this.evidence = evidence;
        for (int i = 0; i < evidence.size(); i++) {
            index.put(evidence.get(i).id(), i);
            byItem.computeIfAbsent(evidence.get(i).item(), k -> new ArrayList<>()).add(evidence.get(i));
        }
        this.words = Math.max(1, (evidence.size() + 63) / 64);
    }

    /** Every option of a unit worth {@code tenths} (0: its CP are unknown), cheapest first. */
    List<Option> of(ItemKind kind, ItemId unit, int tenths) {
        List<Option> opts = new ArrayList<>();
        for (Proof p : byItem.getOrDefault(unit, List.of())) {
            if (p.kind() == kind) {
                // a partial recognition credits fewer CP than the unit has, and does not meet it
                opts.add(option(List.of(p), tenths == 0 ? p.tenths() : Math.min(p.tenths(), tenths)));
            }
        }
        if (kind == ItemKind.MICRO_CREDENTIAL && building.add(unit)) {
            try {
                opts.addAll(viaParts(unit, tenths));
            } finally {
                building.remove(unit);
            }
        }
        if (opts.size() > 1) {
            opts.sort(OPTION_ORDER);
        }
        return opts;
    }

    /**
     * A micro-credential met by all its parts: a result of each module, and each smaller micro-credential
     * met in one of its ways; every combination that uses no evidence twice, up to a cap.
     */
    private List<Option> viaParts(ItemId mc, int tenths) {
        List<ItemId> modules = units.modulesOf(mc);
        List<ItemId> smaller = units.microCredentialsOf(mc);
        if (modules.isEmpty() && smaller.isEmpty()) {
            return List.of();
        }
        List<List<List<Proof>>> perPart = new ArrayList<>();
        for (ItemId m : modules) {
            List<List<Proof>> found = byItem.getOrDefault(m, List.of()).stream().filter(p -> p.kind() == ItemKind.MODULE).map(List::of).toList();
            if (found.isEmpty()) {
                return List.of();
            }
            perPart.add(found);
        }
        for (ItemId part : smaller) {
            List<List<Proof>> ways = of(ItemKind.MICRO_CREDENTIAL, part, units.tenths(ItemKind.MICRO_CREDENTIAL, part)).stream()
                    .map(o -> o.proofs().stream().map(id -> evidence.get(index.get(id))).toList()).toList();
            if (ways.isEmpty()) {
                return List.of();
            }
            perPart.add(ways);
        }
        List<List<Proof>> combos = new ArrayList<>(List.of(List.of()));
        for (List<List<Proof>> choices : perPart) {
            List<List<Proof>> next = new ArrayList<>();
            for (List<Proof> c : combos) {
                for (List<Proof> way : choices) {
                    if (next.size() < MAX_MODULE_COMBINATIONS && way.stream().noneMatch(c::contains)) {
                        List<Proof> more = new ArrayList<>(c);
                        more.addAll(way);
                        next.add(more);
                    }
                }
            }
            combos = next;
        }
        List<Option> out = new ArrayList<>();
        for (List<Proof> c : combos) {
            // all modules passed: the micro-credential is met, whatever CP its modules' results carry
            out.add(option(c, tenths == 0 ? c.stream().mapToInt(Proof::tenths).sum() : tenths));
        }
        return out;
    }

    private Option option(List<Proof> proofs, int credits) {
        long[] mask = new long[words];
        int tenths = 0;
        List<String> ids = new ArrayList<>();
        for (Proof p : proofs) {
            int i = index.get(p.id());
            mask[i >>> 6] |= 1L << (i & 63);
            tenths += p.tenths();
            ids.add(p.id());
        }
        return new Option(mask, proofs.size(), tenths, credits, ids);
    }

    /**
     * A unit under a shared node may count evidence counted anywhere else (the joint Master's quota
     * counts the results its programmes count); exclusive units never count the same evidence twice.
     */
    static boolean fits(Option o, boolean sharedLeaf, long[] exclusive, @Nullable long[] sharedUsed) {
        if (sharedLeaf) {
            return true;
        }
        long[] m = o.mask();
        for (int w = 0; w < m.length; w++) {
            if ((m[w] & exclusive[w]) != 0) {
                return false;
            }
        }
        return true;
    }
}
