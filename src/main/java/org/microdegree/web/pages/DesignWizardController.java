package org.microdegree.web.pages;

import lombok.RequiredArgsConstructor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.Institution;
import org.microdegree.design.ProgrammeDesigner;
import org.microdegree.design.building.DraftSettings;
import org.microdegree.design.building.GapFiller;
import org.microdegree.design.building.JointMaster;
import org.microdegree.design.building.Note;
import org.microdegree.design.building.Offer;
import org.microdegree.design.building.Pattern;
import org.microdegree.shared.Actor;
import org.microdegree.shared.CreditPoints;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.microdegree.shared.Text;
import org.microdegree.shared.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The wizards of the design assistant for the polyvalent gap-filler and the joint Master: the
 * designer picks from what the catalogue publishes, sees the matrix or the composition with the
 * draft's conformance, and imports the draft to submit it for review. The other patterns are built
 * through the CLI or the API with the examples in examples/design.
 */
@Controller
@RequiredArgsConstructor
class DesignWizardController {

    private static final String QA = "Internal quality assurance of LUH (system accreditation, quality management of study and teaching)";

    private final ProgrammeDesigner designer;
    private final MessageSource messages;

    @GetMapping("/design/patterns")
    String patterns(Actor actor, Model model) {
        requireDesigner(actor);
        model.addAttribute("patterns", Arrays.stream(Pattern.values()).map(Pattern::code).toList());
        return "design/patterns";
    }

    @GetMapping("/design/patterns/{pattern}")
    String wizard(@PathVariable String pattern, Actor actor, Model model) {
        requireDesigner(actor);
        Pattern p = wizardPattern(pattern);
        Map<String, List<String>> form = defaults(p, actor);
        return show(p, form, null, model);
    }

    @PostMapping("/design/patterns/{pattern}")
    String build(@PathVariable String pattern, @RequestParam MultiValueMap<String, String> form, Actor actor, Model model) {
        requireDesigner(actor);
        Pattern p = wizardPattern(pattern);
        try {
            ProgrammeDesigner.Result result = designer.design(p, input(p, form), actor);
            return show(p, form, result, model);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.violations().stream().map(Violation::describe).toList());
            return show(p, form, null, model);
        }
    }

    @PostMapping("/design/patterns/{pattern}/import")
    String importDraft(@PathVariable String pattern, @RequestParam MultiValueMap<String, String> form, Actor actor, Model model) {
        requireDesigner(actor);
        Pattern p = wizardPattern(pattern);
        ProgrammeDesigner.Result result = designer.design(p, input(p, form), actor);
        designer.importDraft(result, actor);
        return "redirect:/design/micro-degrees/" + first(form, "id");
    }

    private String show(Pattern p, Map<String, List<String>> form, ProgrammeDesigner.@Nullable Result result, Model model) {
        Offer offer = designer.offer();
        Locale locale = LocaleContextHolder.getLocale();
        String lang = locale.getLanguage().equals("de") ? "de" : "en";
        model.addAttribute("pattern", p.code());
        model.addAttribute("form", form);
        model.addAttribute("lang", lang);
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        Map<String, String> units = new LinkedHashMap<>();
        offer.institutions().forEach(i -> i.units().forEach(u -> units.put(u.id().value(), u.name().in(lang) + " (" + i.id() + ")")));
        model.addAttribute("units", units);
        if (p == Pattern.GAP_FILLER) {
            Map<String, String> programmes = new LinkedHashMap<>();
            offer.studyProgrammes().forEach(sp -> programmes.put(sp.id().value(), sp.title().in(lang)));
            model.addAttribute("programmes", programmes);
            model.addAttribute("subjects", new TreeSet<>(offer.modules().stream().flatMap(m -> m.subjects().stream()).toList()));
        } else {
            model.addAttribute("institutions", offer.institutions().stream().map(Institution::id).map(Object::toString).toList());
        }
        if (result != null) {
            model.addAttribute("result", result);
            model.addAttribute("report", result.draft().report());
            model.addAttribute("notes", words(result.draft().notes(), locale));
            model.addAttribute("reasons", words(result.draft().reasons(), locale));
        }
        return "design/wizard-" + p.code();
    }

    private List<String> words(List<Note> notes, Locale locale) {
        return notes.stream().map(n -> messages.getMessage("design.note." + n.code(), n.args().toArray(), n.code(), locale)).toList();
    }

    private static Pattern wizardPattern(String code) {
        Pattern p = Pattern.fromCode(code).orElseThrow(() -> new NotFoundException("no design pattern '" + code + "'"));
        if (p != Pattern.GAP_FILLER && p != Pattern.JOINT_MASTER) {
            throw new NotFoundException("no wizard for '" + code + "' yet: use ./microdegree design or POST /api/v1/design/" + code);
        }
        return p;
    }

    private static void requireDesigner(Actor actor) {
        if (!actor.hasAnywhere(Role.DESIGNER)) {
            throw new ForbiddenException("the design assistant is for designers");
        }
    }

    private static Map<String, List<String>> defaults(Pattern p, Actor actor) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        String institution = actor.grants().stream().filter(g -> g.role() == Role.DESIGNER || g.role() == Role.ADMIN)
                .map(g -> g.institution().toString()).findFirst().orElse("luh");
        form.put("counsellingContact", List.of("microdegrees@uni-hannover.de"));
        form.put("unit", List.of(p == Pattern.GAP_FILLER ? institution + ":ai-academy" : institution + ":zew"));
        form.put("qualityAssurance", List.of(QA));
        if (p == Pattern.GAP_FILLER) {
            form.put("id", List.of(institution + ":md-gap-filler"));
            form.put("credits", List.of("10"));
        } else {
            form.put("id", List.of(institution + ":jm-joint-master"));
            form.put("groupCredits", List.of("15"));
            form.put("eqfLevel", List.of("7"));
        }
        return form;
    }

    private static DraftSettings settings(MultiValueMap<String, String> form) {
        return new DraftSettings(id(first(form, "id"), "id"), text(first(form, "titleEn"), first(form, "titleDe")),
                text(first(form, "rationaleEn"), first(form, "rationaleDe")), List.of("students"), null, id(first(form, "unit"), "unit"),
                first(form, "counsellingContact"), first(form, "qualityAssurance"), List.of("en"), null, null, null);
    }

    private static Object input(Pattern p, MultiValueMap<String, String> form) {
        if (p == Pattern.GAP_FILLER) {
            List<ItemId> programmes = form.getOrDefault("studyProgrammes", List.of()).stream().map(s -> id(s, "studyProgrammes")).toList();
            return new GapFiller.Input(settings(form), programmes, form.getOrDefault("subjects", List.of()),
                    credits(first(form, "credits"), "credits"), null);
        }
        Map<String, Integer> quotas = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("quota.") && !v.isEmpty() && !v.getFirst().isBlank()) {
                try {
                    int n = Integer.parseInt(v.getFirst().strip());
                    if (n > 0) {
                        quotas.put(k.substring(6), n);
                    }
                } catch (NumberFormatException e) {
                    throw InvalidInputException.of("quotas." + k.substring(6), "a whole number, not '" + v.getFirst() + "'");
                }
            }
        });
        List<Integer> groups = form.getOrDefault("groupCredits", List.of("15")).stream().map(Integer::valueOf).toList();
        return new JointMaster.Input(settings(form), quotas, null, null, CreditPoints.of(5), number(first(form, "eqfLevel"), "eqfLevel"), groups,
                new JointMaster.Targets(lines(first(form, "skills")), lines(first(form, "outcomes"))), List.of(), 10_000L);
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static @Nullable String first(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static @Nullable ItemId id(@Nullable String value, String field) {
        if (value == null) {
            return null;
        }
        if (!ItemId.isValid(value)) {
            throw InvalidInputException.of(field, "'" + value + "' is not an id of the form institution:name");
        }
        return ItemId.of(value);
    }

    private static @Nullable Text text(@Nullable String en, @Nullable String de) {
        return en == null ? null : Text.of(en, de);
    }

    private static @Nullable CreditPoints credits(@Nullable String value, String field) {
        try {
            return value == null ? null : CreditPoints.parse(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, e.getMessage());
        }
    }

    private static @Nullable Integer number(@Nullable String value, String field) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "a whole number, not '" + value + "'");
        }
    }
}
