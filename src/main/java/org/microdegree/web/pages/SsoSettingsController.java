package org.microdegree.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.accounts.AccountAdministration;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Grant;
import org.microdegree.web.security.ClaimMapping;
import org.microdegree.web.security.SsoProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single sign-on claim mapping as configured (read only: it is the installation's configuration,
 * docs/single-sign-on.md), and a test: the admin pastes a claim set and sees the institution and
 * roles a person with those claims would get at her first sign-in.
 */
@Controller
@ConditionalOnWebApplication // the claim mapping is the web security's: the command line has none
@RequiredArgsConstructor
class SsoSettingsController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EXAMPLE = """
            {"email": "new.person@luh.example", "schac_home_organization": "uni-hannover.de", "groups": ["staff", "qa"]}""";

    private final SsoProperties sso;

    @GetMapping("/admin/sso")
    String settings(Actor actor, Model model) {
        requireAdmin(actor);
        model.addAttribute("sso", sso);
        model.addAttribute("claims", EXAMPLE);
        model.addAttribute("problems", Map.of());
        return "admin/sso";
    }

    @PostMapping("/admin/sso/test")
    String test(@RequestParam(required = false) @Nullable String claims, Actor actor, Model model, HttpServletResponse response) {
        requireAdmin(actor);
        model.addAttribute("sso", sso);
        model.addAttribute("claims", claims == null ? "" : claims);
        try {
            Map<String, Object> parsed = JSON.readValue(claims == null ? "" : claims, new TypeReference<Map<String, Object>>() {
            });
            List<Grant> grants = List.copyOf(new ClaimMapping(sso).grants(parsed));
            model.addAttribute("grants", grants);
            model.addAttribute("problems", Map.of());
        } catch (JacksonException e) {
            response.setStatus(422);
            model.addAttribute("problems", Map.of("claims", "not a JSON object of claims, such as " + EXAMPLE.strip()));
        }
        return "admin/sso";
    }

    private static void requireAdmin(Actor actor) {
        if (AccountAdministration.adminOf(actor).isEmpty()) {
            throw new ForbiddenException("the single sign-on settings are for admins");
        }
    }
}
