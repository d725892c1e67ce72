package org.microdegree.web.pages;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.analytics.Analytics;
import org.microdegree.analytics.AnalyticsCsv;
import org.microdegree.analytics.Overview;
import org.microdegree.analytics.ProgrammeAnalysis;
import org.microdegree.analytics.ProgrammeFigures;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analytics desk of designers, quality assurance and registrars: an institution's programmes
 * with their figures per term, and one programme closely; every chart with its numbers as a
 * table beside it and as CSV.
 */
@Controller
@RequiredArgsConstructor
class AnalyticsController {

    private final Analytics analytics;
    private final MessageSource messages;

    @GetMapping("/analytics")
    String overview(@RequestParam(required = false) @Nullable String institution, @RequestParam(required = false) @Nullable String term, Actor actor,
            Model model) {
        Overview o = analytics.overview(actor, institution, term);
        String lang = language();
        List<ProgrammeFigures> shown = o.programmes().stream().filter(p -> p.enrolled() + p.applications() + p.completed() > 0).limit(20).toList();
        List<String> labels = shown.stream().map(p -> p.title().in(lang)).toList();
        model.addAttribute("o", o);
        model.addAttribute("lang", lang);
        model.addAttribute("enrolledChart", BarChart.of("chart-enrolled", text("analytics.chart.enrolled"), labels,
                shown.stream().map(ProgrammeFigures::enrolled).toList()));
        model.addAttribute("completedChart", BarChart.of("chart-completed", text("analytics.chart.completed"), labels,
                shown.stream().map(ProgrammeFigures::completed).toList()));
        return "analytics/overview";
    }

    @GetMapping("/analytics/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String institution, @RequestParam(required = false) @Nullable String term,
            Actor actor) {
        Overview o = analytics.overview(actor, institution, term);
        return csv("analytics-" + o.institution() + "-" + (o.term() == null ? "all" : o.term().code()) + ".csv", AnalyticsCsv.of(o));
    }

    @GetMapping("/analytics/programmes/{id}")
    String programme(@PathVariable String id, @RequestParam(required = false) @Nullable String term, Actor actor, Model model) {
        ProgrammeAnalysis a = analytics.programme(actor, itemId(id), term);
        ProgrammeFigures f = a.figures();
        String lang = language();
        model.addAttribute("a", a);
        model.addAttribute("f", f);
        model.addAttribute("lang", lang);
        model.addAttribute("term", term == null ? "" : term);
        model.addAttribute("funnel", BarChart.of("chart-funnel", text("analytics.chart.funnel"),
                List.of(text("analytics.applications"), text("analytics.admitted"), text("analytics.enrolled"), text("analytics.completed"),
                        text("analytics.certificates")),
                List.of(f.applications(), f.admitted(), f.enrolled(), f.completed(), f.certificates())));
        model.addAttribute("termsChart", BarChart.of("chart-terms", text("analytics.chart.terms"),
                a.perTerm().stream().map(t -> t.term().label()).toList(), a.perTerm().stream().map(ProgrammeAnalysis.TermFigures::enrolled).toList()));
        model.addAttribute("passedChart", BarChart.of("chart-passed", text("analytics.chart.passed"),
                a.passed().stream().map(ProgrammeAnalysis.Count::label).toList(), a.passed().stream().map(ProgrammeAnalysis.Count::value).toList()));
        model.addAttribute("stoppedChart", BarChart.of("chart-stopped", text("analytics.chart.stopped"),
                a.stoppedAt().stream().map(c -> c.key().isEmpty() ? text("analytics.noneYet") : c.label()).toList(),
                a.stoppedAt().stream().map(ProgrammeAnalysis.Count::value).toList()));
        List<ProgrammeAnalysis.Count> topSkills = a.skills().stream().limit(15).toList();
        model.addAttribute("skillsChart", BarChart.of("chart-skills", text("analytics.chart.skills"),
                topSkills.stream().map(ProgrammeAnalysis.Count::label).toList(), topSkills.stream().map(ProgrammeAnalysis.Count::value).toList()));
        return "analytics/programme";
    }

    @GetMapping("/analytics/programmes/{id}/export")
    ResponseEntity<byte[]> exportProgramme(@PathVariable String id, @RequestParam(required = false) @Nullable String term,
            @RequestParam(defaultValue = "terms") String table, Actor actor) {
        if (!AnalyticsCsv.TABLES.contains(table)) {
            throw InvalidInputException.of("table", "'" + table + "' is not a table: one of " + String.join(", ", AnalyticsCsv.TABLES));
        }
        ProgrammeAnalysis a = analytics.programme(actor, itemId(id), term);
        return csv("analytics-" + id.replace(':', '-') + "-" + table + ".csv", AnalyticsCsv.of(a, table));
    }

    private static ItemId itemId(String id) {
        if (!ItemId.isValid(id)) {
            throw InvalidInputException.of("id", "'" + id + "' is not an id of the form institution:name");
        }
        return ItemId.of(id);
    }

    private static ResponseEntity<byte[]> csv(String name, String body) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String language() {
        Locale locale = LocaleContextHolder.getLocale();
        return locale.getLanguage().equals("de") ? "de" : "en";
    }
}
