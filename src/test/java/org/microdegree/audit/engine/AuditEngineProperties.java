package org.microdegree.audit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.catalog.model.Sharing;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;

/**
 * On random small trees and evidence, the engine agrees with trying every allocation: the same
 * answer (met or not) and, when met, as few pieces of evidence and the same CP used. The brute force
 * below shares no code with the engine.
 */
class AuditEngineProperties {

    static final String[] MCS = {"luh:mc-1", "luh:mc-2", "lut:mc-3", "lut:mc-4", "but:mc-5"};
    static final String[] MODULES = {"luh:m-1", "luh:m-2", "lut:m-3", "lut:m-4"};

    record Case(SmallCatalogue catalogue, Requirement tree, List<Proof> evidence) {}

    static Case randomCase(long seed) {
        Random r = new Random(seed);
        SmallCatalogue c = new SmallCatalogue();
        for (String m : MODULES) {
            c.module(m, 1 + r.nextInt(5));
        }
        for (String mc : MCS) {
            int n = r.nextInt(3);
            List<String> mods = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                mods.add(MODULES[r.nextInt(MODULES.length)]);
            }
            c.mc(mc, 2 + r.nextInt(5), mods.stream().distinct().toArray(String[]::new));
        }
        Requirement tree = node(r, 0);
        List<Proof> evidence = new ArrayList<>();
        int proofs = r.nextInt(7);
        for (int i = 0; i < proofs; i++) {
            boolean module = r.nextInt(3) == 0;
            String item = module ? MODULES[r.nextInt(MODULES.length)] : MCS[r.nextInt(MCS.length)];
            int tenths = r.nextInt(4) == 0 ? 10 * (1 + r.nextInt(3)) : c.tenths.get(ItemId.of(item));
            evidence.add(new Proof("e" + i, module ? ItemKind.MODULE : ItemKind.MICRO_CREDENTIAL, ItemId.of(item), tenths, 2.0,
                    LocalDate.of(2025, 1, 1)));
        }
        return new Case(c, tree, evidence);
    }

    static Requirement node(Random r, int depth) {
        Requirement.Options o = new Requirement.Options(null, r.nextInt(5) == 0 ? Sharing.SHARED : Sharing.EXCLUSIVE);
        if (depth >= 2 || r.nextInt(3) == 0) {
            boolean module = r.nextInt(4) == 0;
            return new Requirement.Unit(module ? ItemKind.MODULE : ItemKind.MICRO_CREDENTIAL,
                    ItemId.of(module ? MODULES[r.nextInt(MODULES.length)] : MCS[r.nextInt(MCS.length)]), o);
        }
        int n = 1 + r.nextInt(3);
        List<Requirement> kids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            kids.add(node(r, depth + 1));
        }
        return switch (r.nextInt(4)) {
            case 0 -> new Requirement.AllOf(kids, o);
            case 1 -> new Requirement.AtLeast(1 + r.nextInt(n), kids, o);
            case 2 -> new Requirement.MinCredits(CreditPoints.of(2 + r.nextInt(9)), kids, o);
            default -> new Requirement.Quota(List.of(new Requirement.Share(InstitutionId.of("luh"), r.nextInt(2)),
                    new Requirement.Share(InstitutionId.of("lut"), r.nextInt(2))), kids, o);
        };
    }

    // ---- the brute force ----

    record Way(Set<String> proofs, int credits) {}

    record Leaf(Requirement.Unit unit, boolean shared, List<Way> ways) {}

    static void leaves(Requirement n, boolean shared, SmallCatalogue c, List<Proof> ev, List<Leaf> out) {
        boolean s = shared || n.options().sharing() == Sharing.SHARED;
        if (n instanceof Requirement.Unit u) {
            int unitTenths = c.tenths(u.kind(), u.id());
            List<Way> ways = new ArrayList<>();
            for (Proof p : ev) {
                if (p.kind() == u.kind() && p.item().equals(u.id())) {
                    ways.add(new Way(Set.of(p.id()), Math.min(p.tenths(), unitTenths)));
                }
            }
            if (u.kind() == ItemKind.MICRO_CREDENTIAL && !c.modulesOf(u.id()).isEmpty()) {
                List<Set<String>> combos = new ArrayList<>(List.of(Set.of()));
                for (ItemId m : c.modulesOf(u.id())) {
                    List<Set<String>> next = new ArrayList<>();
                    for (Set<String> combo : combos) {
                        for (Proof p : ev) {
                            if (p.kind() == ItemKind.MODULE && p.item().equals(m)) {
                                Set<String> more = new HashSet<>(combo);
                                more.add(p.id());
                                next.add(more);
                            }
                        }
                    }
                    combos = next;
                }
                combos.forEach(k -> ways.add(new Way(k, unitTenths)));
            }
            out.add(new Leaf(u, s, ways));
            return;
        }
        n.children().forEach(k -> leaves(k, s, c, ev, out));
    }

    /** Met? and credits, given each leaf's way (null: none), walking the tree in the same leaf order. */
    static int[] evaluate(Requirement n, List<Leaf> leaves, Way[] chosen, int[] next, SmallCatalogue c) {
        return evaluate(n, false, leaves, chosen, next, c);
    }

    static int[] evaluate(Requirement n, boolean inShared, List<Leaf> leaves, Way[] chosen, int[] next, SmallCatalogue c) {
        boolean shared = inShared || n.options().sharing() == Sharing.SHARED;
        if (n instanceof Requirement.Unit u) {
            int i = next[0]++;
            Way w = chosen[i];
            int credits = w == null ? 0 : w.credits();
            return new int[]{w != null && credits >= c.tenths(u.kind(), u.id()) ? 1 : 0, credits};
        }
        List<int[]> kids = new ArrayList<>();
        n.children().forEach(k -> kids.add(evaluate(k, shared, leaves, chosen, next, c)));
        int met = 0;
        int metCredits = 0;
        int all = 0;
        int counted = 0;
        for (int i = 0; i < kids.size(); i++) {
            // the CP of a shared part are counted elsewhere: they do not add up again above it
            boolean kidShared = shared || n.children().get(i).options().sharing() == Sharing.SHARED;
            int added = kidShared && !shared ? 0 : kids.get(i)[1];
            all += added;
            if (kids.get(i)[0] == 1) {
                met++;
                metCredits += added;
            }
            if (kids.get(i)[0] == 1 || n.children().get(i) instanceof Requirement.Unit) {
                counted += kids.get(i)[1];
            }
        }
        return switch (n) {
            case Requirement.AllOf a -> new int[]{met == kids.size() ? 1 : 0, all};
            case Requirement.AtLeast a -> new int[]{met >= a.count() ? 1 : 0, metCredits};
            case Requirement.MinCredits m -> new int[]{counted >= m.credits().tenths() ? 1 : 0, counted};
            case Requirement.Quota q -> {
                // each share is a minimum and a maximum: only the share's best met units count
                boolean ok = true;
                int credited = 0;
                for (Requirement.Share s : q.shares()) {
                    List<Integer> own = new ArrayList<>();
                    for (int i = 0; i < kids.size(); i++) {
                        boolean kidShared = shared || n.children().get(i).options().sharing() == Sharing.SHARED;
                        if (kids.get(i)[0] == 1 && firstInstitution(n.children().get(i)).equals(s.institution().value())) {
                            own.add(kidShared && !shared ? 0 : kids.get(i)[1]);
                        }
                    }
                    ok &= own.size() >= s.count();
                    credited += own.stream().sorted(Comparator.reverseOrder()).limit(s.count()).mapToInt(Integer::intValue).sum();
                }
                yield new int[]{ok ? 1 : 0, credited};
            }
            default -> throw new IllegalStateException();
        };
    }

    static String firstInstitution(Requirement n) {
        return n instanceof Requirement.Unit u ? u.id().institution() : firstInstitution(n.children().getFirst());
    }

    /** {met (0/1), fewest proofs, their CP}, trying every way for every leaf. */
    static int[] bruteForce(Case k) {
        List<Leaf> leaves = new ArrayList<>();
        leaves(k.tree(), false, k.catalogue(), k.evidence(), leaves);
        Way[] chosen = new Way[leaves.size()];
        int[] best = {0, Integer.MAX_VALUE, Integer.MAX_VALUE};
        Map<String, Integer> tenths = new HashMap<>();
        k.evidence().forEach(p -> tenths.put(p.id(), p.tenths()));
        tryAll(0, leaves, chosen, k, best, tenths);
        return best;
    }

    static void tryAll(int i, List<Leaf> leaves, Way[] chosen, Case k, int[] best, Map<String, Integer> tenths) {
        if (i == leaves.size()) {
            // exclusive units never share evidence with each other; shared units may count anything again
            Map<String, Integer> exclusiveUse = new HashMap<>();
            Set<String> sharedUse = new HashSet<>();
            for (int l = 0; l < leaves.size(); l++) {
                if (chosen[l] == null) {
                    continue;
                }
                for (String p : chosen[l].proofs()) {
                    if (leaves.get(l).shared()) {
                        sharedUse.add(p);
                    } else {
                        exclusiveUse.merge(p, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<String, Integer> e : exclusiveUse.entrySet()) {
                if (e.getValue() > 1) {
                    return;
                }
            }
            if (evaluate(k.tree(), leaves, chosen, new int[]{0}, k.catalogue())[0] == 1) {
                Set<String> used = new HashSet<>(exclusiveUse.keySet());
                used.addAll(sharedUse);
                int cp = used.stream().mapToInt(tenths::get).sum();
                if (used.size() < best[1] || used.size() == best[1] && cp < best[2]) {
                    best[0] = 1;
                    best[1] = used.size();
                    best[2] = cp;
                }
            }
            return;
        }
        chosen[i] = null;
        tryAll(i + 1, leaves, chosen, k, best, tenths);
        for (Way w : leaves.get(i).ways()) {
            chosen[i] = w;
            tryAll(i + 1, leaves, chosen, k, best, tenths);
        }
        chosen[i] = null;
    }

    @Property(tries = 2000)
    void theEngineAgreesWithTryingEveryAllocation(@ForAll long seed) {
        Case k = randomCase(seed);
        AuditResult r = AuditEngine.audit(ItemId.of("luh:md-x"), k.tree(), 0, k.evidence(), k.catalogue(), AuditPolicy.on(LocalDate.of(2026, 1, 1)));
        int[] expected = bruteForce(k);
        Statistics.collect(r.complete() ? "met" : "not met");
        assertThat(r.complete()).as("met, for seed " + seed).isEqualTo(expected[0] == 1);
        if (r.complete()) {
            Map<String, Integer> tenths = new HashMap<>();
            k.evidence().forEach(p -> tenths.put(p.id(), p.tenths()));
            assertThat(r.used().size()).as("pieces of evidence used, seed " + seed).isEqualTo(expected[1]);
            assertThat(r.used().stream().mapToInt(tenths::get).sum()).as("CP used, seed " + seed).isEqualTo(expected[2]);
        }
        // the random cases must not be trivial: both answers occur often
        Statistics.coverage(c -> {
            c.check("met").percentage(p -> p > 10);
            c.check("not met").percentage(p -> p > 10);
        });
    }
}
