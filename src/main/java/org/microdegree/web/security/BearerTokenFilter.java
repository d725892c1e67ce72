package org.microdegree.web.security;

import lombok.RequiredArgsConstructor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.microdegree.accounts.Accounts;
import org.microdegree.shared.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer mdg_...}: a personal API token. A wrong token is refused, never taken as anonymous. */
@RequiredArgsConstructor
public class BearerTokenFilter extends OncePerRequestFilter {

    private final Accounts accounts;
    private final ProblemResponses problems;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Accounts.TokenUse> use = accounts.authenticateToken(header.substring(7).strip());
        if (use.isEmpty()) {
            problems.write(response, 401, "unauthorized", "Not signed in", "the API token is unknown, expired or revoked");
            return;
        }
        Actor actor = use.get().actor();
        var auth = UsernamePasswordAuthenticationToken.authenticated(actor, null, Actors.authorities(actor));
        // the VC-API issue endpoint accepts API tokens only, not passwords or sessions
        auth.setDetails("api-token");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
