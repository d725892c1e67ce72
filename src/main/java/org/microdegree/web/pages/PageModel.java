package org.microdegree.web.pages;

import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.catalog.ReviewQueue;
import org.microdegree.shared.Role;
import org.microdegree.web.security.Actors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every page's layout needs (who is signed in, the language switcher), and error pages instead of problems.
 * Boot's error controller gets the layout's model too, so that a signed-in person's 404 page shows her signed in.
 */
@ControllerAdvice(basePackages = "org.microdegree.web.pages", assignableTypes = ErrorController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class PageModel {

    private final Actors actors;
    private final ReviewQueue reviewQueue;

    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        Actor current = actors.current();
        model.addAttribute("actor", current);
        model.addAttribute("registrar", current.hasAnywhere(Role.REGISTRAR));
        model.addAttribute("admin", current.grants().stream().anyMatch(g -> g.role() == Role.ADMIN));
        // quality assurance sees in the navigation how much waits for her
        model.addAttribute("reviewCount", current.hasAnywhere(Role.QUALITY) && !current.operator() ? reviewQueue.count(current) : -1);
        // GET pages switch in place; after a POST the switcher leads to the same address by GET
        model.addAttribute("langEn", ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", "en").build().toUriString());
        model.addAttribute("langDe", ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", "de").build().toUriString());
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return error(404, e.getMessage(), model, response);
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, Model model, HttpServletResponse response) {
        return error(403, e.getMessage(), model, response);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletResponse response) {
        return error(409, e.getMessage(), model, response);
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, Model model, HttpServletResponse response) {
        return error(400, e.getMessage(), model, response);
    }

    private String error(int status, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status);
        Actor actor = actors.current();
        model.addAttribute("actor", actor);
        model.addAttribute("status", status);
        model.addAttribute("detail", detail);
        return "error";
    }
}
