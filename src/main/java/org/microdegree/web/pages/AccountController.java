package org.microdegree.web.pages;

import lombok.RequiredArgsConstructor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.microdegree.accounts.Account;
import org.microdegree.accounts.Accounts;
import org.microdegree.accounts.NewToken;
import org.microdegree.accounts.TokenScope;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account and API tokens. */
@Controller
@RequiredArgsConstructor
class AccountController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** A token as the page lists it. */
    record TokenRow(String id, String name, String scopes, String expires, @org.jspecify.annotations.Nullable String lastUsed, String state) {}

    private final Accounts accounts;

    @GetMapping("/account")
    String account(Actor actor, Model model) {
        Account a = own(actor);
        model.addAttribute("account", a);
        model.addAttribute("grants", a.grants().stream().sorted(Comparator.comparing(Object::toString)).toList());
        model.addAttribute("minLength", Accounts.MIN_PASSWORD_LENGTH);
        return "account/index";
    }

    @PostMapping("/account/password")
    String changePassword(Actor actor, @RequestParam String currentPassword, @RequestParam String newPassword,
            Model model, RedirectAttributes redirect) {
        Account a = own(actor);
        try {
            accounts.changePassword(a.id(), currentPassword.toCharArray(), newPassword.toCharArray());
        } catch (InvalidInputException e) {
            model.addAttribute("passwordError", e.violations().getFirst().field() + ": " + e.violations().getFirst().reason());
            return account(actor, model);
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    @GetMapping("/account/tokens")
    String tokens(Actor actor, Model model) {
        Account a = own(actor);
        Instant now = Instant.now();
        model.addAttribute("tokens", accounts.tokens(a.id()).stream().map(t -> new TokenRow(t.id(), t.name(),
                String.join(", ", scopes(t.scopes())), DAY.format(t.expiresAt()),
                t.lastUsedAt() == null ? null : MINUTE.format(t.lastUsedAt()),
                t.revokedAt() != null ? "revoked" : t.activeAt(now) ? "active" : "expired")).toList());
        return "account/tokens";
    }

    @PostMapping("/account/tokens")
    String createToken(Actor actor, @RequestParam String name, @RequestParam(defaultValue = "read") String scope,
            @RequestParam(defaultValue = "90") String validDays, Model model) {
        Account a = own(actor);
        Set<TokenScope> scopes = scope.equals("write") ? EnumSet.of(TokenScope.READ, TokenScope.WRITE) : EnumSet.of(TokenScope.READ);
        try {
            int days;
            try {
                days = Integer.parseInt(validDays.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("validDays", "must be a whole number of days");
            }
            NewToken t = accounts.createToken(a.id(), name, scopes, Duration.ofDays(days));
            model.addAttribute("created", t);
        } catch (InvalidInputException e) {
            model.addAttribute("tokenError", e.violations().getFirst().field() + ": " + e.violations().getFirst().reason());
        }
        return tokens(actor, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(Actor actor, @PathVariable String id) {
        accounts.revokeToken(own(actor).id(), id);
        return "redirect:/account/tokens";
    }

    private Account own(Actor actor) {
        if (actor.account() == null) {
            throw new ForbiddenException("sign in first");
        }
        return accounts.byId(actor.account()).orElseThrow(() -> new ForbiddenException("sign in first"));
    }

    static List<String> scopes(Set<TokenScope> scopes) {
        return scopes.stream().map(TokenScope::code).sorted().toList();
    }
}
