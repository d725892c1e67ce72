package org.microdegree.admissions.rest;

import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.microdegree.admissions.EnrollingLearners;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.Actor;
import org.microdegree.shared.Coded;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Enrolments outside any round, and leaving one, over the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Learners")
@RequiredArgsConstructor
class EnrolmentResource {

    private final EnrollingLearners enrollingLearners;

    record EnrolmentBody(@Nullable String learner, @Nullable String kind, @Nullable String item) {}

    @PostMapping("/enrolments")
    @Operation(summary = "Enrol a learner outside any round in a micro-credential, a micro-degree or a study programme (the degree"
            + " she studies: her audits then show what lies within it) (registrars of the offering's institution)")
    ResponseEntity<Views.EnrolmentView> enrol(@RequestBody EnrolmentBody body, Actor actor) {
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
        var e = enrollingLearners.enrolDirectly(kind, ItemId.of(body.item()), LearnerId.parse("learner", body.learner()), actor);
        return ResponseEntity.created(URI.create("/api/v1/enrolments/" + e.id())).body(Views.EnrolmentView.of(e));
    }

    @PostMapping("/enrolments/{id}/withdrawal")
    @Operation(summary = "Withdraw from an enrolment (the learner, registrars); a round's place comes free")
    Views.EnrolmentView withdraw(@PathVariable String id, Actor actor) {
        return Views.EnrolmentView.of(enrollingLearners.withdrawEnrolment(id, actor));
    }
}
