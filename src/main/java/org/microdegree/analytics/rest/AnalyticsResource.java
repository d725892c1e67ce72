package org.microdegree.analytics.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.analytics.Analytics;
import org.microdegree.analytics.Overview;
import org.microdegree.analytics.ProgrammeAnalysis;
import org.microdegree.analytics.ProgrammeFigures;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The analytics over the API, for designers, quality assurance and registrars of the institution. */
@RestController
@Tag(name = "Analytics")
@RequiredArgsConstructor
class AnalyticsResource {

    private final Analytics analytics;

    @GetMapping("/api/v1/analytics")
    @Operation(summary = "An institution's programmes with applications, admitted, enrolled, withdrawn, completed, certificates and median days to"
            + " completion", description = "term: 2026-SS (April to September) or 2026-WS (October to March); all terms when left out. Each event counts"
                    + " in the term it happened. institution: one where the caller is designer, quality assurance or registrar (the first when left out).")
    Map<String, Object> overview(@RequestParam(required = false) @Nullable String institution, @RequestParam(required = false) @Nullable String term,
            Actor actor) {
        Overview o = analytics.overview(actor, institution, term);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("institution", o.institution());
        m.put("term", o.term() == null ? null : o.term().code());
        m.put("terms", o.terms().stream().map(t -> t.code()).toList());
        m.put("programmes", o.programmes().stream().map(AnalyticsResource::figures).toList());
        return m;
    }

    @GetMapping("/api/v1/analytics/programmes/{id}")
    @Operation(summary = "One programme closely: figures per term, learners who passed each component, where those who have not completed stand"
            + " (the component they passed last), the ESCO skills gained")
    Map<String, Object> programme(@PathVariable String id, @RequestParam(required = false) @Nullable String term, Actor actor) {
        if (!ItemId.isValid(id)) {
            throw InvalidInputException.of("id", "'" + id + "' is not an id of the form institution:name");
        }
        ProgrammeAnalysis a = analytics.programme(actor, ItemId.of(id), term);
        Map<String, Object> m = new LinkedHashMap<>(figures(a.figures()));
        m.put("enrolledNow", a.enrolledNow());
        m.put("completedNow", a.completedNow());
        m.put("perTerm", a.perTerm().stream().map(t -> Map.of("term", t.term().code(), "applications", t.applications(), "admitted", t.admitted(),
                "enrolled", t.enrolled(), "completed", t.completed(), "certificates", t.certificates())).toList());
        m.put("passed", counts(a.passed()));
        m.put("stoppedAfter", counts(a.stoppedAt()));
        m.put("skills", counts(a.skills()));
        return m;
    }

    private static List<Map<String, Object>> counts(List<ProgrammeAnalysis.Count> counts) {
        return counts.stream().map(c -> Map.<String, Object>of("id", c.key().isEmpty() ? "none" : c.key(), "label", c.label(), "learners", c.value()))
                .toList();
    }

    private static Map<String, Object> figures(ProgrammeFigures p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", p.kind().code());
        m.put("id", p.id().value());
        m.put("title", p.title().en());
        m.put("applications", p.applications());
        m.put("admitted", p.admitted());
        m.put("enrolled", p.enrolled());
        m.put("withdrawn", p.withdrawn());
        m.put("completed", p.completed());
        m.put("certificates", p.certificates());
        m.put("medianDaysToCompletion", p.medianDays());
        return m;
    }
}
