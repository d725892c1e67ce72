package org.microdegree.web.pages;

import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.Locale;
import org.microdegree.shared.Coded;
import org.microdegree.results.model.RecognitionStatus;
import org.microdegree.results.model.RecognitionCase;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.admissions.SelectingApplicants;
import org.microdegree.admissions.StudentEnrolmentInput;
import org.microdegree.admissions.model.Application;
import org.microdegree.admissions.model.Enrolment;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.admissions.model.ApplicationRound;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.results.RecognitionDecisionInput;
import org.microdegree.results.Recognitions;
import java.nio.charset.StandardCharsets;
import org.microdegree.admissions.rules.Selection;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ApplicationId;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Role;
import org.microdegree.shared.RoundId;
import org.microdegree.shared.validation.Format;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registrar's desk: her institutions' rounds with their applicants, results entered one by one,
 * enrolments by student number, recognition cases. A refused form comes back with what she typed and
 * each problem beside its field.
 */
@Controller
@RequiredArgsConstructor
class RegistrarDeskController {

    private final LearnerNames names;
    private final ApplicationRounds applicationRounds;
    private final PlacingApplications placingApplications;
    private final SelectingApplicants selectingApplicants;
    private final EnrollingLearners enrollingLearners;
    private final Achievements achievements;
    private final Recognitions recognitions;
    private final RoundRows roundRows;

    private static void requireRegistrar(Actor actor) {
        if (!actor.hasAnywhere(Role.REGISTRAR)) {
            throw new ForbiddenException("the registrar's desk is for registrars");
        }
    }

    /** An application with its learner's name, for the registrar. */
    record ApplicationRow(Application application, String learner) {}

    @GetMapping("/registrar")
    String desk(Actor actor, Model model, @RequestParam(name = "decision", required = false) @Nullable String decision) {
        requireRegistrar(actor);
        List<Map<String, Object>> rounds = new ArrayList<>();
        for (ApplicationRound r : applicationRounds.managed(actor)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("round", roundRows.row(r, null));
            // by rank once selected (the unranked, ineligible ones after), else in the order they came
            m.put("applications", applicationRounds.applications(r.id(), actor).stream()
                    .sorted(Comparator.comparing(Application::rank, Comparator.nullsLast(Comparator.naturalOrder())))
                    .map(a -> new ApplicationRow(a, names.of(a.learnerId())))
                    .toList());
            m.put("taken", applicationRounds.placesTaken(r.id()));
            rounds.add(m);
        }
        model.addAttribute("rounds", rounds);
        model.addAttribute("cases", recognitions.open(actor));
        RecognitionStatus shown = decision == null ? null : Coded.fromCode(RecognitionStatus.class, decision).filter(RecognitionStatus::decided).orElse(null);
        List<RecognitionCase> decided = recognitions.decided(actor, shown);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("decision", shown == null ? "" : shown.code());
        model.addAttribute("decidedCases", decided);
        model.addAttribute("decidedOn", decided.stream().filter(c -> c.decidedAt() != null)
                .collect(Collectors.toMap(RecognitionCase::id, c -> StudyController.day(c.decidedAt(), locale))));
        model.addAttribute("scales", List.of("de", "ects", "pass-fail"));
        // a refused form's values and problems are in the model already; the empty forms' defaults otherwise
        putIfAbsent(model, "result", Map.of("supervised", "true", "identityVerified", "true"));
        putIfAbsent(model, "resultProblems", Map.of());
        putIfAbsent(model, "enrolment", Map.of());
        putIfAbsent(model, "enrolmentProblems", Map.of());
        putIfAbsent(model, "decisionCase", "");
        putIfAbsent(model, "decisionForm", Map.of());
        putIfAbsent(model, "decisionProblems", Map.of());
        // the other cases' forms: nothing typed, nothing refused
        model.addAttribute("nothing", Map.of());
        return "study/registrar";
    }

    /** A decision of the preview with the applicant's name. */
    record DecisionRow(Selection.Decision decision, String learner) {}

    /** What selecting would decide, nothing written: she looks before she commits. */
    @GetMapping("/registrar/rounds/{id}/selection")
    String previewSelection(@PathVariable RoundId id, Actor actor, Model model) {
        requireRegistrar(actor);
        List<Selection.Decision> decisions;
        try {
            decisions = selectingApplicants.preview(id, actor);
        } catch (ConflictException e) {
            // not yet to be selected (reviews missing, selected before): the page says why
            decisions = List.of();
            model.addAttribute("problem", e.getMessage());
        }
        Map<ApplicationId, Application> applications = applicationRounds.applications(id, actor).stream()
                .collect(Collectors.toMap(Application::id, a -> a));
        model.addAttribute("round", roundRows.row(applicationRounds.round(id), null));
        model.addAttribute("decisions", decisions.stream()
                .sorted(Comparator.comparing(Selection.Decision::rank, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(d -> new DecisionRow(d, names.of(applications.get(d.applicationId()).learnerId()))).toList());
        return "study/selection-preview";
    }

    /** An applicant's uploaded document (her CV, say), for the round's registrars. */
    @GetMapping("/registrar/applications/{id}/documents/{name}")
    ResponseEntity<byte[]> document(@PathVariable ApplicationId id, @PathVariable String name, Actor actor) {
        requireRegistrar(actor);
        var document = placingApplications.document(id, name, actor).orElseThrow(() -> new NotFoundException("no document '" + name + "'"));
        // what the applicant uploaded is never shown in the page's origin: downloaded, not rendered
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(document.content());
    }

    @PostMapping("/registrar/rounds/{id}/selection")
    String select(@PathVariable RoundId id, Actor actor, RedirectAttributes redirect) {
        selectingApplicants.select(id, actor);
        redirect.addFlashAttribute("done", "registrar.selected");
        return "redirect:/registrar";
    }

    @PostMapping("/registrar/applications/{id}/review")
    String review(@PathVariable ApplicationId id, @RequestParam BigDecimal mark, Actor actor, RedirectAttributes redirect) {
        placingApplications.review(id, mark, actor);
        redirect.addFlashAttribute("done", "registrar.reviewed");
        return "redirect:/registrar";
    }

    @PostMapping("/registrar/achievements")
    String record(@RequestParam Map<String, String> form, Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        requireRegistrar(actor);
        try {
            achievements.record(new AchievementInput(text(form, "learner"), text(form, "studentNumber"), text(form, "institution"),
                    text(form, "item"), text(form, "date"), text(form, "scale"), text(form, "grade"), text(form, "creditPoints"),
                    text(form, "assessment"), form.containsKey("supervised"), form.containsKey("identityVerified"), text(form, "reference")), actor, "web");
        } catch (InvalidInputException e) {
            return refused("result", form, e, actor, model, response);
        }
        redirect.addFlashAttribute("done", "registrar.recorded");
        return "redirect:/registrar";
    }

    /** An enrolment with its learner's name and the day, as the list shows it. */
    record EnrolmentRow(Enrolment enrolment, String learner, String on) {}

    /** The newest enrolments in her institutions' offerings, study programmes included, of one kind when chosen. */
    @GetMapping("/registrar/enrolments")
    String enrolments(@RequestParam(required = false) @Nullable String kind, Actor actor, Model model) {
        requireRegistrar(actor);
        ItemKind shown = kind == null ? null : Coded.fromCode(ItemKind.class, kind).orElse(null);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("kind", shown == null ? "" : shown.code());
        model.addAttribute("shownAtMost", EnrollingLearners.RECENT);
        model.addAttribute("enrolments", enrollingLearners.recentAt(actor, shown).stream()
                .map(e -> new EnrolmentRow(e, names.of(e.learnerId()), StudyController.day(e.enrolledAt(), locale))).toList());
        return "study/enrolments";
    }

    @PostMapping("/registrar/enrolments")
    String enrol(@RequestParam Map<String, String> form, Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        requireRegistrar(actor);
        try {
            enrollingLearners.enrolByStudentNumber(new StudentEnrolmentInput(text(form, "institution"), text(form, "studentNumber"), text(form, "kind"),
                    text(form, "item")), actor);
        } catch (InvalidInputException e) {
            return refused("enrolment", form, e, actor, model, response);
        }
        redirect.addFlashAttribute("done", "registrar.enrolled");
        return "redirect:/registrar";
    }

    /** The desk again (422) with the refused form as typed and its problems by field, under {@code name} and {@code nameProblems}. */
    private String refused(String name, Map<String, String> form, InvalidInputException e, Actor actor, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute(name, form);
        model.addAttribute(name + "Problems", FormProblems.of(e));
        return desk(actor, model, null);
    }

    private static void putIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }

    private static @Nullable String text(Map<String, String> form, String field) {
        return Format.present(form.get(field));
    }

    @PostMapping("/registrar/recognitions/{id}/review")
    String startReview(@PathVariable String id, Actor actor, RedirectAttributes redirect) {
        recognitions.startReview(id, actor);
        redirect.addFlashAttribute("done", "registrar.underReview");
        return "redirect:/registrar";
    }

    @PostMapping("/registrar/recognitions/{id}/decision")
    String decide(@PathVariable String id, @RequestParam Map<String, String> form, Actor actor, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        requireRegistrar(actor);
        try {
            recognitions.decide(id, new RecognitionDecisionInput(text(form, "decision"), text(form, "creditedCreditPoints"), text(form, "justification")),
                    actor);
        } catch (InvalidInputException e) {
            // the case's form again, as typed, each problem beside its field
            response.setStatus(422);
            model.addAttribute("decisionCase", id);
            model.addAttribute("decisionForm", form);
            model.addAttribute("decisionProblems", FormProblems.of(e));
            return desk(actor, model, null);
        }
        redirect.addFlashAttribute("done", "registrar.decided");
        return "redirect:/registrar";
    }
}
