package org.microdegree.web.security;

import lombok.RequiredArgsConstructor;
import org.microdegree.accounts.Accounts;
import org.microdegree.accounts.SignIn;
import org.microdegree.shared.Actor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** E-mail and password, for the sign-in form and HTTP Basic alike, throttled per account. */
@Component
@RequiredArgsConstructor
public class PasswordAuthentication implements AuthenticationProvider {

    static final String REFUSED = "wrong e-mail address or password, or too many failed sign-ins in a row (then wait up to 15 minutes)";

    private final Accounts accounts;

    @Override
    public Authentication authenticate(Authentication request) {
        String email = String.valueOf(request.getPrincipal());
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        return switch (accounts.signIn(email, password)) {
            case SignIn.Accepted a -> {
                Actor actor = a.account().actor();
                yield UsernamePasswordAuthenticationToken.authenticated(actor, null, Actors.authorities(actor));
            }
            // a waiting account is answered as an unknown one: the answer must not tell which addresses have accounts
            case SignIn.Throttled t -> throw new BadCredentialsException(REFUSED);
            case SignIn.Refused r -> throw new BadCredentialsException(REFUSED);
        };
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }

}
