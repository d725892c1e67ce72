package org.microdegree.web.security;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ChangesNothing;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The one place where a read-only API token is stopped: every request that may change something
 * (any method but GET, HEAD and OPTIONS on a handler not marked {@link ChangesNothing}) is refused
 * with 403 before the controller runs, whatever module the endpoint belongs to. The modules still
 * check role and institution; this check is about the token's scope only.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TokenScopeGuard implements HandlerInterceptor {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Actors actors;
    private final ProblemResponses problems;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (SAFE.contains(request.getMethod()) || !(handler instanceof HandlerMethod method)
                || method.hasMethodAnnotation(ChangesNothing.class)) {
            return true;
        }
        Actor actor = actors.current();
        if (actor.anonymous() || !actor.readOnly()) {
            return true;
        }
        problems.write(response, 403, "read-only-token", "Read-only token",
                "this API token has only the read scope and cannot change anything; make a token with the write scope");
        return false;
    }
}
