package org.microdegree.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microdegree.catalog.model.CatalogueBundle;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.conformance.internal.CatalogueDesign;
import org.microdegree.conformance.rules.DesignRules;
import org.microdegree.demo.SyntheticCatalogue;
import org.microdegree.policy.Profiles;
import org.microdegree.policy.model.RuleProfile;
import org.microdegree.skills.Skills;
import org.microdegree.skills.internal.ShippedEscoSkillsAccess;

/**
 * Whole-run measurement of the rule evaluation alone (no parsing, no database): 10,000 MCs and
 * 1,000 programmes against luh-2023 and eu-2022, repeated, median printed. Not a test; run it as
 * docs/benchmarks.md says.
 */
public final class ConformanceBench {

    private ConformanceBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        Skills skills = ShippedEscoSkillsAccess.create();
        CatalogueBundle bundle = new SyntheticCatalogue(skills.skillUris()).generate(7, 20_000, 10_000, 1_000);
        List<CatalogueItem> subjects = new ArrayList<>(bundle.microCredentials());
        subjects.addAll(bundle.microDegrees());
        List<RuleProfile> profiles = List.of(Profiles.shipped().get("luh-2023"), Profiles.shipped().get("eu-2022"));
        List<Long> times = new ArrayList<>();
        long findings = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            CatalogueDesign design = new CatalogueDesign(Map.of(), (k, id) -> Optional.empty(), skills::isSkill);
            bundle.institutions().forEach(design::with);
            bundle.items().forEach(design::with);
            DesignRules rules = new DesignRules(design);
            findings = 0;
            for (CatalogueItem item : subjects) {
                for (RuleProfile p : profiles) {
                    findings += rules.evaluate(item, p).size();
                }
            }
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> sorted = times.stream().sorted().toList();
        System.out.printf("%d MCs + %d MDs, %d findings per run; runs (ms): %s; median %d ms (first run %d ms)%n",
                bundle.microCredentials().size(), bundle.microDegrees().size(), findings, times, sorted.get(sorted.size() / 2), times.getFirst());
    }
}
