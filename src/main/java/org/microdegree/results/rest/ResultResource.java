package org.microdegree.results.rest;

import org.microdegree.results.RecognitionDecisionInput;
import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.microdegree.results.AchievementInput;
import org.microdegree.results.Achievements;
import org.microdegree.learners.ImportSummary;
import org.microdegree.results.RecognitionInput;
import org.microdegree.results.Recognitions;
import org.microdegree.results.model.Achievement;
import org.microdegree.learners.model.JournalRow;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Achievements and recognition cases over the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Learners")
@RequiredArgsConstructor
class ResultResource {

    private final Achievements achievements;
    private final Recognitions recognitions;

    @PostMapping("/achievements")
    @Operation(summary = "Record one assessment result (registrars of its institution); sent again with the same reference it changes nothing")
    ResponseEntity<Views.AchievementView> record(@RequestBody AchievementInput body, Actor actor) {
        Achievement a = achievements.record(body, actor, "api");
        return ResponseEntity.created(URI.create("/api/v1/learners/" + a.learnerId() + "/achievements")).body(Views.AchievementView.of(a));
    }

    @GetMapping("/learners/{id}/achievements")
    @Operation(summary = "A learner's assessment results")
    List<Views.AchievementView> achievements(@PathVariable LearnerId id, Actor actor) {
        return achievements.of(id, actor).stream().map(Views.AchievementView::of).toList();
    }

    @PostMapping(value = "/achievements/import", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Import an exam office's CSV file (docs/achievements-csv.md): all rows or none; errors name line and column")
    ImportSummary importCsv(@RequestBody byte[] content, Actor actor) {
        return achievements.importCsv("achievements.csv", content, actor);
    }

    @GetMapping("/recognitions")
    @Operation(summary = "Open recognition cases of the institutions where you are registrar")
    List<Views.RecognitionView> openCases(Actor actor) {
        if (!actor.hasAnywhere(Role.REGISTRAR)) {
            throw new ForbiddenException("open recognition cases are for registrars");
        }
        return recognitions.open(actor).stream().map(Views.RecognitionView::of).toList();
    }

    @PostMapping("/recognitions")
    @Operation(summary = "Ask that an achievement or an external micro-credential be recognised (the learner, or a registrar for them)")
    ResponseEntity<Views.RecognitionView> request(@RequestBody RecognitionInput body, Actor actor) {
        var c = recognitions.request(body, actor);
        return ResponseEntity.created(URI.create("/api/v1/recognitions/" + c.id())).body(Views.RecognitionView.of(c));
    }

    @GetMapping("/recognitions/{id}")
    @Operation(summary = "A recognition case (the learner, registrars of the target's institution)")
    Views.RecognitionView get(@PathVariable String id, Actor actor) {
        return Views.RecognitionView.of(recognitions.get(id, actor));
    }

    @PostMapping("/recognitions/{id}/review")
    @Operation(summary = "Take a requested case under review (registrars of the target's institution)")
    Views.RecognitionView review(@PathVariable String id, Actor actor) {
        return Views.RecognitionView.of(recognitions.startReview(id, actor));
    }

    @PostMapping("/recognitions/{id}/decision")
    @Operation(summary = "Decide a case under review: granted, partially-granted (with creditedCreditPoints) or denied, with a justification")
    Views.RecognitionView decide(@PathVariable String id, @RequestBody RecognitionDecisionInput body, Actor actor) {
        return Views.RecognitionView.of(recognitions.decide(id, body, actor));
    }

    @GetMapping("/recognitions/{id}/journal")
    @Operation(summary = "Every step of a recognition case")
    List<JournalRow> journal(@PathVariable String id, Actor actor) {
        return recognitions.journal(id, actor);
    }

}
