package org.microdegree.web.pages;

import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueEditing;
import org.microdegree.catalog.ItemComments;
import org.microdegree.catalog.ReviewQueue;
import org.microdegree.catalog.model.CatalogueItem;
import org.microdegree.shared.Coded;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.JournalEntry;
import org.microdegree.catalog.model.LifecycleAction;
import org.microdegree.conformance.Conformance;
import org.microdegree.policy.model.ConformanceReport;
import org.microdegree.policy.model.Finding;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.microdegree.shared.Violation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Designers' pages: their institutions' items in every status, forms to create and edit modules,
 * micro-credentials and programmes with the rule profiles' findings next to the fields, the
 * workflow's buttons as the person's roles allow, and each item's journal.
 */
@Controller
@RequiredArgsConstructor
class DesignController {

    /** The design pages by collection; a study programme is not designed here. */
    static final Map<String, ItemKind> KINDS = Map.of("modules", ItemKind.MODULE,
            "micro-credentials", ItemKind.MICRO_CREDENTIAL, "micro-degrees", ItemKind.MICRO_DEGREE);

    private final Catalogue catalogue;
    private final CatalogueEditing catalogueEditing;
    private final Conformance conformance;
    private final StaffNames staffNames;
    private final ReviewQueue reviewQueue;
    private final PublishedChanges changes;
    private final ItemComments comments;
    private final IscedFields isced;

    /** A row of the dashboard. */
    record Row(String id, String title, int version, String status, String href) {}

    @GetMapping("/design")
    String dashboard(Actor actor, Model model) {
        requireStaff(actor);
        String lang = LocaleContextHolder.getLocale().getLanguage();
        Map<String, List<Row>> sections = new LinkedHashMap<>();
        for (String kind : List.of("micro-degrees", "micro-credentials", "modules")) {
            ItemKind k = KINDS.get(kind);
            List<Row> rows = new ArrayList<>();
            for (CatalogueItem i : catalogue.<CatalogueItem>list(k, actor, Catalogue.ALL, null, 0, 1000).items()) {
                if (involved(i).stream().anyMatch(actor::staffOf)) {
                    rows.add(new Row(i.id().value(), i.title().in(lang), i.version(), i.status().code(), "/design/" + kind + "/" + i.id()));
                }
            }
            sections.put(kind, rows);
        }
        model.addAttribute("sections", sections);
        model.addAttribute("canDesign", actor.hasAnywhere(Role.DESIGNER));
        // what quality assurance decided on her submissions: rejected with the reason, approved, published
        model.addAttribute("news", reviewQueue.decisionsOnMySubmissions(actor).stream()
                .map(e -> new JournalRow(e, StudyController.when(e.at(), ZoneId.of("Europe/Berlin")), staffNames.of(e.actor()))).toList());
        return "design/index";
    }

    @GetMapping("/design/{kind}/new")
    String newItem(@PathVariable String kind, Actor actor, Model model) {
        requireStaff(actor);
        ItemKind k = kind(kind);
        Map<String, String> values = DesignForm.values(k, Map.of());
        actor.staffOf().stream().findFirst().ifPresent(i -> values.put("id", i.value() + ":"));
        return form(kind, k, null, values, Map.of(), actor, model);
    }

    @PostMapping("/design/{kind}")
    String create(@PathVariable String kind, @RequestParam MultiValueMap<String, String> form, Actor actor, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        requireStaff(actor);
        ItemKind k = kind(kind);
        DesignForm.Parsed parsed = DesignForm.parse(k, form);
        Map<String, String> values = formValues(k, form);
        try {
            if (!parsed.errors().isEmpty()) {
                throw invalid(parsed.errors());
            }
            CatalogueItem created = catalogueEditing.create(catalogue.readItem(k, parsed.document()), actor);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/design/" + kind + "/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return form(kind, k, null, values, FormProblems.of(e), actor, model);
        }
    }

    @GetMapping("/design/{kind}/{id}")
    String edit(@PathVariable String kind, @PathVariable String id, Actor actor, Model model) {
        requireStaff(actor);
        ItemKind k = kind(kind);
        CatalogueItem item = find(k, id, actor);
        Map<String, String> values = DesignForm.values(k, catalogue.document(item));
        model.addAttribute("changes", changes.since(k, item, values));
        // the staff's conversation on the item, with the time in words and the person's name
        model.addAttribute("comments", involved(item).stream().noneMatch(actor::staffOf)
                ? null
                : comments.of(k, item.id(), actor).stream()
                        .map(c -> new CommentRow(c.text(), c.version(), staffNames.of(c.author()), StudyController.when(c.at(), ZoneId.of("Europe/Berlin"))))
                        .toList());
        return form(kind, k, item, values, Map.of(), actor, model);
    }

    @PostMapping("/design/{kind}/{id}")
    String update(@PathVariable String kind, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
            @RequestParam(required = false) @Nullable String reason, Actor actor, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        requireStaff(actor);
        ItemKind k = kind(kind);
        CatalogueItem stored = find(k, id, actor);
        Map<String, String> values = formValues(k, form);
        values.put("id", stored.id().value());
        DesignForm.Parsed parsed = DesignForm.parse(k, form);
        parsed.document().put("id", stored.id().value());
        try {
            if (!parsed.errors().isEmpty()) {
                throw invalid(parsed.errors());
            }
            catalogueEditing.update(catalogue.readItem(k, parsed.document()), actor, reason == null || reason.isBlank() ? null : reason);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/design/" + kind + "/" + stored.id();
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return form(kind, k, stored, values, FormProblems.of(e), actor, model);
        }
    }

    @PostMapping("/design/{kind}/{id}/transitions")
    String transition(@PathVariable String kind, @PathVariable String id, @RequestParam String action,
            @RequestParam(required = false) @Nullable String reason, Actor actor, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        requireStaff(actor);
        ItemKind k = kind(kind);
        CatalogueItem stored = find(k, id, actor);
        LifecycleAction a = Coded.fromCode(LifecycleAction.class, action)
                .orElseThrow(() -> InvalidInputException.of("action", "'" + action + "' is not one of: " + Coded.codes(LifecycleAction.class)));
        try {
            catalogueEditing.transition(k, stored.id(), a, actor, reason == null || reason.isBlank() ? null : reason);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            // the step's own problems stand beside its button, with the reason as typed
            Map<String, String> problems = FormProblems.of(e);
            model.addAttribute("stepTried", a.code());
            model.addAttribute("stepReason", reason == null ? "" : reason);
            model.addAttribute("stepProblems", problems.entrySet().stream().filter(p -> p.getKey().equals("reason") || p.getKey().equals("action"))
                    .map(Map.Entry::getValue).toList());
            Map<String, String> rest = new LinkedHashMap<>(problems);
            rest.remove("reason");
            rest.remove("action");
            return form(kind, k, stored, DesignForm.values(k, catalogue.document(stored)), rest, actor, model);
        }
        redirect.addFlashAttribute("moved", a.code());
        return "redirect:/design/" + kind + "/" + stored.id();
    }

    /** htmx: the rule profiles' findings for the form as it is, nothing stored; one summary, and a hint beside each field. */
    @PostMapping("/design/{kind}/check")
    String check(@PathVariable String kind, @RequestParam MultiValueMap<String, String> form, Actor actor, Model model) {
        requireStaff(actor);
        ItemKind k = kind(kind);
        DesignForm.Parsed parsed = DesignForm.parse(k, form);
        Map<String, String> problems = new LinkedHashMap<>(parsed.errors());
        List<Finding> findings = List.of();
        if (problems.isEmpty() && k != ItemKind.MODULE) {
            try {
                CatalogueItem item = catalogue.readItem(k, parsed.document());
                ConformanceReport report = conformance.checkDraft(item, List.of());
                findings = report.findings().stream().filter(Finding::isProblem).toList();
            } catch (InvalidInputException e) {
                problems.putAll(FormProblems.of(e));
            }
        }
        String lang = LocaleContextHolder.getLocale().getLanguage();
        Map<String, String> byPath = new LinkedHashMap<>(problems);
        int errors = 0;
        int warnings = 0;
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            String path = f.path().contains("].") ? f.path().substring(f.path().indexOf("].") + 2) : "";
            String text = (f.isError() ? "✗ " : "⚠ ") + f.message().in(lang) + (f.suggestion() == null ? "" : " " + f.suggestion().in(lang));
            byPath.merge(path.isEmpty() ? "\u0000" + lines.size() : path, text, (a, b) -> a + " | " + b);
            lines.add(text + " (" + f.rule() + ")");
            if (f.isError()) {
                errors++;
            } else {
                warnings++;
            }
        }
        problems.values().forEach(p -> lines.add("✗ " + p));
        model.addAttribute("fields", DesignForm.FIELDS.get(k));
        model.addAttribute("hints", DesignForm.byField(k, byPath));
        model.addAttribute("lines", lines);
        model.addAttribute("errors", errors + problems.size());
        model.addAttribute("warnings", warnings);
        return "design/findings :: findings";
    }

    /** A comment as the page shows it. */
    record CommentRow(String text, int version, String who, String when) {}

    /** A journal entry with its time in words and the person's name. */
    record JournalRow(JournalEntry entry, String when, String who) {}

    @GetMapping("/design/{kind}/{id}/journal")
    String journal(@PathVariable String kind, @PathVariable String id, Actor actor, Model model) {
        requireStaff(actor);
        ItemKind k = kind(kind);
        CatalogueItem item = find(k, id, actor);
        List<JournalEntry> entries = catalogue.journal(k, item.id(), actor);
        model.addAttribute("item", item);
        model.addAttribute("kind", kind);
        model.addAttribute("entries", entries.stream()
                .map(e -> new JournalRow(e, StudyController.when(e.at(), ZoneId.of("Europe/Berlin")), staffNames.of(e.actor()))).toList());
        model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage());
        return "design/journal";
    }

    // ---- helpers ----

    private String form(String kind, ItemKind k, @Nullable CatalogueItem item, Map<String, String> values,
            Map<String, String> problems, Actor actor, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("kindKey", switch (k) {
            case MODULE -> "item.module";
            case MICRO_CREDENTIAL -> "item.mc";
            default -> "item.md";
        });
        model.addAttribute("item", item);
        model.addAttribute("fields", DesignForm.FIELDS.get(k));
        model.addAttribute("iscedOptions", isced.options());
        String lang = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("institutionOptions", catalogue.institutions().stream()
                .map(i -> new IscedFields.Named(i.id().value(), i.name().in(lang) + " (" + i.id().value() + ")")).toList());
        model.addAttribute("iscedCodes", isced.codes());
        model.addAttribute("values", values);
        model.addAttribute("requirementsJson", DesignForm.yamlAsJson(values.get("requirements")));
        model.addAttribute("problems", DesignForm.byField(k, problems));
        model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage());
        boolean editable = item == null
                ? actor.hasAnywhere(Role.DESIGNER) && !actor.readOnly()
                : !actor.readOnly() && involved(item).stream().anyMatch(i -> actor.has(Role.DESIGNER, i));
        model.addAttribute("editable", editable);
        List<String> actions = new ArrayList<>();
        if (item != null && !actor.readOnly()) {
            for (LifecycleAction a : LifecycleAction.values()) {
                Role role = a == LifecycleAction.SUBMIT ? Role.DESIGNER : Role.QUALITY;
                if (a.from().contains(item.status()) && involved(item).stream().anyMatch(i -> actor.has(role, i))) {
                    actions.add(a.code());
                }
            }
        }
        model.addAttribute("actions", actions);
        if (!model.containsAttribute("stepTried")) {
            model.addAttribute("stepTried", "");
            model.addAttribute("stepReason", "");
            model.addAttribute("stepProblems", List.of());
        }
        return "design/form";
    }

    private static Map<String, String> formValues(ItemKind k, MultiValueMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (DesignForm.Field f : DesignForm.FIELDS.get(k)) {
            String v = form.getFirst(f.name());
            values.put(f.name(), v == null ? "" : v);
        }
        return values;
    }

    private static InvalidInputException invalid(Map<String, String> errors) {
        return new InvalidInputException(errors.entrySet().stream().map(e -> Violation.at(e.getKey(), e.getValue())).toList());
    }

    private CatalogueItem find(ItemKind k, String id, Actor actor) {
        if (!ItemId.isValid(id)) {
            throw new NotFoundException(k.code() + " '" + id + "' does not exist");
        }
        return catalogue.find(k, ItemId.of(id), null, actor)
                .orElseThrow(() -> new NotFoundException(k.code() + " '" + id + "' does not exist"));
    }

    private static ItemKind kind(String kind) {
        ItemKind k = KINDS.get(kind);
        if (k == null) {
            throw new NotFoundException("there is no design form for '" + kind + "'");
        }
        return k;
    }

    private Set<InstitutionId> involved(CatalogueItem item) {
        return catalogue.involved(item);
    }

    private static void requireStaff(Actor actor) {
        if (!actor.staff()) {
            throw new ForbiddenException("designing needs a staff role at an institution");
        }
    }
}
