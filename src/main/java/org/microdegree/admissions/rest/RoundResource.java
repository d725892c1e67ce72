package org.microdegree.admissions.rest;

import org.microdegree.shared.RoundId;
import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.admissions.ApplicationInput;
import org.microdegree.admissions.ApplicationRounds;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.admissions.PlacingApplications;
import org.microdegree.admissions.RoundInput;
import org.microdegree.admissions.SelectingApplicants;
import org.microdegree.admissions.model.ApplicationRound;
import org.microdegree.admissions.rules.Deadlines;
import org.microdegree.admissions.rules.Selection;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Application rounds: open ones are public; registrars open them, see the applications and select. */
@RestController
@RequestMapping("/api/v1/application-rounds")
@Tag(name = "Application rounds")
@RequiredArgsConstructor
class RoundResource {

    private final ApplicationRounds applicationRounds;
    private final PlacingApplications placingApplications;
    private final SelectingApplicants selectingApplicants;
    private final EnrollingLearners enrollingLearners;

    static @Nullable ZoneId viewer(@Nullable String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        return Deadlines.zone(zone).orElseThrow(() -> InvalidInputException.of("zone", "'" + zone + "' is not a time zone such as Asia/Tokyo"));
    }

    @GetMapping
    @Operation(summary = "Rounds open for applications now (public); ?zone= also shows the deadlines in your time zone;"
            + " ?managed=true lists the rounds of your institutions (registrars)")
    List<Views.RoundView> list(@RequestParam(required = false) String zone, @RequestParam(defaultValue = "false") boolean managed, Actor actor) {
        ZoneId viewer = viewer(zone);
        if (managed && actor.anonymous()) {
            throw new ForbiddenException("sign in to see the rounds you manage");
        }
        List<ApplicationRound> rounds = managed ? applicationRounds.managed(actor) : applicationRounds.open();
        return rounds.stream().map(r -> Views.RoundView.of(r, viewer, Clock.systemUTC().instant())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One round (public)")
    Views.RoundView get(@PathVariable RoundId id, @RequestParam(required = false) String zone) {
        return Views.RoundView.of(applicationRounds.round(id), viewer(zone), Clock.systemUTC().instant());
    }

    @PostMapping
    @Operation(summary = "Open a round for a published micro-credential or programme of your institution (registrars)")
    ResponseEntity<Views.RoundView> create(@RequestBody RoundInput body, Actor actor) {
        ApplicationRound r = applicationRounds.createRound(body, actor);
        return ResponseEntity.created(URI.create("/api/v1/application-rounds/" + r.id())).body(Views.RoundView.of(r, null, Clock.systemUTC().instant()));
    }

    @GetMapping("/{id}/applications")
    @Operation(summary = "The round's applications with status, score and rank (registrars of the round's institution)")
    List<Views.ApplicationView> applications(@PathVariable RoundId id, Actor actor) {
        return applicationRounds.applications(id, actor).stream().map(Views.ApplicationView::of).toList();
    }

    @PostMapping("/{id}/applications")
    @Operation(summary = "Apply (as yourself; registrars may name a learner); refused outside the round's opening and closing instants, both included")
    ResponseEntity<Views.ApplicationView> apply(@PathVariable RoundId id, @RequestBody ApplicationInput body, Actor actor) {
        var a = placingApplications.apply(id, body, actor);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + a.id())).body(Views.ApplicationView.of(a));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a round until it is selected: deadlines, places, selection, eligibility, documents, ranking (registrars; "
            + "its id and offering stay)")
    Views.RoundView update(@PathVariable RoundId id, @RequestBody RoundInput body, Actor actor) {
        return Views.RoundView.of(applicationRounds.updateRound(id, body, actor), null, Clock.systemUTC().instant());
    }

    @PostMapping("/{id}/closing")
    @Operation(summary = "Close an open round now: no more applications; a ranked round may then be selected (registrars)")
    Views.RoundView close(@PathVariable RoundId id, Actor actor) {
        return Views.RoundView.of(applicationRounds.close(id, actor), null, Clock.systemUTC().instant());
    }

    @GetMapping("/{id}/selection")
    @Operation(summary = "What ranking and selecting would decide now, with each decision's reason; nothing written, nobody told (registrars)")
    List<Selection.Decision> previewSelection(@PathVariable RoundId id, Actor actor) {
        return selectingApplicants.preview(id, actor);
    }

    @PostMapping("/{id}/selection")
    @Operation(summary = "Rank and select after the round has closed, notifying every applicant (registrars; once)")
    List<Selection.Decision> select(@PathVariable RoundId id, Actor actor) {
        return selectingApplicants.select(id, actor);
    }

    record EnrolBody(@Nullable String learner) {}

    @PostMapping("/{id}/enrolments")
    @Operation(summary = "Take a place in a first-come round while places are left (as yourself; registrars may name a learner)")
    ResponseEntity<Views.EnrolmentView> enrol(@PathVariable RoundId id, @RequestBody(required = false) @Nullable EnrolBody body, Actor actor) {
        var e = enrollingLearners.enrol(id, body == null || body.learner() == null ? null : LearnerId.parse("learner", body.learner()), actor);
        return ResponseEntity.created(URI.create("/api/v1/enrolments/" + e.id())).body(Views.EnrolmentView.of(e));
    }
}
