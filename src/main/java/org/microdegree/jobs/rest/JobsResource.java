package org.microdegree.jobs.rest;

import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.microdegree.jobs.JobView;
import org.microdegree.jobs.Jobs;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk jobs over the API: registrars and admins list them with their counts, follow one, restart
 * one that failed, and start an award of everything met (with their institutions' rights).
 */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs")
@RequiredArgsConstructor
class JobsResource {

    private final Jobs jobs;

    @GetMapping
    @Operation(summary = "The most recent jobs, newest first, with their progress, counts and the reason of a failure")
    List<JobView> list(@RequestParam(defaultValue = "20") int limit, Actor actor) {
        Jobs.requireDesk(actor);
        if (limit < 1 || limit > 200) {
            throw InvalidInputException.of("limit", "expected 1 to 200, got " + limit);
        }
        return jobs.recent(limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One job with its steps and partitions: counts, and which instance ran each")
    JobView get(@PathVariable long id, Actor actor) {
        Jobs.requireDesk(actor);
        return jobs.find(id).orElseThrow(() -> new NotFoundException("no job " + id));
    }

    @PostMapping("/{id}/restart")
    @Operation(summary = "Restart a failed job from its last committed chunk, in the background (202); follow it with GET")
    ResponseEntity<Void> restart(@PathVariable long id, Actor actor) {
        Jobs.requireDesk(actor);
        jobs.find(id).orElseThrow(() -> new NotFoundException("no job " + id));
        jobs.restartInBackground(id, actor);
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }

    @PostMapping("/award")
    @Operation(summary = "Award every met credential of your institutions without a certificate, as a job in the background (202)")
    ResponseEntity<Void> award(@RequestParam(defaultValue = "false") boolean confirm, Actor actor) {
        Jobs.requireDesk(actor);
        jobs.awardInBackground(confirm, actor);
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }
}
