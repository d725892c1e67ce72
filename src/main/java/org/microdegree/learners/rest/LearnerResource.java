package org.microdegree.learners.rest;

import org.microdegree.shared.LearnerId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microdegree.learners.AccountLinks;
import org.microdegree.learners.LearnerInput;
import org.microdegree.learners.LearnerRecords;
import org.microdegree.learners.Learners;
import org.microdegree.learners.model.JournalRow;
import org.microdegree.learners.model.Learner;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Learner records. A learner sees only their own (by their account: {@code /me}); a registrar sees
 * the learners of their institutions. Anyone else is told the learner does not exist.
 */
@RestController
@RequestMapping("/api/v1/learners")
@Tag(name = "Learners")
class LearnerResource {

    private final Learners learners;
    private final AccountLinks links;

    LearnerResource(Learners learners, AccountLinks links) {
        this.links = links;
        this.learners = learners;
    }

    @GetMapping
    @Operation(summary = "The learners of the institutions where you are registrar")
    List<Views.LearnerView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Actor actor) {
        if (!actor.hasAnywhere(Role.REGISTRAR)) {
            throw new ForbiddenException("the list of learners is for registrars");
        }
        int rows = Math.min(500, Math.max(1, size));
        if (page < 0 || (long) page * rows > 100_000_000L) {
            throw InvalidInputException.of("page", "must be between 0 and " + 100_000_000L / rows + " for pages of " + rows);
        }
        return learners.list(actor, page, rows).stream().map(Views.LearnerView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Enter a learner (registrars of the institution named)")
    ResponseEntity<Views.LearnerView> create(@RequestBody LearnerInput body, Actor actor) {
        Learner l = learners.create(body, actor);
        return ResponseEntity.created(URI.create("/api/v1/learners/" + l.id())).body(Views.LearnerView.of(l));
    }

    @GetMapping("/me")
    @Operation(summary = "Your own learner record: the one linked to your account (404 while none is; reading never makes one)")
    Views.LearnerView me(Actor actor) {
        return Views.LearnerView.of(learners.self(actor));
    }

    @PostMapping("/me/claims")
    @Operation(summary = "Ask for a one-time link to the e-mail address of your account, to link the learner record a registrar"
            + " made for that address (valid 24 hours; in demo mode the link is in the answer, as no mail is sent)")
    ResponseEntity<AccountLinks.Claim> claim(Actor actor) {
        return ResponseEntity.accepted().body(links.requestClaim(actor));
    }

    @PostMapping("/me/claims/{secret}")
    @Operation(summary = "Follow the one-time link: the learner record is linked to your account")
    Views.LearnerView confirmClaim(@PathVariable String secret, Actor actor) {
        return Views.LearnerView.of(links.confirmClaim(secret, actor));
    }

    record LinkBody(@org.jspecify.annotations.Nullable String email) {}

    @PostMapping("/{id}/account")
    @Operation(summary = "Link the learner record to the account with this e-mail address (registrars of an institution that holds the record)")
    Views.LearnerView link(@PathVariable LearnerId id, @RequestBody LinkBody body, Actor actor) {
        return Views.LearnerView.of(links.linkByRegistrar(id, body.email(), actor));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A learner")
    Views.LearnerView get(@PathVariable LearnerId id, Actor actor) {
        return Views.LearnerView.of(learners.get(id, actor));
    }

    @GetMapping("/{id}/records")
    @Operation(summary = "Applications, enrolments, achievements, recognition cases and notifications of a learner")
    Map<String, Object> records(@PathVariable LearnerId id, Actor actor) {
        LearnerRecords r = learners.records(id, actor);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("learner", Views.LearnerView.of(r.learner()));
        out.putAll(r.kept());
        out.put("notifications", r.notifications().stream().map(Views.NotificationView::of).toList());
        return out;
    }

    @GetMapping(value = "/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "All data kept about the learner as one JSON file (GDPR art. 15 and 20)")
    ResponseEntity<Map<String, Object>> export(@PathVariable LearnerId id, Actor actor) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("microdegree-learner-" + id + ".json").build().toString()).body(learners.export(id, actor));
    }

    @PostMapping("/{id}/erasure")
    @Operation(summary = "Erase the learner's personal data (GDPR art. 17); results stay under a pseudonymous id so certificates remain verifiable")
    Views.LearnerView erase(@PathVariable LearnerId id, Actor actor) {
        return Views.LearnerView.of(learners.erase(id, actor));
    }

    @PutMapping("/{id}/consents/{purpose}")
    @Operation(summary = "Give a consent (the learner themself): notifications-by-email, share-with-partners")
    Views.LearnerView consent(@PathVariable LearnerId id, @PathVariable String purpose, Actor actor) {
        return Views.LearnerView.of(learners.setConsent(id, purpose, true, actor));
    }

    @DeleteMapping("/{id}/consents/{purpose}")
    @Operation(summary = "Withdraw a consent (the learner themself)")
    Views.LearnerView withdrawConsent(@PathVariable LearnerId id, @PathVariable String purpose, Actor actor) {
        return Views.LearnerView.of(learners.setConsent(id, purpose, false, actor));
    }

    @GetMapping("/{id}/journal")
    @Operation(summary = "Every step recorded about the learner")
    List<JournalRow> journal(@PathVariable LearnerId id, Actor actor) {
        return learners.journal(id, actor);
    }
}
