package org.microdegree.admissions.rest;

import org.microdegree.shared.ApplicationId;
import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One application: the applicant and the round's registrars see it; reviewers mark it; the applicant uploads, accepts or withdraws. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Application rounds")
@RequiredArgsConstructor
class ApplicationResource {

    private final PlacingApplications placingApplications;

    @GetMapping("/{id}")
    @Operation(summary = "An application (the applicant, registrars of the round's institution)")
    Views.ApplicationView get(@PathVariable ApplicationId id, Actor actor) {
        return Views.ApplicationView.of(placingApplications.application(id, actor));
    }

    @PutMapping(value = "/{id}/documents/{name}", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Upload a document the round asks for (the request body is the file, at most 10 MB; ?fileName= names it)")
    Views.ApplicationView upload(@PathVariable ApplicationId id, @PathVariable String name, @RequestParam(defaultValue = "") String fileName,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, defaultValue = "application/octet-stream") String type,
            @RequestBody byte[] content, Actor actor) {
        return Views.ApplicationView.of(placingApplications.upload(id, name, fileName, type, content, actor));
    }

    @GetMapping("/{id}/documents/{name}")
    @Operation(summary = "Download an uploaded document (the applicant, registrars of the round's institution)")
    ResponseEntity<byte[]> document(@PathVariable ApplicationId id, @PathVariable String name, Actor actor) {
        var d = placingApplications.document(id, name, actor).orElseThrow(() -> new NotFoundException("no document '" + name + "'"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(d.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(d.content());
    }

    record ReviewBody(@Nullable BigDecimal mark) {}

    @PostMapping("/{id}/reviews")
    @Operation(summary = "Your mark for the application, 0 to 100 (registrars and quality assurance of the round's institution)")
    Views.ApplicationView review(@PathVariable ApplicationId id, @RequestBody ReviewBody body, Actor actor) {
        if (body.mark() == null) {
            throw InvalidInputException.of("mark", "required");
        }
        return Views.ApplicationView.of(placingApplications.review(id, body.mark(), actor));
    }

    @PostMapping("/{id}/acceptance")
    @Operation(summary = "A selected applicant takes the place: enrolled")
    Views.EnrolmentView accept(@PathVariable ApplicationId id, Actor actor) {
        return Views.EnrolmentView.of(placingApplications.accept(id, actor));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw the application; a place it held goes to the waitlist")
    Views.ApplicationView withdraw(@PathVariable ApplicationId id, Actor actor) {
        return Views.ApplicationView.of(placingApplications.withdraw(id, actor));
    }
}
