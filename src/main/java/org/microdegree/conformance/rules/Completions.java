package org.microdegree.conformance.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.ItemId;

/**
 * The ways a requirement tree can be completed with the units it names, each a set of units in
 * which no unit counts twice at exclusive nodes. Only minimal completions count: {@code atLeast 2}
 * of three MCs is completed by two of them, not by all three, so "AI Essentials" reaches 10 CP,
 * not 15. A unit counted at a shared node and elsewhere is taken (and its CP earned) once, so a
 * shared quota over the MCs of nested programmes adds no CP of its own.
 *
 * <p>The enumeration is exact; a tree with more than {@value #LIMIT} ways is reported undecided
 * rather than guessed.
 */
public final class Completions {

    public static final int LIMIT = 10_000;
    private static final int STEP_LIMIT = 2_000_000;

    /**
     * @param decided false when the tree was too large to enumerate or named something unknown
     * @param reason why it was not decided
     * @param totals the CP a minimal completion can add up to, ascending; empty when it cannot be completed
     * @param fewestMicroCredentials the fewest micro-credentials a completion takes (nested programmes' included)
     */
    public record Result(boolean decided, @Nullable String reason, List<CreditPoints> totals, int fewestMicroCredentials) {
        public boolean completable() {
            return decided && !totals.isEmpty();
        }

        public boolean reaches(CreditPoints cp) {
            return totals.contains(cp);
        }
    }

    private record Leaf(ItemId id, int tenths, boolean microCredential) {}

    /** The units a completion uses at exclusive nodes and at shared ones. */
    private record Combo(BitSet exclusive, BitSet shared) {
        BitSet used() {
            BitSet u = (BitSet) exclusive.clone();
            u.or(shared);
            return u;
        }
    }

    private static final class Undecided extends RuntimeException {
        Undecided(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final Combo EMPTY = new Combo(new BitSet(), new BitSet());

    private final Design design;
    private final List<Leaf> leaves = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private int steps;

    private Completions(Design design) {
        this.design = design;
    }

    /** Analyses {@code node} as the whole of a tree; {@code shared} when it sits below a shared node. */
    public static Result of(Requirement node, boolean shared, Design design) {
        Completions c = new Completions(design);
        try {
            List<Combo> combos = c.minimal(c.eval(node, shared, new HashSet<>()));
            TreeSet<Integer> totals = new TreeSet<>();
            int fewest = Integer.MAX_VALUE;
            for (Combo combo : combos) {
                BitSet used = combo.used();
                int tenths = 0;
                int mcs = 0;
                for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
                    tenths += c.leaves.get(i).tenths();
                    mcs += c.leaves.get(i).microCredential() ? 1 : 0;
                }
                totals.add(tenths);
                fewest = Math.min(fewest, mcs);
            }
            return new Result(true, null, totals.stream().map(CreditPoints::new).toList(), combos.isEmpty() ? 0 : fewest);
        } catch (Undecided e) {
            return new Result(false, e.getMessage(), List.of(), 0);
        }
    }

    private List<Combo> eval(Requirement node, boolean sharedAbove, Set<ItemId> nesting) {
        boolean shared = sharedAbove || node.options().sharing() == Sharing.SHARED;
        return switch (node) {
            case Requirement.Unit u -> unit(u, shared, nesting);
            case Requirement.AllOf a -> {
                List<Combo> acc = List.of(EMPTY);
                for (Requirement child : a.of()) {
                    acc = product(acc, eval(child, shared, nesting));
                }
                yield acc;
            }
            case Requirement.AtLeast a -> choose(children(a.of(), shared, nesting), a.count());
            case Requirement.MinCredits m -> minCredits(children(m.from(), shared, nesting), m.credits().tenths());
            case Requirement.Quota q -> quota(q, shared, nesting);
        };
    }

    private List<List<Combo>> children(List<Requirement> nodes, boolean shared, Set<ItemId> nesting) {
        List<List<Combo>> lists = new ArrayList<>(nodes.size());
        for (Requirement n : nodes) {
            lists.add(eval(n, shared, nesting));
        }
        return lists;
    }

    private List<Combo> unit(Requirement.Unit u, boolean shared, Set<ItemId> nesting) {
        if (u.kind() == ItemKind.MICRO_DEGREE) {
            if (!nesting.add(u.id())) {
                throw new Undecided("the programme " + u.id() + " contains itself");
            }
            MicroDegreeProgramme md = design.microDegree(u.id()).orElseThrow(() -> new Undecided("the programme " + u.id() + " is unknown"));
            List<Combo> inner = eval(md.completion(), shared, nesting);
            nesting.remove(u.id());
            return inner;
        }
        Optional<? extends CatalogueItem> unit = switch (u.kind()) {
            case MODULE -> design.module(u.id());
            case MICRO_CREDENTIAL -> design.microCredential(u.id());
            default -> Optional.empty();
        };
        if (unit.isEmpty()) {
            throw new Undecided("the " + u.kind().code() + " " + u.id() + " is unknown");
        }
        CreditPoints cp = unit.get().creditPoints();
        if (cp == null) {
            throw new Undecided("the " + u.kind().code() + " " + u.id() + " states no credit points");
        }
        int i = index.computeIfAbsent(u.kind().code() + " " + u.id(), k -> {
            leaves.add(new Leaf(u.id(), cp.tenths(), u.kind() == ItemKind.MICRO_CREDENTIAL));
            return leaves.size() - 1;
        });
        BitSet bit = new BitSet();
        bit.set(i);
        return List.of(shared ? new Combo(new BitSet(), bit) : new Combo(bit, new BitSet()));
    }

    /** Every way to complete exactly {@code n} of the children. */
    private List<Combo> choose(List<List<Combo>> lists, int n) {
        if (n <= 0) {
            return List.of(EMPTY);
        }
        Set<Combo> out = new LinkedHashSet<>();
        choose(lists, 0, n, List.of(EMPTY), out);
        return List.copyOf(out);
    }

    private void choose(List<List<Combo>> lists, int start, int remaining, List<Combo> acc, Set<Combo> out) {
        if (remaining == 0) {
            out.addAll(acc);
            limit(out.size());
            return;
        }
        for (int i = start; i <= lists.size() - remaining; i++) {
            List<Combo> next = product(acc, lists.get(i));
            if (!next.isEmpty()) {
                choose(lists, i + 1, remaining - 1, next, out);
            }
        }
    }

    /** Every minimal set of children whose completions add up to at least {@code tenths}. */
    private List<Combo> minCredits(List<List<Combo>> lists, int tenths) {
        if (tenths <= 0) {
            return List.of(EMPTY);
        }
        Set<Combo> out = new LinkedHashSet<>();
        minCredits(lists, 0, EMPTY, new ArrayList<>(), tenths, out);
        return List.copyOf(out);
    }

    private void minCredits(List<List<Combo>> lists, int start, Combo acc, List<Combo> chosen, int tenths, Set<Combo> out) {
        for (int j = start; j < lists.size(); j++) {
            for (Combo c : lists.get(j)) {
                Combo next = combine(acc, c);
                if (next == null) {
                    continue;
                }
                chosen.add(c);
                if (total(next.used()) >= tenths) {
                    if (withoutAnyFallsShort(chosen, tenths)) {
                        out.add(next);
                        limit(out.size());
                    }
                } else {
                    minCredits(lists, j + 1, next, chosen, tenths, out);
                }
                chosen.removeLast();
            }
        }
    }

    private boolean withoutAnyFallsShort(List<Combo> chosen, int tenths) {
        for (int k = 0; k < chosen.size(); k++) {
            BitSet rest = new BitSet();
            for (int m = 0; m < chosen.size(); m++) {
                if (m != k) {
                    rest.or(chosen.get(m).used());
                }
            }
            if (total(rest) >= tenths) {
                return false;
            }
        }
        return true;
    }

    /** Exactly each share's count of children from that institution. */
    private List<Combo> quota(Requirement.Quota q, boolean shared, Set<ItemId> nesting) {
        List<Combo> acc = List.of(EMPTY);
        for (Requirement.Share share : q.shares()) {
            List<List<Combo>> group = new ArrayList<>();
            for (Requirement child : q.from()) {
                if (share.institution().value().equals(institutionOf(child))) {
                    group.add(eval(child, shared, nesting));
                }
            }
            acc = product(acc, choose(group, share.count()));
        }
        return acc;
    }

    /** The institution of a quota's child: of its units, when they all belong to one. */
    static @Nullable String institutionOf(Requirement node) {
        Set<String> institutions = new HashSet<>();
        Requirement.forEachUnit(node, "", (path, unit) -> institutions.add(unit.id().institution()));
        return institutions.size() == 1 ? institutions.iterator().next() : null;
    }

    private List<Combo> product(List<Combo> a, List<Combo> b) {
        steps += a.size() * b.size();
        if (steps > STEP_LIMIT) {
            throw new Undecided("the tree has too many combinations to check");
        }
        if (a.size() == 1 && a.getFirst() == EMPTY) {
            return b;
        }
        Set<Combo> out = new LinkedHashSet<>();
        for (Combo x : a) {
            for (Combo y : b) {
                Combo c = combine(x, y);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        limit(out.size());
        return List.copyOf(out);
    }

    /** Both completions together, unless they count one unit twice at exclusive nodes. */
    private static @Nullable Combo combine(Combo x, Combo y) {
        if (x.exclusive().intersects(y.exclusive())) {
            return null;
        }
        BitSet e = (BitSet) x.exclusive().clone();
        e.or(y.exclusive());
        BitSet s = (BitSet) x.shared().clone();
        s.or(y.shared());
        return new Combo(e, s);
    }

    private int total(BitSet used) {
        int t = 0;
        for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
            t += leaves.get(i).tenths();
        }
        return t;
    }

    private static void limit(int size) {
        if (size > LIMIT) {
            throw new Undecided("the tree can be completed in more than " + LIMIT + " ways");
        }
    }

    /** Drops completions that use a strict superset of another's units: a learner would stop earlier. */
    private List<Combo> minimal(List<Combo> combos) {
        if (combos.size() > 3000) {
            return combos;
        }
        List<BitSet> used = combos.stream().map(Combo::used).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < combos.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> used.get(i).cardinality()));
        List<Combo> out = new ArrayList<>();
        List<BitSet> kept = new ArrayList<>();
        for (int i : order) {
            BitSet u = used.get(i);
            boolean superset = false;
            for (BitSet k : kept) {
                if (k.cardinality() < u.cardinality()) {
                    BitSet and = (BitSet) k.clone();
                    and.and(u);
                    if (and.equals(k)) {
                        superset = true;
                        break;
                    }
                }
            }
            if (!superset) {
                out.add(combos.get(i));
                kept.add(u);
            }
        }
        return out;
    }
}
