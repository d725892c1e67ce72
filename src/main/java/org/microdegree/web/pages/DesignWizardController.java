package org.microdegree.web.pages;

import lombok.RequiredArgsConstructor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.StudyProgramme;
import org.microdegree.design.ProgrammeDesigner;
import org.microdegree.design.building.Note;
import org.microdegree.design.building.Offer;
import org.microdegree.design.building.Pattern;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
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
 * The wizards of the design assistant, one for each of the seven patterns: the designer picks from
 * what the catalogue publishes (study programmes, subjects, partners), sees the pattern's report with
 * the draft's conformance, and imports the draft to open it in the editor and submit it for review.
 */
@Controller
@RequiredArgsConstructor
class DesignWizardController {

    private static final String QA = "Internal quality assurance of LUH (system accreditation, quality management of study and teaching)";

    /** The languages an admission may ask for, most asked first. */
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "pl", "fi", "sv", "pt");

    private final ProgrammeDesigner designer;
    private final MessageSource messages;
    private final Clock clock;

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
        return show(p, defaults(p, actor), null, model);
    }

    @PostMapping("/design/patterns/{pattern}")
    String build(@PathVariable String pattern, @RequestParam MultiValueMap<String, String> form, Actor actor, Model model) {
        requireDesigner(actor);
        Pattern p = wizardPattern(pattern);
        try {
            ProgrammeDesigner.Result result = designer.design(p, WizardInputs.read(p, form), actor);
            return show(p, form, result, model);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.violations().stream().map(Violation::describe).toList());
            model.addAttribute("errors", WizardInputs.byField(e.violations()));
            return show(p, form, null, model);
        }
    }

    @PostMapping("/design/patterns/{pattern}/import")
    String importDraft(@PathVariable String pattern, @RequestParam MultiValueMap<String, String> form, Actor actor, Model model) {
        requireDesigner(actor);
        Pattern p = wizardPattern(pattern);
        ProgrammeDesigner.Result result = designer.design(p, WizardInputs.read(p, form), actor);
        designer.importDraft(result, actor);
        // the programme the designer named; patterns that make variants name theirs after it
        String named = String.valueOf(form.getFirst("id")).strip();
        String open = result.draft().bundle().microDegrees().stream().map(md -> md.id().value()).filter(named::equals).findFirst()
                .orElse(result.draft().bundle().microDegrees().getFirst().id().value());
        return "redirect:/design/micro-degrees/" + open;
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
            model.addAttribute("errors", Map.of());
        }
        Map<String, String> units = new LinkedHashMap<>();
        offer.institutions().forEach(i -> i.units().forEach(u -> units.put(u.id().value(), u.name().in(lang) + " (" + i.id() + ")")));
        model.addAttribute("units", units);
        Map<String, String> programmes = new LinkedHashMap<>();
        offer.studyProgrammes().stream().sorted(Comparator.comparing(StudyProgramme::id))
                .forEach(sp -> programmes.put(sp.id().value(), sp.title().in(lang) + " (" + sp.id().institution() + ")"));
        model.addAttribute("programmes", programmes);
        model.addAttribute("subjects", new TreeSet<>(offer.modules().stream().flatMap(m -> m.subjects().stream()).toList()));
        Map<String, String> institutions = new LinkedHashMap<>();
        offer.institutions().forEach(i -> institutions.put(i.id().toString(), i.name().in(lang)));
        model.addAttribute("institutions", institutions);
        model.addAttribute("levels", List.of("4", "5", "6", "7", "8"));
        Map<String, String> languages = new LinkedHashMap<>();
        LANGUAGES.forEach(code -> languages.put(code, Locale.forLanguageTag(code).getDisplayLanguage(locale)));
        model.addAttribute("languages", languages);
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
        return Pattern.fromCode(code).orElseThrow(() -> new NotFoundException("no design pattern '" + code + "'"));
    }

    private static void requireDesigner(Actor actor) {
        if (!actor.hasAnywhere(Role.DESIGNER)) {
            throw new ForbiddenException("the design assistant is for designers");
        }
    }

    /** What a new wizard starts from: the designer's institution and unit, and the pattern's usual sizes. */
    private Map<String, List<String>> defaults(Pattern p, Actor actor) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        String institution = actor.grants().stream().filter(g -> g.role() == Role.DESIGNER || g.role() == Role.ADMIN)
                .map(g -> g.institution().toString()).findFirst().orElse("luh");
        form.put("id", List.of(institution + ":md-" + p.code()));
        form.put("counsellingContact", List.of("microdegrees@uni-hannover.de"));
        form.put("unit", List.of(institution + (p == Pattern.GAP_FILLER || p == Pattern.INTERCONNECTED || p == Pattern.ADMISSION_BRIDGE
                ? ":ai-academy"
                : p == Pattern.ELECTIVE_EXTENSION ? ":le2050" : ":zew")));
        form.put("qualityAssurance", List.of(QA));
        switch (p) {
            case UPDATE -> {
                form.put("newSince", List.of(LocalDate.now(clock).minusYears(2).withDayOfYear(1).toString()));
                form.put("credits", List.of("15"));
                form.put("minimumEqfLevel", List.of("7"));
            }
            case GAP_FILLER -> form.put("credits", List.of("10"));
            case ELECTIVE_EXTENSION -> form.put("credits", List.of("15"));
            case INTERCONNECTED -> form.put("sizes", List.of("20, 25"));
            case ADMISSION_BRIDGE -> {
                form.put("admission.eqfLevel", List.of("6"));
                form.put("applicant.eqfLevel", List.of("6"));
                form.put("bridgeSizes", List.of("5, 10, 15"));
            }
            case POWER_PROGRAMME -> {
                form.put("partners", List.of(institution));
                form.put("credits", List.of("15"));
                form.put("eqfLevel", List.of("7"));
                form.put("applicationRound.priorGradeWeight", List.of("0.6"));
                form.put("applicationRound.reviewWeight", List.of("0.4"));
                form.put("applicationRound.zone", List.of("Europe/Berlin"));
            }
            case JOINT_MASTER -> {
                form.put("id", List.of(institution + ":jm-joint-master"));
                form.put("groupCredits", List.of("15"));
                form.put("eqfLevel", List.of("7"));
            }
        }
        return form;
    }
}
