package org.microdegree.web.pages;

import org.microdegree.shared.ConflictException;
import org.microdegree.shared.validation.Format;
import lombok.RequiredArgsConstructor;
import org.microdegree.shared.ApplicationId;
import org.microdegree.shared.RoundId;
import org.microdegree.shared.LearnerId;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.audit.Audits;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.CatalogueTitles;
import org.microdegree.learners.AccountLinks;
import org.microdegree.results.Achievements;
import org.microdegree.admissions.ApplicationInput;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.learners.LearnerRecords;
import org.microdegree.learners.Learners;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.results.RecognitionInput;
import org.microdegree.results.Recognitions;
import org.microdegree.learners.model.Notification;
import org.microdegree.admissions.rules.Deadlines;
import org.microdegree.results.rules.GradeConversion;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Days;
import org.microdegree.shared.InvalidInputException;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The learners' pages: the open application rounds (public) and the learner's own page with export
 * and erasure (the registrar's desk is {@link RegistrarDeskController}).
 */
@Controller
@RequiredArgsConstructor
class StudyController {

    /** Zones offered for showing deadlines; the round's own zone is always shown too. */
    static final List<String> ZONES = List.of("UTC", "Europe/Lisbon", "Europe/Berlin", "Europe/Helsinki", "Europe/Istanbul", "Asia/Kolkata",
            "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo", "America/New_York", "America/Los_Angeles");

    private final Learners learners;
    private final AccountLinks links;
    private final ApplicationRounds applicationRounds;
    private final PlacingApplications placingApplications;
    private final EnrollingLearners enrollingLearners;
    private final Achievements achievements;
    private final Recognitions recognitions;
    private final Catalogue catalogue;
    private final MessageSource messages;
    private final Audits audits;
    private final CertificateCards certificateCards;
    private final RoundRows roundRows;

    /** "5 December 2026", "5. Dezember 2026": a day in the reader's language, in Germany's zone. */
    static String day(Instant at, Locale locale) {
        return Days.of(at.atZone(ZoneId.of("Europe/Berlin")).toLocalDate(), locale);
    }

    static String when(Instant at, ZoneId zone) {
        Locale locale = LocaleContextHolder.getLocale();
        String pattern = locale.getLanguage().equals("de") ? "d. MMMM uuuu, HH:mm zzz" : "d MMMM uuuu, HH:mm zzz";
        return DateTimeFormatter.ofPattern(pattern, locale).format(at.atZone(zone));
    }

    // ---- public: the open rounds ----

    @GetMapping("/rounds")
    String rounds(@RequestParam(required = false) @Nullable String zone, Model model) {
        ZoneId viewer = zone == null || zone.isBlank() ? null : Deadlines.zone(zone).orElse(null);
        model.addAttribute("rounds", applicationRounds.open().stream().map(r -> roundRows.row(r, viewer)).toList());
        model.addAttribute("zones", ZONES);
        model.addAttribute("zone", viewer == null ? "" : viewer.getId());
        return "study/rounds";
    }

    @PostMapping("/rounds/{id}/apply")
    String apply(@PathVariable RoundId id, @RequestParam Map<String, String> form, Actor actor, RedirectAttributes redirect) {
        String english = Format.present(form.get("englishLevel"));
        Map<String, String> languages = english == null ? Map.of() : Map.of("en", english);
        try {
            placingApplications.apply(id, new ApplicationInput(null, Format.present(form.get("homeInstitution")), level(form.get("enrolledEqf")),
                    level(form.get("priorDegreeEqf")), Format.present(form.get("priorGrade")), languages), actor);
        } catch (InvalidInputException | ConflictException e) {
            // back to the round's form with what she chose and why it was refused, beside the field or above the form
            redirect.addFlashAttribute("applyRound", id.value());
            redirect.addFlashAttribute("applyValues", form);
            redirect.addFlashAttribute("applyProblems", e instanceof InvalidInputException invalid ? FormProblems.of(invalid) : Map.of());
            redirect.addFlashAttribute("applyRefused", e instanceof ConflictException ? e.getMessage() : "");
            return "redirect:/rounds#round-" + id.value();
        }
        redirect.addFlashAttribute("done", "study.applied");
        return "redirect:/me";
    }

    /** A level chosen from the form's list; anything else is no level (the list offers only these). */
    private static @Nullable Integer level(@Nullable String chosen) {
        return chosen == null || !chosen.matches("[1-8]") ? null : Integer.valueOf(chosen);
    }

    @PostMapping("/rounds/{id}/enrol")
    String enrolFirstCome(@PathVariable RoundId id, Actor actor, RedirectAttributes redirect) {
        enrollingLearners.enrol(id, null, actor);
        redirect.addFlashAttribute("done", "study.enrolled");
        return "redirect:/me";
    }

    // ---- the learner's own page ----

    @GetMapping("/me")
    String me(Actor actor, Model model, @RequestParam(name = "whatIf", required = false) @Nullable List<String> whatIf) {
        var own = learners.own(actor);
        if (own.isEmpty()) {
            // nothing is linked: reading this page makes no record; the person may prove a record's e-mail address
            model.addAttribute("claimsPossible", links.claimsPossible());
            return "study/no-record";
        }
        LearnerId id = own.get().id();
        LearnerRecords file = learners.records(id, actor);
        MyRecords r = new MyRecords(file.learner(), placingApplications.ofLearner(id), enrollingLearners.enrolments(id),
                achievements.of(id, actor), recognitions.ofLearner(id), file.notifications());
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("records", r);
        CatalogueTitles titles = new CatalogueTitles(catalogue, locale.getLanguage());
        model.addAttribute("titles", titles);
        model.addAttribute("rounds", r.applications().stream().collect(LinkedHashMap<RoundId, RoundRows.RoundRow>::new,
                (m, a) -> m.put(a.roundId(), roundRows.row(applicationRounds.round(a.roundId()), null)), Map::putAll));
        model.addAttribute("ects", r.achievements().stream().collect(LinkedHashMap<String, String>::new,
                (m, a) -> m.put(a.id(), String.valueOf(GradeConversion.ectsOf(a.grade()))), Map::putAll));
        model.addAttribute("notes", r.notifications().stream().map(n -> subject(n, locale, titles)).toList());
        var reports = audits.reports(id, null, List.of(), actor);
        model.addAttribute("audits", reports);
        model.addAttribute("worksheets", new AuditWorksheet(r.achievements(), r.recognitions(), titles, messages, locale).of(reports));
        model.addAttribute("certificates", certificateCards.of(actor));
        // what-if: the same audits with the ticked units passed, shown beside the real ones and never stored
        List<String> planned = whatIf == null ? List.of() : whatIf.stream().filter(u -> !u.isBlank()).distinct().toList();
        model.addAttribute("planned", planned);
        model.addAttribute("whatIfUnits", reports.stream().flatMap(a -> a.missing().stream()).map(m -> m.unit()).distinct().toList());
        if (!planned.isEmpty()) {
            model.addAttribute("whatIfAudits", audits.reports(id, null, audits.passing(planned), actor));
        }
        model.addAttribute("totalCp", r.achievements().stream().filter(a -> a.grade().passed()).map(a -> a.creditPoints())
                .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros().toPlainString());
        return "study/me";
    }

    private String subject(Notification n, Locale locale, CatalogueTitles titles) {
        Object[] args = {titles.of(n.args().getOrDefault("item", "")), n.args().getOrDefault("round", ""), n.args().getOrDefault("detail", "")};
        return messages.getMessage("notification." + n.kind() + ".subject", args, n.kind(), locale);
    }

    @PostMapping("/me/claim")
    String requestClaim(Actor actor, RedirectAttributes redirect) {
        AccountLinks.Claim claim = links.requestClaim(actor);
        redirect.addFlashAttribute("claimSentTo", claim.email());
        redirect.addFlashAttribute("demoLink", claim.demoLink());
        return "redirect:/me";
    }

    @GetMapping("/me/claim/{secret}")
    String claimPage(@PathVariable String secret, Model model) {
        model.addAttribute("secret", secret);
        return "study/claim";
    }

    @PostMapping("/me/claim/{secret}")
    String confirmClaim(@PathVariable String secret, Actor actor, RedirectAttributes redirect) {
        links.confirmClaim(secret, actor);
        redirect.addFlashAttribute("done", "claim.linked");
        return "redirect:/me";
    }

    @GetMapping("/me/export")
    ResponseEntity<Map<String, Object>> export(Actor actor) {
        LearnerId id = learners.self(actor).id();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("my-microdegree-data.json").build().toString()).body(learners.export(id, actor));
    }

    @PostMapping("/me/erasure")
    String erase(@RequestParam(defaultValue = "false") boolean confirm, Actor actor, HttpServletRequest request) throws ServletException {
        if (!confirm) {
            throw InvalidInputException.of("confirm", "tick the box to confirm the erasure");
        }
        learners.erase(learners.self(actor).id(), actor);
        // signed out at once: the session belonged to the person whose data are gone (and whose account may be too)
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/?erased";
    }

    @PostMapping("/me/applications/{id}/accept")
    String accept(@PathVariable ApplicationId id, Actor actor, RedirectAttributes redirect) {
        placingApplications.accept(id, actor);
        redirect.addFlashAttribute("done", "study.enrolled");
        return "redirect:/me";
    }

    @PostMapping("/me/applications/{id}/withdraw")
    String withdraw(@PathVariable ApplicationId id, Actor actor, RedirectAttributes redirect) {
        placingApplications.withdraw(id, actor);
        redirect.addFlashAttribute("done", "study.withdrawn");
        return "redirect:/me";
    }

    @PostMapping("/me/applications/{id}/documents/{name}")
    String upload(@PathVariable ApplicationId id, @PathVariable String name,
            @RequestParam(name = "file", required = false) org.springframework.web.multipart.@Nullable MultipartFile file,
            Actor actor, RedirectAttributes redirect) throws IOException {
        placingApplications.application(id, actor);
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "choose a file to upload");
        }
        placingApplications.upload(id, name, file.getOriginalFilename() == null ? name : file.getOriginalFilename(),
                file.getContentType() == null ? "application/octet-stream" : file.getContentType(), file.getBytes(), actor);
        redirect.addFlashAttribute("done", "study.uploaded");
        return "redirect:/me";
    }

    @PostMapping("/me/recognitions")
    String requestRecognition(@RequestParam String achievement, @RequestParam String target, @RequestParam String targetRef, Actor actor,
            RedirectAttributes redirect) {
        recognitions.request(new RecognitionInput(null, achievement, null, null, null, null, target, targetRef, null, null), actor);
        redirect.addFlashAttribute("done", "study.recognitionRequested");
        return "redirect:/me";
    }
}
