package org.microdegree.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.admissions.ApplicationRounds;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import org.microdegree.admissions.RoundInput;
import org.microdegree.admissions.model.ApplicationRound;
import org.microdegree.admissions.model.EligibilityCriterion;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.RoundId;
import org.springframework.web.bind.annotation.PathVariable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Role;
import org.microdegree.shared.Violation;
import org.microdegree.shared.validation.Format;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A registrar opens an application round in the browser: the offering chosen from her institutions'
 * published micro-credentials and programmes, deadlines in a named zone, places, selection, documents,
 * ranking weights and eligibility. A refused form comes back as typed with each reason beside its field.
 */
@Controller
@RequiredArgsConstructor
class RoundFormController {

    /** An offering the registrar may open a round for: "micro-degree|luh:md-ai-essentials" and its title. */
    record Offering(String value, String title) {}

    private final ApplicationRounds applicationRounds;
    private final Catalogue catalogue;

    @GetMapping("/registrar/rounds/new")
    String form(Actor actor, Model model) {
        return form(actor, model, Map.of("zone", "Europe/Berlin", "selection", "ranked", "priorGradeWeight", "1", "reviewWeight", "0"), Map.of());
    }

    @PostMapping("/registrar/rounds")
    String create(@RequestParam Map<String, String> form, Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        requireRegistrar(actor);
        List<String> criterionFields = new ArrayList<>();
        RoundInput in = input(form, criterionFields);
        try {
            applicationRounds.createRound(in, actor);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return form(actor, model, form, fields(e, criterionFields));
        }
        redirect.addFlashAttribute("done", "registrar.roundOpened");
        return "redirect:/registrar";
    }

    /**
     * The round the form describes; {@code criterionFields} gets the form's eligibility fields in the
     * order the input lists them, so that a criterion's problems go back to its field.
     */
    private static RoundInput input(Map<String, String> form, List<String> criterionFields) {
        String[] offering = form.getOrDefault("offering", "").split("\\|", 2);
        List<RoundInput.Criterion> criteria = new ArrayList<>();
        String masterAt = Format.present(form.get("masterAt"));
        if (masterAt != null) {
            criteria.add(RoundInput.Criterion.enrolledInMasterAt(Arrays.stream(masterAt.split("[,\\s]+")).filter(s -> !s.isBlank()).toList()));
            criterionFields.add("masterAt");
        }
        String priorEqf = Format.present(form.get("priorDegreeEqf"));
        if (priorEqf != null) {
            criteria.add(new RoundInput.Criterion("prior-degree-at-least", null, number(priorEqf), null, null));
            criterionFields.add("priorDegreeEqf");
        }
        String english = Format.present(form.get("englishAtLeast"));
        if (english != null) {
            criteria.add(RoundInput.Criterion.languageAtLeast("en", english));
            criterionFields.add("englishAtLeast");
        }
        String documents = Format.present(form.get("documents"));
        return new RoundInput(Format.present(form.get("id")), offering.length == 2 ? offering[0] : null, offering.length == 2 ? offering[1] : null,
                Format.present(form.get("opens")), Format.present(form.get("closes")), Format.present(form.get("zone")), Format.present(form.get("selection")),
                number(form.get("capacity")), number(form.get("perInstitution")), criteria,
                documents == null ? List.of() : Arrays.stream(documents.split("[,\\s]+")).filter(s -> !s.isBlank()).toList(),
                new RoundInput.Weights(weight(form.get("priorGradeWeight")), weight(form.get("reviewWeight"))));
    }

    /** The round's terms in the form, as the registrar set them: deadlines in the round's own zone. */
    @GetMapping("/registrar/rounds/{id}/edit")
    String edit(@PathVariable RoundId id, Actor actor, Model model) {
        ApplicationRound r = managed(id, actor);
        Map<String, String> values = new HashMap<>();
        values.put("id", r.id().value());
        values.put("offering", r.itemKind().code() + "|" + r.item().value());
        values.put("opens", LOCAL.format(r.opensAt().atZone(r.zone())));
        values.put("closes", LOCAL.format(r.closesAt().atZone(r.zone())));
        values.put("zone", r.zone().getId());
        values.put("selection", r.selection().code());
        values.put("capacity", Integer.toString(r.capacity()));
        if (r.perInstitution() != null) {
            values.put("perInstitution", r.perInstitution().toString());
        }
        for (EligibilityCriterion c : r.eligibility()) {
            switch (c) {
                case EligibilityCriterion.EnrolledInMasterAt m -> values.put("masterAt",
                        String.join(", ", m.institutions().stream().map(InstitutionId::value).sorted().toList()));
                case EligibilityCriterion.PriorDegreeAtLeast p -> values.put("priorDegreeEqf", Integer.toString(p.eqf()));
                case EligibilityCriterion.LanguageAtLeast l -> values.put("englishAtLeast", l.level().name());
                default -> {
                    // no field on the form
                }
            }
        }
        values.put("documents", String.join(", ", r.documents()));
        values.put("priorGradeWeight", plain(r.ranking().priorGradeWeight()));
        values.put("reviewWeight", plain(r.ranking().reviewWeight()));
        model.addAttribute("editing", true);
        return form(actor, model, values, Map.of());
    }

    @PostMapping("/registrar/rounds/{id}")
    String update(@PathVariable RoundId id, @RequestParam Map<String, String> form, Actor actor, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        ApplicationRound r = managed(id, actor);
        Map<String, String> values = new HashMap<>(form);
        // the offering and the id do not change: a disabled field sends nothing
        values.put("id", id.value());
        values.put("offering", r.itemKind().code() + "|" + r.item().value());
        List<String> criterionFields = new ArrayList<>();
        try {
            applicationRounds.updateRound(id, input(values, criterionFields), actor);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("editing", true);
            return form(actor, model, values, fields(e, criterionFields));
        }
        redirect.addFlashAttribute("done", "registrar.roundChanged");
        return "redirect:/registrar";
    }

    @PostMapping("/registrar/rounds/{id}/closing")
    String close(@PathVariable RoundId id, Actor actor, RedirectAttributes redirect) {
        requireRegistrar(actor);
        applicationRounds.close(id, actor);
        redirect.addFlashAttribute("done", "registrar.roundClosed");
        return "redirect:/registrar";
    }

    private ApplicationRound managed(RoundId id, Actor actor) {
        requireRegistrar(actor);
        ApplicationRound r = applicationRounds.round(id);
        if (!actor.has(Role.REGISTRAR, r.institution())) {
            throw new ForbiddenException("only a registrar of " + r.institution() + " changes this round");
        }
        return r;
    }

    private static String plain(double weight) {
        return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private String form(Actor actor, Model model, Map<String, String> values, Map<String, String> problems) {
        requireRegistrar(actor);
        String language = LocaleContextHolder.getLocale().getLanguage();
        List<Offering> offerings = new ArrayList<>();
        for (ItemKind kind : List.of(ItemKind.MICRO_DEGREE, ItemKind.MICRO_CREDENTIAL)) {
            catalogue.ids(kind).stream().sorted().filter(id -> actor.operator() || actor.has(Role.REGISTRAR, id.institution()))
                    .forEach(id -> catalogue.<CatalogueItem>find(kind, id, null, EnumSet.of(LifecycleStatus.PUBLISHED))
                            .ifPresent(
                                    item -> offerings.add(new Offering(kind.code() + "|" + id.value(), item.title().in(language) + " (" + id.value() + ")"))));
        }
        model.addAttribute("offerings", offerings);
        model.addAttribute("zones", StudyController.ZONES);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        if (!model.containsAttribute("editing")) {
            model.addAttribute("editing", false);
        }
        return "study/round-form";
    }

    /** The form's field for each problem: the offering for kind and item, each criterion's own field, the weights by name. */
    private static Map<String, String> fields(InvalidInputException e, List<String> criterionFields) {
        Map<String, String> out = new HashMap<>();
        for (Violation v : e.violations()) {
            String path = v.path();
            String field = switch (path) {
                case "kind", "item" -> "offering";
                case "ranking.priorGrade" -> "priorGradeWeight";
                case "ranking.reviews" -> "reviewWeight";
                default -> path.startsWith("eligibility[")
                        ? criterionFields.get(Integer.parseInt(path.substring(12, path.indexOf(']'))))
                        : path.startsWith("documents") ? "documents" : path;
            };
            out.merge(field, v.reason(), (a, b) -> a + "; " + b);
        }
        return out;
    }

    private static @Nullable Integer number(@Nullable String text) {
        String t = Format.present(text);
        return t == null || !t.matches("-?\\d{1,9}") ? null : Integer.valueOf(t);
    }

    private static @Nullable Double weight(@Nullable String text) {
        var d = Format.parseDecimal(text);
        return d == null ? null : d.doubleValue();
    }

    private static void requireRegistrar(Actor actor) {
        if (!actor.hasAnywhere(Role.REGISTRAR)) {
            throw new ForbiddenException("the registrar's desk is for registrars");
        }
    }
}
