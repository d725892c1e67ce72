package org.microdegree.learners.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.Coded;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.learners.AchievementInput;
import org.microdegree.learners.Achievements;
import org.microdegree.learners.EnrollingLearners;
import org.microdegree.learners.ImportSummary;
import org.microdegree.learners.RecognitionInput;
import org.microdegree.learners.Recognitions;
import org.microdegree.learners.internal.jdbc.LearnerStore;
import org.microdegree.learners.model.Achievement;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Achievements, enrolments and recognition cases over the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Learners")
class StudyResource {

    private final Achievements achievements;
    private final EnrollingLearners enrollingLearners;
    private final Recognitions recognitions;

    StudyResource(Achievements achievements, EnrollingLearners enrollingLearners, Recognitions recognitions) {
        this.achievements = achievements;
        this.enrollingLearners = enrollingLearners;
        this.recognitions = recognitions;
    }

    @PostMapping("/achievements")
    @Operation(summary = "Record one assessment result (registrars of its institution); sent again with the same reference it changes nothing")
    ResponseEntity<Views.AchievementView> record(@RequestBody AchievementInput body, Actor actor) {
        Views.requireWrite(actor);
        Achievement a = achievements.record(body, actor, "api");
        return ResponseEntity.created(URI.create("/api/v1/learners/" + a.learnerId() + "/achievements")).body(Views.AchievementView.of(a));
    }

    @PostMapping(value = "/achievements/import", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Import an exam office's CSV file (docs/achievements-csv.md): all rows or none; errors name line and column")
    ImportSummary importCsv(@RequestBody byte[] content, Actor actor) {
        Views.requireWrite(actor);
        return achievements.importCsv("achievements.csv", content, actor);
    }

    record EnrolmentBody(@Nullable String learner, @Nullable String kind, @Nullable String item) {
    }

    @PostMapping("/enrolments")
    @Operation(summary = "Enrol a learner outside any round in a micro-credential, a micro-degree or a study programme (the degree"
            + " she studies: her audits then show what lies within it) (registrars of the offering's institution)")
    ResponseEntity<Views.EnrolmentView> enrol(@RequestBody EnrolmentBody body, Actor actor) {
        Views.requireWrite(actor);
        ItemKind kind = body.kind() == null ? null : Coded.fromCode(ItemKind.class, body.kind()).orElse(null);
        if (kind == null || kind == ItemKind.MODULE) {
            throw InvalidInputException.of("kind", "micro-credential, micro-degree or study-programme");
        }
        if (body.item() == null || !ItemId.isValid(body.item())) {
            throw InvalidInputException.of("item", "a catalogue id such as luh:mc-machine-learning");
        }
        if (body.learner() == null) {
            throw InvalidInputException.of("learner", "required");
        }
        var e = enrollingLearners.enrolDirectly(kind, ItemId.of(body.item()), body.learner(), actor);
        return ResponseEntity.created(URI.create("/api/v1/enrolments/" + e.id())).body(Views.EnrolmentView.of(e));
    }

    @PostMapping("/enrolments/{id}/withdrawal")
    @Operation(summary = "Withdraw from an enrolment (the learner, registrars); a round's place comes free")
    Views.EnrolmentView withdraw(@PathVariable String id, Actor actor) {
        Views.requireWrite(actor);
        return Views.EnrolmentView.of(enrollingLearners.withdrawEnrolment(id, actor));
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
        Views.requireWrite(actor);
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
        Views.requireWrite(actor);
        return Views.RecognitionView.of(recognitions.startReview(id, actor));
    }

    record DecisionBody(@Nullable String decision, @Nullable String creditedCreditPoints, @Nullable String justification) {
    }

    @PostMapping("/recognitions/{id}/decision")
    @Operation(summary = "Decide a case under review: granted, partially-granted (with creditedCreditPoints) or denied, with a justification")
    Views.RecognitionView decide(@PathVariable String id, @RequestBody DecisionBody body, Actor actor) {
        Views.requireWrite(actor);
        return Views.RecognitionView.of(recognitions.decide(id, body.decision(), body.creditedCreditPoints(), body.justification(), actor));
    }

    @GetMapping("/recognitions/{id}/journal")
    @Operation(summary = "Every step of a recognition case")
    List<LearnerStore.JournalRow> journal(@PathVariable String id, Actor actor) {
        return recognitions.journal(id, actor);
    }

}
