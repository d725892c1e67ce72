package org.microdegree.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.MalformedRequestException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Every API error as RFC 9457 {@code application/problem+json}, naming the field path where there is one. */
@RestControllerAdvice(annotations = RestController.class)
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final String TYPES = "https://microdegree.org/problems/";

    @ExceptionHandler
    ProblemDetail invalid(InvalidInputException e) {
        HttpStatus status = e instanceof MalformedRequestException ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail p = problem(status, "invalid-input", "Invalid input", e.getMessage());
        p.setProperty("errors", errors(e.violations()));
        return p;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    /** Anonymous callers are told to sign in (401); signed-in ones that they may not (403). */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = auth == null || auth instanceof AnonymousAuthenticationToken;
        if (anonymous) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"microdegree\", Bearer realm=\"microdegree\"")
                    .body(problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Not signed in", e.getMessage()));
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict with the current state", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String path = "";
        String reason = "the request body is not readable JSON";
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof DatabindException d) {
                path = pathOf(d);
                reason = firstLine(d.getOriginalMessage());
                break;
            }
            if (t instanceof JacksonException j) {
                reason = "syntax error: " + firstLine(j.getOriginalMessage());
                if (j.getLocation() != null) {
                    reason += " (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")";
                }
                break;
            }
        }
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
                path.isEmpty() ? reason : path + ": " + reason);
        p.setProperty("errors", List.of(Map.of("path", path, "field", Violation.at(path, reason).field(), "reason", reason)));
        return ResponseEntity.badRequest().body(p);
    }

    private static String pathOf(DatabindException d) {
        StringBuilder s = new StringBuilder();
        for (JacksonException.Reference r : d.getPath()) {
            if (r.getPropertyName() != null) {
                if (!s.isEmpty()) {
                    s.append('.');
                }
                s.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    private static List<Map<String, Object>> errors(List<Violation> violations) {
        return violations.stream().map(ProblemHandler::error).toList();
    }

    /** An error with its place: the field path, and for a file (a CSV row) the file, line and column as well. */
    private static Map<String, Object> error(Violation v) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("path", v.path());
        e.put("field", v.field());
        e.put("reason", v.reason());
        if (v.line() > 0) {
            if (v.source() != null) {
                e.put("source", v.source());
            }
            e.put("line", v.line());
            if (v.column() > 0) {
                e.put("column", v.column());
            }
        }
        return e;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, @Nullable String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
        p.setType(URI.create(TYPES + type));
        p.setTitle(title);
        return p;
    }

    private static String firstLine(@Nullable String m) {
        if (m == null) {
            return "unreadable";
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
