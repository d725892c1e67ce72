package org.microdegree.web.security;

import lombok.RequiredArgsConstructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.microdegree.accounts.Account;
import org.microdegree.accounts.Accounts;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Grant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is asking, as the modules understand it. The account is read again on every request, so
 * that disabling it or revoking a role takes effect at once, also for open sessions.
 */
@Component
@RequiredArgsConstructor
public class Actors {

    private final Accounts accounts;

    public Actor current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public Actor of(Authentication auth) {
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Actor.ANONYMOUS;
        }
        Actor signedIn = switch (auth.getPrincipal()) {
            case Actor a -> a;
            case SsoUser u -> u.actor();
            case null, default -> Actor.ANONYMOUS;
        };
        if (signedIn.account() == null) {
            return signedIn;
        }
        Optional<Account> account = accounts.byId(signedIn.account()).filter(Account::enabled);
        if (account.isEmpty()) {
            return Actor.ANONYMOUS;
        }
        Actor fresh = account.get().actor();
        return signedIn.readOnly() ? fresh.asReadOnly() : fresh;
    }

    /** Authorities for the URL rules; item-level decisions use the fresh {@link Actor}. */
    public static List<GrantedAuthority> authorities(Actor actor) {
        List<GrantedAuthority> list = new ArrayList<>();
        list.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (actor.staff()) {
            list.add(new SimpleGrantedAuthority("ROLE_STAFF"));
        }
        for (Grant g : actor.grants()) {
            list.add(new SimpleGrantedAuthority("ROLE_" + g.role().name()));
        }
        return list;
    }
}
