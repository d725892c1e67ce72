package org.microdegree.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.catalog.model.Module;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.skills.Skills;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The studio's pickers (htmx, inside the design form): ESCO skills by name and modules by title or
 * id, each shown in words (a skill's type and description; a module's credit points, EQF level and
 * institution) and added to the form's field by its URI or id. Nothing is stored until Save.
 */
@Controller
@RequiredArgsConstructor
class PickerController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SHOWN = 8;

    private final Skills skills;
    private final Catalogue catalogue;

    /** One match as the picker lists it, with the values its Add button sends. */
    record Row(String value, String label, String detail, String vals) {}

    @GetMapping("/design/pickers/skills")
    String skills(@RequestParam(name = "q", defaultValue = "") String q, @RequestParam(name = "skills", required = false) @Nullable String chosen,
            Actor actor, Model model) {
        requireStaff(actor);
        Set<String> have = new LinkedHashSet<>(lines(chosen));
        List<Row> rows = q.isBlank()
                ? List.of()
                : skills.search(q.strip(), SHOWN + have.size()).stream().filter(m -> m.concept().denotesSkill())
                        .filter(m -> !have.contains(m.concept().uri())).limit(SHOWN)
                        .map(m -> new Row(m.concept().uri(), m.concept().label(), detail(m.concept().type(), m.concept().description()),
                                JSON.writeValueAsString(Map.of("uri", m.concept().uri()))))
                        .toList();
        return list(model, q, rows, "skills");
    }

    @GetMapping("/design/pickers/modules")
    String modules(@RequestParam(name = "q", defaultValue = "") String q, @RequestParam(name = "modules", required = false) @Nullable String chosen,
            Actor actor, Model model) {
        requireStaff(actor);
        Set<String> have = new LinkedHashSet<>(lines(chosen));
        String lang = LocaleContextHolder.getLocale().getLanguage();
        String words = q.strip().toLowerCase(Locale.ROOT);
        Map<String, Module> newest = visibleModules(actor);
        List<Row> rows = words.isEmpty()
                ? List.of()
                : newest.values().stream().filter(m -> !have.contains(m.id().value()))
                        .filter(m -> m.id().value().toLowerCase(Locale.ROOT).contains(words) || m.title().en().toLowerCase(Locale.ROOT).contains(words)
                                || m.title().de() != null && m.title().de().toLowerCase(Locale.ROOT).contains(words))
                        .sorted(Comparator.comparing((Module m) -> m.title().in(lang))).limit(SHOWN)
                        .map(m -> new Row(m.id().value(), m.title().in(lang),
                                m.id().value() + " · " + (m.creditPoints() == null ? "–" : CatalogueController.cp(m.creditPoints().toBigDecimal()))
                                        + (lang.equals("de") ? " ECTS · EQR " : " ECTS · EQF ") + (m.eqfLevel() == null ? "–" : m.eqfLevel().level()) + " · "
                                        + catalogue.institution(m.id().institution()).map(i -> i.name().in(lang))
                                                .orElse(m.id().institution()),
                                JSON.writeValueAsString(Map.of("id", m.id().value()))))
                        .toList();
        return list(model, q, rows, "modules");
    }

    /** The module joins the form's modules field (swapped out of band); the live check runs again. */
    @PostMapping("/design/pickers/modules/add")
    String addModule(@RequestParam(name = "modules", required = false) @Nullable String chosen, @RequestParam String id, Actor actor, Model model,
            HttpServletResponse response) {
        requireStaff(actor);
        Module module = visibleModules(actor).get(id);
        if (module == null) {
            throw InvalidInputException.of("id", "no module '" + id + "'");
        }
        Set<String> now = new LinkedHashSet<>(lines(chosen));
        now.add(id);
        model.addAttribute("label", module.title().in(LocaleContextHolder.getLocale().getLanguage()));
        model.addAttribute("modulesValue", String.join("\n", now));
        response.setHeader("HX-Trigger", "change");
        return "design/pickers :: module-added";
    }

    /** The newest version of each module the actor may compose with: published ones, and the drafts of her own institutions. */
    private Map<String, Module> visibleModules(Actor actor) {
        Map<String, Module> newest = new LinkedHashMap<>();
        for (Module m : catalogue.snapshot().modules()) {
            // another university's drafts are its own business
            if (m.status() == LifecycleStatus.PUBLISHED || m.status() != LifecycleStatus.RETIRED && actor.staffOf(InstitutionId.of(m.id().institution()))) {
                newest.merge(m.id().value(), m, (a, b) -> a.version() >= b.version() ? a : b);
            }
        }
        return newest;
    }

    private static String list(Model model, String q, List<Row> rows, String field) {
        model.addAttribute("rows", rows);
        model.addAttribute("asked", !q.isBlank());
        model.addAttribute("field", field);
        return "design/pickers :: list";
    }

    private static String detail(String type, @Nullable String description) {
        String d = description == null ? "" : description.strip();
        return (type.equals("knowledge") ? "knowledge" : "skill") + (d.isEmpty() ? "" : ": " + (d.length() > 160 ? d.substring(0, 157) + "…" : d));
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static void requireStaff(Actor actor) {
        if (!actor.staff()) {
            throw new ForbiddenException("the studio's pickers are for staff (designer, quality, registrar or admin)");
        }
    }
}
