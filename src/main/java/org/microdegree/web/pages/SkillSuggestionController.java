package org.microdegree.web.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.skills.SkillSuggestions;
import org.microdegree.skills.Skills;
import org.microdegree.skills.SuggestionRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The studio's skill suggestions (htmx, inside the design form): ESCO skills for the learning
 * outcomes as typed, each accepted into the form's skills or rejected; neither is stored until the
 * designer saves the form.
 */
@Controller
@RequiredArgsConstructor
class SkillSuggestionController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Skills skills;

    /** One suggestion as the page lists it, with the values its accept and reject buttons send. */
    record Row(String uri, String label, String type, String matched, String score, String vals) {}

    @PostMapping("/design/skill-suggestions")
    String suggest(@RequestParam(name = "learningOutcomes", required = false) @Nullable String outcomes,
            @RequestParam(name = "skills", required = false) @Nullable String chosen,
            @RequestParam(name = "rejectedSkills", required = false) @Nullable List<String> rejected, Actor actor, Model model) {
        requireStaff(actor);
        Set<String> except = new LinkedHashSet<>(lines(chosen));
        if (rejected != null) {
            except.addAll(rejected);
        }
        List<String> given = lines(outcomes);
        model.addAttribute("rows", List.of());
        if (given.isEmpty()) {
            model.addAttribute("problem", "design.suggestNoOutcomes");
            return "design/skill-suggestions :: list";
        }
        String lang = LocaleContextHolder.getLocale().getLanguage().equals("de") ? "de" : "en";
        SkillSuggestions s;
        try {
            // the outcomes are English in this field (the German ones have their own); ESCO's labels are English
            s = skills.suggest(new SuggestionRequest(given.stream().limit(SuggestionRequest.MAX_OUTCOMES).toList(), "en",
                    List.copyOf(except), 8));
        } catch (InvalidInputException e) {
            model.addAttribute("problem", "design.suggestTooLong");
            return "design/skill-suggestions :: list";
        }
        List<Row> rows = new ArrayList<>();
        for (var k : s.skills()) {
            rows.add(new Row(k.concept().uri(), k.concept().label(), k.concept().type(), String.join(", ", k.matchedWords()),
                    String.format(LocaleContextHolder.getLocale(), "%.2f", k.score()), JSON.writeValueAsString(Map.of("uri", k.concept().uri()))));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("lang", lang);
        return "design/skill-suggestions :: list";
    }

    /**
     * The suggestion's row says it was added, and the skills field (swapped out of band) holds it; the
     * form's live check runs again (the {@code change} event bubbles to the form).
     */
    @PostMapping("/design/skill-suggestions/accept")
    String accept(@RequestParam(name = "skills", required = false) @Nullable String chosen, @RequestParam String uri, Actor actor, Model model,
            HttpServletResponse response) {
        requireStaff(actor);
        Set<String> now = new LinkedHashSet<>(lines(chosen));
        now.add(uri);
        model.addAttribute("label", label(uri));
        model.addAttribute("skillsValue", String.join("\n", now));
        response.setHeader("HX-Trigger", "change");
        return "design/skill-suggestions :: accepted";
    }

    /** A rejected skill is remembered in the form (a hidden field in its row), so that asking again leaves it out. */
    @PostMapping("/design/skill-suggestions/reject")
    String reject(@RequestParam String uri, Actor actor, Model model) {
        requireStaff(actor);
        model.addAttribute("label", label(uri));
        model.addAttribute("uri", uri);
        return "design/skill-suggestions :: rejected";
    }

    private String label(String uri) {
        return skills.find(uri).filter(c -> c.denotesSkill())
                .orElseThrow(() -> InvalidInputException.of("uri", "'" + uri + "' is not a skill of ESCO " + Skills.ESCO_VERSION)).label();
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static void requireStaff(Actor actor) {
        if (!actor.staff()) {
            throw new ForbiddenException("suggesting skills is for staff (designer, quality, registrar or admin)");
        }
    }
}
