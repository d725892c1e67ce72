package org.microdegree.skills.rest;

import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.skills.EscoConcept;
import org.microdegree.skills.Skills;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/skills")
@Tag(name = "Skills", description = "ESCO v1.2 skills, offline")
@RequiredArgsConstructor
class SkillController {

    private final Skills skills;

    record SkillHit(String uri, String label, String type, float score) {}

    @GetMapping
    @Operation(summary = "Search ESCO skills by label (English), best match first")
    List<SkillHit> search(@RequestParam("q") String q, @RequestParam(name = "limit", defaultValue = "20") int limit) {
        if (limit < 1 || limit > 200) {
            throw InvalidInputException.of("limit", "must be between 1 and 200");
        }
        return skills.search(q, limit).stream()
                .map(m -> new SkillHit(m.concept().uri(), m.concept().label(), m.concept().type(), m.score()))
                .toList();
    }

    @GetMapping("/concept")
    @Operation(summary = "Look up an ESCO skill, skill group or occupation by its URI")
    ResponseEntity<EscoConcept> concept(@RequestParam("uri") String uri) {
        return ResponseEntity.of(skills.find(uri));
    }
}
