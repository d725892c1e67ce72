package org.microdegree.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.credentials.Certificates;
import org.microdegree.credentials.ConfirmingAwards;
import org.microdegree.credentials.model.Certificate;
import org.microdegree.jobs.Jobs;
import org.microdegree.shared.Actor;
import org.microdegree.shared.CertificateId;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.microdegree.shared.Violation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registrar's certificates: awards that wait for her confirmation (confirmed one or many at
 * once), her institutions' newest certificates found by learner, student number or id, one
 * certificate revoked with a reason, a revocation list checked line by line and then run as a job,
 * and an export of them all as a ZIP, written by a job and downloaded from its page.
 */
@Controller
@RequiredArgsConstructor
class CertificateDeskController {

    private final Certificates certificates;
    private final ConfirmingAwards confirming;
    private final Jobs jobs;
    private final UploadFolders uploads;
    private final LearnerNames names;

    private static void requireRegistrar(Actor actor) {
        if (!actor.hasAnywhere(Role.REGISTRAR)) {
            throw new ForbiddenException("the registrar's desk is for registrars");
        }
    }

    /** A certificate with its holder's name, as the lists show it. */
    record CertificateRow(Certificate certificate, String learner, String issued) {}

    @GetMapping("/registrar/certificates")
    String desk(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String status, Actor actor,
            Model model) {
        requireRegistrar(actor);
        Boolean revoked = "revoked".equals(status) ? Boolean.TRUE : "valid".equals(status) ? Boolean.FALSE : null;
        Locale locale = LocaleContextHolder.getLocale();
        List<ConfirmingAwards.Waiting> waiting = confirming.waiting(actor);
        model.addAttribute("waiting", waiting);
        model.addAttribute("waitingNames", waiting.stream().map(w -> w.learner()).distinct()
                .collect(Collectors.toMap(l -> l.value(), names::of)));
        model.addAttribute("waitingShown", ConfirmingAwards.SHOWN);
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("status", revoked == null ? "" : status);
        model.addAttribute("certificates", certificates.recent(q, revoked, actor).stream()
                .map(c -> new CertificateRow(c, names.of(c.learner()), StudyController.day(c.issued(), locale))).toList());
        model.addAttribute("recentShown", Certificates.RECENT);
        if (!model.containsAttribute("revocationProblems")) {
            model.addAttribute("revocationProblems", List.of());
        }
        return "study/certificate-desk";
    }

    @PostMapping("/registrar/certificates/confirmation")
    String confirm(@RequestParam(name = "award", required = false) @Nullable List<String> awards, Actor actor, RedirectAttributes redirect) {
        requireRegistrar(actor);
        if (awards == null || awards.isEmpty()) {
            redirect.addFlashAttribute("problem", "certdesk.chooseAwards");
            return "redirect:/registrar/certificates";
        }
        ConfirmingAwards.Outcome outcome = confirming.confirm(awards, actor);
        redirect.addFlashAttribute("confirmed", outcome);
        return "redirect:/registrar/certificates";
    }

    /** A certificate of one of her institutions; another's is not shown at all. */
    private Certificate managed(CertificateId id, Actor actor) {
        requireRegistrar(actor);
        Certificate c = certificates.get(id, actor);
        if (!actor.has(Role.REGISTRAR, c.institution())) {
            throw new NotFoundException("no certificate " + id + " of your institutions");
        }
        return c;
    }

    @GetMapping("/registrar/certificates/{id}")
    String certificate(@PathVariable CertificateId id, Actor actor, Model model) {
        Certificate c = managed(id, actor);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("row", new CertificateRow(c, names.of(c.learner()), StudyController.day(c.issued(), locale)));
        model.addAttribute("revokedOn", c.revokedAt() == null ? "" : StudyController.day(c.revokedAt(), locale));
        if (!model.containsAttribute("reason")) {
            model.addAttribute("reason", "");
            model.addAttribute("problems", Map.of());
        }
        return "study/certificate";
    }

    @PostMapping("/registrar/certificates/{id}/revocation")
    String revoke(@PathVariable CertificateId id, @RequestParam(required = false) @Nullable String reason, Actor actor, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        managed(id, actor); // whose it is before what was typed
        try {
            certificates.revoke(id, reason == null ? "" : reason, actor);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("reason", reason == null ? "" : reason);
            model.addAttribute("problems", FormProblems.of(e));
            return certificate(id, actor, model);
        }
        redirect.addFlashAttribute("done", "certdesk.revoked");
        return "redirect:/registrar/certificates/" + id;
    }

    /** A revocation list is checked whole first: every error by line, or how many it revokes and a button to run it. */
    @PostMapping("/registrar/certificates/revocations")
    String checkList(@RequestParam(value = "file", required = false) @Nullable MultipartFile file, Actor actor, Model model,
            HttpServletResponse response) throws IOException {
        requireRegistrar(actor);
        if (file == null || file.isEmpty()) {
            return refusedList(List.of("file: choose a CSV file with the columns certificate and reason"), actor, model, response);
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "revocations.csv"
                : Path.of(file.getOriginalFilename()).getFileName().toString();
        Path dir = uploads.create();
        Path csv = dir.resolve("revocations.csv");
        file.transferTo(csv);
        Files.writeString(dir.resolve(".name"), name);
        try {
            model.addAttribute("listSize", jobs.checkRevocations(csv, name, actor));
        } catch (InvalidInputException e) {
            Files.deleteIfExists(csv);
            return refusedList(e.violations().stream().map(Violation::describe).limit(200).toList(), actor, model, response);
        }
        model.addAttribute("listName", name);
        model.addAttribute("listToken", dir.getFileName().toString());
        return desk(null, null, actor, model);
    }

    private String refusedList(List<String> problems, Actor actor, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("revocationProblems", problems);
        return desk(null, null, actor, model);
    }

    @PostMapping("/registrar/certificates/revocations/{token}")
    String runList(@PathVariable String token, Actor actor, RedirectAttributes redirect) throws IOException {
        requireRegistrar(actor);
        Path dir = uploads.find(token).filter(d -> Files.isRegularFile(d.resolve("revocations.csv")))
                .orElseThrow(() -> new NotFoundException("no revocation list " + token + " (upload it again)"));
        jobs.revokeInBackground(dir.resolve("revocations.csv"), Files.readString(dir.resolve(".name")), actor);
        redirect.addFlashAttribute("done", "certdesk.revocationStarted");
        return "redirect:/jobs";
    }

    @PostMapping("/registrar/certificates/export")
    String export(@RequestParam(defaultValue = "") String pdf, Actor actor, RedirectAttributes redirect) throws IOException {
        requireRegistrar(actor);
        String language = switch (pdf) {
            case "en", "de" -> pdf;
            default -> null;
        };
        jobs.exportInBackground(uploads.create().resolve("certificates.zip"), language, actor);
        redirect.addFlashAttribute("done", "certdesk.exportStarted");
        return "redirect:/jobs";
    }
}
