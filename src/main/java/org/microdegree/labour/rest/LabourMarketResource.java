package org.microdegree.labour.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.labour.Demand;
import org.microdegree.labour.DemandFigure;
import org.microdegree.labour.ImportedFigures;
import org.microdegree.labour.LabourMarket;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;
import org.microdegree.skills.Skills;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/labour-market")
@Tag(name = "Labour market", description = "Figures per ESCO occupation and region, and the demand a design's skills speak to")
@RequiredArgsConstructor
class LabourMarketResource {

    private final LabourMarket market;
    private final Skills skills;

    record Figure(String occupation, String region, String period, String measure, long value, String source) {
        static Figure of(DemandFigure f) {
            return new Figure(f.occupation(), f.region(), f.period(), f.measure().code(), f.figure(), f.source());
        }
    }

    @PostMapping(value = "/figures", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Import labour-market figures (CSV, docs/labour-market.md): all rows or none; errors name line and column", description = "Columns: occupation (ESCO URI), occupation_label (optional), region (NUTS code or EU27), period (2025, 2025-Q3, 2025-09),"
            + " measure (vacancies | job-ads), value, source. A figure of the same occupation, region, period and measure replaces"
            + " the one before. Designers and admins.")
    ImportedFigures importCsv(@RequestBody byte[] content, Actor actor) {
        return market.importCsv("figures.csv", content, actor);
    }

    @GetMapping("/figures")
    @Operation(summary = "The figures known, all or for one ESCO occupation")
    List<Figure> figures(@RequestParam(name = "occupation", required = false) @Nullable String occupation) {
        return (occupation == null ? market.figures() : market.figuresOf(occupation)).stream().map(Figure::of).toList();
    }

    record OccupationDemand(String uri, String label, int percent, int matchedEssential, int essentialTotal, long openings,
            List<Figure> figures) {}

    record DemandView(boolean known, long openings, long weightedOpenings, List<String> periods, List<String> regions, List<String> sources,
            List<OccupationDemand> occupations) {}

    @GetMapping("/demand")
    @Operation(summary = "The demand these skills speak to: the ESCO occupations they cover best, the newest figures per region, and the openings"
            + " weighted by the share of each occupation's essential skills covered (the demand indicator)")
    DemandView demand(@RequestParam(name = "skill", required = false) @Nullable List<String> skill) {
        List<Violation> problems = skills.problemsOf("skill", skill);
        if (!problems.isEmpty() || skill == null) {
            throw new InvalidInputException(problems);
        }
        Demand d = market.demandFor(skill);
        return new DemandView(d.known(), d.openings(), d.weightedOpenings(), d.periods(), d.regions(), d.sources(),
                d.occupations().stream().map(o -> new OccupationDemand(o.fit().occupation().uri(), o.fit().occupation().label(), o.fit().percent(),
                        o.fit().matchedEssential().size(), o.fit().essentialTotal(), o.openings(), o.figures().stream().map(Figure::of).toList()))
                        .toList());
    }
}
