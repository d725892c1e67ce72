package org.microdegree.audit.rest;

import lombok.RequiredArgsConstructor;
import org.microdegree.shared.LearnerId;
import org.microdegree.shared.ChangesNothing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.audit.AuditReport;
import org.microdegree.audit.Audits;
import org.microdegree.shared.Coded;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.ItemId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A learner's audit: the learner themself and the registrars of their institutions. */
@RestController
@RequestMapping("/api/v1/learners/{id}/audit")
@Tag(name = "Audit")
@RequiredArgsConstructor
class AuditResource {

    private final Audits audits;

    static @Nullable ItemId programme(@Nullable String programme) {
        if (programme == null || programme.isBlank()) {
            return null;
        }
        if (!ItemId.isValid(programme)) {
            throw InvalidInputException.of("programme", "'" + programme + "' is not a catalogue id");
        }
        return ItemId.of(programme);
    }

    @GetMapping
    @Operation(summary = "Audit every micro-credential and programme the learner is enrolled in, or ?programme= one of them")
    List<AuditReport> audit(@PathVariable LearnerId id, @RequestParam(required = false) String programme, Actor actor) {
        return audits.reports(id, programme(programme), List.of(), actor);
    }

    record HypothesisBody(@Nullable String kind, @Nullable String item, @Nullable BigDecimal creditPoints) {}

    record WhatIfBody(@Nullable String programme, @Nullable List<HypothesisBody> passed) {}

    @ChangesNothing
    @PostMapping("/what-if")
    @Operation(summary = "The same audit with hypothetical results added; nothing is stored")
    List<AuditReport> whatIf(@PathVariable LearnerId id, @RequestBody WhatIfBody body, Actor actor) {
        return audits.reports(id, programme(body.programme()), hypotheses(body.passed()), actor);
    }

    static List<Audits.Hypothesis> hypotheses(@Nullable List<HypothesisBody> passed) {
        List<Audits.Hypothesis> out = new ArrayList<>();
        List<HypothesisBody> list = passed == null ? List.of() : passed;
        for (int i = 0; i < list.size(); i++) {
            HypothesisBody h = list.get(i);
            ItemKind kind = h.kind() == null
                    ? ItemKind.MICRO_CREDENTIAL
                    : Coded.fromCode(ItemKind.class, h.kind())
                            .orElseThrow(() -> InvalidInputException.of("passed[" + out.size() + "].kind", "module or micro-credential"));
            if (h.item() == null || !ItemId.isValid(h.item())) {
                throw InvalidInputException.of("passed[" + i + "].item", "a catalogue id such as luh:mc-machine-learning");
            }
            if (h.creditPoints() == null || h.creditPoints().signum() <= 0) {
                throw InvalidInputException.of("passed[" + i + "].creditPoints", "more than 0");
            }
            out.add(new Audits.Hypothesis(kind, ItemId.of(h.item()), h.creditPoints().movePointRight(1).intValue()));
        }
        return out;
    }
}
