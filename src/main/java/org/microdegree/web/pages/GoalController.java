package org.microdegree.web.pages;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.search.GoalPlan;
import org.microdegree.search.GoalStep;
import org.microdegree.search.LearningGoals;
import org.microdegree.shared.Actor;
import org.microdegree.skills.EscoConcept;
import org.microdegree.skills.Skills;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "I want to become ...": a visitor or learner names an occupation and sees the published
 * micro-credentials and programmes that teach its skills, each with what it adds; a signed-in
 * learner also sees which essential skills her certificates already cover and which she lacks.
 */
@Controller
@RequiredArgsConstructor
class GoalController {

    private final Skills skills;
    private final LearningGoals goals;

    /** A step as the page shows it: the item's page, title in the reader's language, skills in words. */
    record Row(String href, String kind, String title, String cp, int eqf, String institution, List<String> essential, List<String> optional) {}

    @GetMapping("/catalogue/goal")
    String goal(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String occupation, Actor actor,
            Model model) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("lang", lang);
        if (q != null && !q.isBlank() && occupation == null) {
            model.addAttribute("occupations", skills.findOccupations(q, 10));
        }
        if (occupation != null) {
            LearningGoals.Held held = goals.heldBy(actor);
            GoalPlan plan = goals.towards(occupation, held.skills(), 20).orElse(null);
            model.addAttribute("plan", plan);
            model.addAttribute("unknownOccupation", plan == null);
            if (plan != null) {
                model.addAttribute("mine", held.certificates());
                model.addAttribute("haveLabels", labels(plan.have()));
                model.addAttribute("missingLabels", labels(plan.missing()));
                model.addAttribute("rows", plan.steps().stream().map(s -> row(s, lang)).toList());
            }
        }
        return "catalogue/goal";
    }

    private Row row(GoalStep s, String lang) {
        String href = (s.kind().equals(ItemKind.MICRO_DEGREE.code()) ? "/catalogue/micro-degrees/" : "/catalogue/micro-credentials/") + s.id();
        return new Row(href, s.kind(), s.title().in(lang), s.creditPoints() == null ? "–" : s.creditPoints().stripTrailingZeros().toPlainString(), s.eqfLevel(),
                s.institution(),
                labels(s.addsEssential()), labels(s.addsOptional()));
    }

    private List<String> labels(List<String> uris) {
        return uris.stream().map(u -> skills.find(u).map(EscoConcept::label).orElse(u)).toList();
    }
}
