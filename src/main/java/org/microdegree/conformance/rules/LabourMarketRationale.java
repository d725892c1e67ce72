package org.microdegree.conformance.rules;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.shared.ItemId;

/**
 * LUH 2023: "there is a need in the labour market for exactly this composition". The programme
 * must say why; where the skills of its micro-credentials cover ESCO occupations, the finding names
 * them, and where labour-market figures were imported for them it cites the openings, or fails
 * when they show none.
 */
final class LabourMarketRationale {

    private LabourMarketRationale() {
    }

    static Verdict verdict(MicroDegreeProgramme md, Design design) {
        if (md.labourMarketRationale() == null) {
            return Verdict.fail("labourMarketRationale", "fail");
        }
        Optional<LabourMarketEvidence> evidence = design.labourMarket(skillsOf(md, design, new LinkedHashSet<>()));
        if (evidence.isEmpty() || evidence.get().occupations().isEmpty()) {
            return Verdict.pass("labourMarketRationale");
        }
        LabourMarketEvidence e = evidence.get();
        String occupations = String.join(", ", e.occupations());
        if (!e.figures()) {
            return Verdict.passWith("labourMarketRationale", "pass-occupations", "occupations", occupations);
        }
        String sources = String.join("; ", e.sources());
        if (e.openings() == 0) {
            return Verdict.fail("labourMarketRationale", "fail-no-demand", "occupations", occupations, "sources", sources);
        }
        return Verdict.passWith("labourMarketRationale", "pass-figures", "occupations", occupations, "openings", e.openings(), "weighted",
                e.weightedOpenings(), "periods", String.join(", ", e.periods()), "regions", String.join(", ", e.regions()), "sources", sources);
    }

    /** The skills the programme teaches: its own and those of its micro-credentials, through nested programmes. */
    private static Set<String> skillsOf(MicroDegreeProgramme md, Design design, Set<ItemId> visited) {
        Set<String> skills = new LinkedHashSet<>(md.skills());
        if (!visited.add(md.id())) {
            return skills;
        }
        for (ItemId id : md.microCredentials()) {
            design.microCredential(id).ifPresent(mc -> skills.addAll(mc.skills()));
        }
        for (ItemId id : md.nestedProgrammes()) {
            design.microDegree(id).ifPresent(nested -> skills.addAll(skillsOf(nested, design, visited)));
        }
        return skills;
    }
}
