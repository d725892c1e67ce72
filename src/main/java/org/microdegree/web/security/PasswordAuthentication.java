package org.microdegree.web.security;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.microdegree.accounts.Accounts;
import org.microdegree.accounts.SignIn;
import org.microdegree.shared.Actor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** E-mail and password, for the sign-in form and HTTP Basic alike, throttled per account. */
@Component
public class PasswordAuthentication implements AuthenticationProvider {

    private final Accounts accounts;

    public PasswordAuthentication(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String email = String.valueOf(request.getPrincipal());
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        return switch (accounts.signIn(email, password)) {
            case SignIn.Accepted a -> {
                Actor actor = a.account().actor();
                yield UsernamePasswordAuthenticationToken.authenticated(actor, null, Actors.authorities(actor));
            }
            case SignIn.Throttled t -> throw new ThrottledException(t.until().atOffset(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")));
            case SignIn.Refused r -> throw new BadCredentialsException("wrong e-mail address or password");
        };
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }

    /** Too many failures in a row; the message holds the instant of the next allowed try. */
    public static final class ThrottledException extends LockedException {
        private final String until;

        ThrottledException(String until) {
            super("too many failed sign-ins; try again after " + until);
            this.until = until;
        }

        public String until() {
            return until;
        }
    }
}
