package org.microdegree.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.accounts.Account;
import org.microdegree.accounts.AccountAdministration;
import org.microdegree.catalog.ReviewRules;
import org.microdegree.conformance.Conformance;
import org.microdegree.policy.Profiles;
import org.springframework.context.i18n.LocaleContextHolder;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Grant;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Role;
import org.microdegree.shared.Violation;
import org.microdegree.shared.validation.Format;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's desk: the people who hold roles at her institutions (grant and revoke roles, disable an
 * account), inviting a person by e-mail, and her institutions' review rule (four eyes). Every check
 * of who may is the accounts' and the catalogue's own; this page only asks.
 */
@Controller
@RequiredArgsConstructor
class AdminController {

    private final AccountAdministration administration;
    private final ReviewRules reviewRules;
    private final Conformance conformance;
    private final Profiles profiles;

    /** An institution's settings as the page shows them: its review rule and the rule profiles it adopts. */
    record Institution(String id, boolean fourEyes, List<String> adopted) {}

    /** A rule profile to adopt: shipped ones, and those an institution made for itself. */
    record Profile(String id, String title, @Nullable String owner) {}

    private static List<String> institutions(Actor actor) {
        List<String> at = AccountAdministration.adminOf(actor).stream().sorted().toList();
        if (at.isEmpty()) {
            throw new ForbiddenException("the admin's desk is for admins");
        }
        return at;
    }

    @GetMapping("/admin")
    String desk(Actor actor, Model model) {
        List<String> at = institutions(actor);
        model.addAttribute("institutions", at);
        model.addAttribute("settings",
                at.stream().map(i -> new Institution(i, reviewRules.fourEyes(InstitutionId.of(i)), conformance.adoptedBy(i))).toList());
        String language = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("profiles", profiles.all().stream().map(p -> new Profile(p.id(), p.title().in(language), p.owner())).toList());
        model.addAttribute("tokens", administration.tokens(actor));
        model.addAttribute("roles", List.of(Role.values()).stream().map(Role::code).toList());
        model.addAttribute("people", administration.accounts(actor).stream().sorted(Comparator.comparing(Account::email)).toList());
        if (!model.containsAttribute("invite")) {
            model.addAttribute("invite", Map.of("institution", at.getFirst(), "role", Role.DESIGNER.code()));
            model.addAttribute("inviteProblems", Map.of());
        }
        return "admin/index";
    }

    @PostMapping("/admin/invitations")
    String invite(@RequestParam Map<String, String> form, Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        institutions(actor);
        try {
            Grant grant = grant(form.get("role"), form.get("institution"));
            AccountAdministration.Invitation i = administration.invite(text(form, "email"), text(form, "name"), grant, actor);
            redirect.addFlashAttribute("invited", i.account().email());
            if (!i.mailed()) {
                redirect.addFlashAttribute("invitationLink", i.link());
            }
            return "redirect:/admin";
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("invite", form);
            model.addAttribute("inviteProblems", FormProblems.of(e));
            return desk(actor, model);
        }
    }

    @PostMapping("/admin/accounts/{id}/roles")
    String grantRole(@PathVariable String id, @RequestParam(required = false) @Nullable String role,
            @RequestParam(required = false) @Nullable String institution, Actor actor, RedirectAttributes redirect) {
        institutions(actor);
        Account a = administration.grant(id, grant(role, institution), actor);
        return done(redirect, "admin.granted", a.email(), "");
    }

    @PostMapping("/admin/accounts/{id}/roles/revocation")
    String revokeRole(@PathVariable String id, @RequestParam(required = false) @Nullable String role,
            @RequestParam(required = false) @Nullable String institution, Actor actor, RedirectAttributes redirect) {
        institutions(actor);
        Account a = administration.revoke(id, grant(role, institution), actor);
        return done(redirect, "admin.revoked", a.email(), "");
    }

    @PostMapping("/admin/accounts/{id}/enabled")
    String enable(@PathVariable String id, @RequestParam boolean enabled, Actor actor, RedirectAttributes redirect) {
        institutions(actor);
        Account a = administration.setEnabled(id, enabled, actor);
        return done(redirect, enabled ? "admin.enabled" : "admin.disabled", a.email(), "");
    }

    @PostMapping("/admin/accounts/{id}/password-reset")
    String resetPassword(@PathVariable String id, Actor actor, RedirectAttributes redirect) {
        institutions(actor);
        AccountAdministration.Invitation i = administration.resetPassword(id, actor);
        redirect.addFlashAttribute("reset", i.account().email());
        if (!i.mailed()) {
            redirect.addFlashAttribute("invitationLink", i.link());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/institutions/{id}/review-rule")
    String reviewRule(@PathVariable String id, @RequestParam boolean fourEyes, Actor actor, RedirectAttributes redirect) {
        institutions(actor);
        if (!InstitutionId.isValid(id)) {
            throw new ForbiddenException("only an admin of " + id + " sets its review rules");
        }
        reviewRules.setFourEyes(InstitutionId.of(id), fourEyes, actor);
        return done(redirect, fourEyes ? "admin.fourEyesOn" : "admin.fourEyesOff", id, "");
    }

    @PostMapping("/admin/institutions/{id}/profiles")
    String adopt(@PathVariable String id, @RequestParam(name = "profile", required = false) @Nullable List<String> adopted, Actor actor,
            RedirectAttributes redirect) {
        institutions(actor);
        conformance.adopt(id, adopted == null ? List.of() : adopted, actor);
        return done(redirect, "admin.adopted", id, "#profiles");
    }

    @PostMapping("/admin/accounts/{id}/tokens/{token}/revocation")
    String revokeToken(@PathVariable String id, @PathVariable String token, Actor actor, RedirectAttributes redirect) {
        institutions(actor);
        administration.revokeToken(id, token, actor);
        return done(redirect, "admin.tokenRevoked", token, "#tokens");
    }

    /** Back to the desk (at {@code anchor}) with the notice {@code key} about {@code subject}. */
    private static String done(RedirectAttributes redirect, String key, String subject, String anchor) {
        redirect.addFlashAttribute("done", key);
        redirect.addFlashAttribute("doneFor", subject);
        return "redirect:/admin" + anchor;
    }

    /** A role at an institution from a form: both named, or the problems of both at once. */
    private static Grant grant(@Nullable String role, @Nullable String institution) {
        List<Violation> problems = new java.util.ArrayList<>();
        Role r = role == null ? null : Role.fromCode(role).orElse(null);
        if (r == null) {
            problems.add(Violation.at("role", "choose one of: " + Role.codes()));
        }
        if (institution == null || !InstitutionId.isValid(institution)) {
            problems.add(Violation.at("institution", "choose an institution where you are admin"));
        }
        if (!problems.isEmpty() || r == null || institution == null) {
            throw new InvalidInputException(problems);
        }
        return new Grant(r, InstitutionId.of(institution));
    }

    private static String text(Map<String, String> form, String field) {
        String v = Format.present(form.get(field));
        return v == null ? "" : v;
    }
}
