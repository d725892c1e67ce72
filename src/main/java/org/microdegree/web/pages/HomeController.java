package org.microdegree.web.pages;

import lombok.RequiredArgsConstructor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.LifecycleStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the sign-in page. */
@Controller
@RequiredArgsConstructor
class HomeController {

    private final Catalogue catalogue;
    private final ObjectProvider<ClientRegistrationRepository> registrations;

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("mdCount", catalogue.list(ItemKind.MICRO_DEGREE, Set.of(LifecycleStatus.PUBLISHED), null, 0, 1).total());
        model.addAttribute("mcCount", catalogue.list(ItemKind.MICRO_CREDENTIAL, Set.of(LifecycleStatus.PUBLISHED), null, 0, 1).total());
        return "home";
    }

    @GetMapping("/login")
    String login(Model model) {
        Map<String, String> sso = new LinkedHashMap<>();
        if (registrations.getIfAvailable() instanceof InMemoryClientRegistrationRepository repo) {
            for (ClientRegistration r : repo) {
                sso.put(r.getRegistrationId(), r.getClientName());
            }
        }
        model.addAttribute("ssoRegistrations", sso);
        return "login";
    }
}
