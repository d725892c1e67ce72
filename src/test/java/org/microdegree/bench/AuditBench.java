package org.microdegree.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.microdegree.audit.engine.AuditEngine;
import org.microdegree.audit.engine.AuditPolicy;
import org.microdegree.audit.engine.Proof;
import org.microdegree.audit.engine.Units;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Module;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.demo.SyntheticCatalogue;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.ItemId;
import org.microdegree.skills.internal.ShippedEscoSkillsAccess;

/**
 * Whole-run measurement of single audits (no database): typical learners with 30 results against
 * programmes of 15 to 25 nodes from the generated catalogue, half of whom have met their programme.
 * Prints the median time per audit over repeated batches. Not a test; run it as docs/benchmarks.md says.
 */
public final class AuditBench {

    private AuditBench() {
    }

    record Case(MicroDegreeProgramme md, List<Proof> evidence) {}

    /** The units of the catalogue and the learner/programme cases. */
    record Typical(Units units, List<Case> cases) {}

    /**
     * Typical learners: 30 results each against programmes of 15 to 25 nodes built from the
     * generated catalogue (seed 7), half of whom hold every unit of their programme.
     */
    static Typical typical() {
        CatalogueBundle bundle = new SyntheticCatalogue(ShippedEscoSkillsAccess.create().skillUris()).generate(7, 3000, 400, 80);
        Map<ItemId, Integer> tenths = new HashMap<>();
        Map<ItemId, List<ItemId>> modules = new HashMap<>();
        Map<ItemId, Requirement> trees = new HashMap<>();
        bundle.modules().forEach(m -> tenths.put(m.id(), m.creditPoints().tenths()));
        bundle.microCredentials().forEach(m -> {
            tenths.put(m.id(), m.creditPoints().tenths());
            modules.put(m.id(), m.modules());
        });
        bundle.microDegrees().forEach(m -> {
            tenths.put(m.id(), m.creditPoints().tenths());
            trees.put(m.id(), m.requirements());
        });
        Units units = new Units() {
            public int tenths(ItemKind kind, ItemId id) {
                return tenths.getOrDefault(id, 0);
            }

            public List<ItemId> modulesOf(ItemId mc) {
                return modules.getOrDefault(mc, List.of());
            }

            public Optional<Requirement> treeOf(ItemId md) {
                return Optional.ofNullable(trees.get(md));
            }
        };
        Random random = new Random(7);
        List<Case> cases = new ArrayList<>();
        List<Module> allModules = bundle.modules();
        // programmes of typical size, built from the generated micro-credentials: four sub-areas of different kinds
        List<MicroCredential> mcs = bundle.microCredentials();
        List<MicroDegreeProgramme> typical = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            List<Requirement> parts = new ArrayList<>();
            parts.add(new Requirement.AtLeast(2, units(mcs, random, 3), Requirement.Options.DEFAULT));
            parts.add(new Requirement.MinCredits(CreditPoints.of(10), units(mcs, random, 4), Requirement.Options.DEFAULT));
            parts.add(new Requirement.AllOf(units(mcs, random, 3), Requirement.Options.DEFAULT));
            parts.add(new Requirement.AtLeast(1, units(mcs, random, 2 + random.nextInt(4)), Requirement.Options.DEFAULT));
            Requirement tree = new Requirement.AllOf(parts, Requirement.Options.DEFAULT);
            MicroDegreeProgramme base = bundle.microDegrees().get(p % bundle.microDegrees().size());
            ItemId id = ItemId.of("luh:md-typical-" + p);
            typical.add(new MicroDegreeProgramme(id, 1, base.status(), base.title(), null, tree, CreditPoints.of(30),
                    base.eqfLevel(), null, null, base.labourMarketRationale(), base.targetGroups(), base.participatingInstitutions(), base.ruleProfiles(),
                    false, base.languages(), base.mode(), base.skills(), base.unit(), base.counsellingContact(), base.qualityAssurance(),
                    base.furtherInformation(), null, null, null, null, null));
            tenths.put(id, 300);
            trees.put(id, tree);
        }
        for (MicroDegreeProgramme md : typical) {
            int nodes = count(md.requirements());
            if (nodes < 15 || nodes > 25) {
                continue;
            }
            for (int learner = 0; learner < 20; learner++) {
                List<Proof> evidence = new ArrayList<>();
                List<ItemId> units2 = new ArrayList<>();
                Requirement.forEachUnit(md.requirements(), "r", (p, u) -> units2.add(u.id()));
                // half of the learners hold every unit of their programme, the others most of them
                for (ItemId u : units2) {
                    if (learner % 2 == 0 || random.nextInt(4) != 0) {
                        boolean mc = bundle.microCredentials().stream().anyMatch(m -> m.id().equals(u));
                        evidence.add(new Proof("p" + evidence.size(), mc ? ItemKind.MICRO_CREDENTIAL : ItemKind.MODULE, u,
                                tenths.getOrDefault(u, 50), 2.0, LocalDate.of(2025, 1, 1)));
                    }
                }
                while (evidence.size() < 30) {
                    Module m = allModules.get(random.nextInt(allModules.size()));
                    evidence.add(new Proof("p" + evidence.size(), ItemKind.MODULE, m.id(), m.creditPoints().tenths(), 2.3, LocalDate.of(2024, 6, 1)));
                }
                cases.add(new Case(md, evidence.subList(0, Math.min(30, evidence.size()))));
            }
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException("no programme of 15 to 25 nodes was generated");
        }
        return new Typical(units, cases);
    }

    public static void main(String[] args) {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Typical typical = typical();
        Units units = typical.units();
        List<Case> cases = typical.cases();
        AuditPolicy policy = AuditPolicy.on(LocalDate.of(2026, 1, 1));
        long complete = 0;
        List<Double> perAudit = new ArrayList<>();
        int perBatch = 20_000;
        for (int b = 0; b < batches + 5; b++) {
            long start = System.nanoTime();
            complete = 0;
            for (int i = 0; i < perBatch; i++) {
                Case c = cases.get(i % cases.size());
                if (AuditEngine.audit(c.md().id(), c.md().requirements(), c.md().creditPoints().tenths(), c.evidence(), units, policy).complete()) {
                    complete++;
                }
            }
            double micros = (System.nanoTime() - start) / 1000.0 / perBatch;
            if (b >= 5) {
                perAudit.add(micros);
            }
        }
        List<Double> sorted = perAudit.stream().sorted().toList();
        System.out.printf("%d learner/programme cases (%d programmes of 15-25 nodes, 30 results each); %d of %d audits complete per batch;"
                + " per audit (us), %d batches of %d after 5 warm-up: median %.1f, min %.1f, max %.1f%n",
                cases.size(), cases.size() / 20, complete, perBatch, sorted.size(), perBatch, sorted.get(sorted.size() / 2), sorted.getFirst(),
                sorted.getLast());
    }

    static List<Requirement> units(List<MicroCredential> mcs, Random random, int n) {
        List<Requirement> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Requirement.Unit(ItemKind.MICRO_CREDENTIAL, mcs.get(random.nextInt(mcs.size())).id(), Requirement.Options.DEFAULT));
        }
        return out;
    }

    static int count(Requirement r) {
        int n = 1;
        for (Requirement c : r.children()) {
            n += count(c);
        }
        return n;
    }
}
