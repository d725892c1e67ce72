package org.microdegree.web.security;

import java.util.Collection;
import org.microdegree.shared.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A person signed in through the university's OpenID provider, with the account it maps to. */
public class SsoUser extends DefaultOidcUser {

    private final Actor actor;

    SsoUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo, Actor actor) {
        super(authorities, idToken, userInfo, "sub");
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.name();
    }
}
