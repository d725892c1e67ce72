package org.microdegree.web.security;

import lombok.RequiredArgsConstructor;
import java.util.Optional;
import org.microdegree.accounts.Account;
import org.microdegree.accounts.Accounts;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** After the provider has vouched for a person: find or make their account and map the claims to roles. */
@RequiredArgsConstructor
public class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final Accounts accounts;
    private final ClaimMapping mapping;

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        String issuer = String.valueOf(user.getIssuer());
        Optional<Account> account = accounts.signInWithSso(issuer, user.getSubject(), user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()), user.getFullName(), mapping.grants(user.getClaims()));
        if (account.isEmpty()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied", "the account is disabled", null));
        }
        var actor = account.get().actor();
        return new SsoUser(Actors.authorities(actor), user.getIdToken(), user.getUserInfo(), actor);
    }
}
