package org.microdegree.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.accounts.AccountAdministration;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The invited person's page: her one-time link asks for a password, then she signs in. */
@Controller
@RequiredArgsConstructor
class InvitationController {

    private final AccountAdministration administration;

    @GetMapping("/invitation/{secret}")
    String form(@PathVariable String secret, Model model) {
        if (!administration.invitationOpen(secret)) {
            throw new NotFoundException("this invitation has been used or has expired; ask your admin for a new one");
        }
        model.addAttribute("secret", secret);
        model.addAttribute("problems", Map.of());
        return "account/invitation";
    }

    @PostMapping("/invitation/{secret}")
    String accept(@PathVariable String secret, @RequestParam(required = false) @Nullable String password,
            @RequestParam(required = false) @Nullable String repeated, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            administration.acceptInvitation(secret, password == null ? "" : password, repeated == null ? "" : repeated);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("secret", secret);
            model.addAttribute("problems", FormProblems.of(e));
            return "account/invitation";
        }
        return "redirect:/login?invited";
    }
}
