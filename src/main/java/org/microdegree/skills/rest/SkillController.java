package org.microdegree.skills.rest;

import org.microdegree.shared.Violation;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.skills.EscoConcept;
import org.microdegree.skills.Skills;
import org.microdegree.skills.SkillSuggestions;
import org.microdegree.skills.SuggestionRequest;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.ChangesNothing;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    /** A skill by its URI and English label. */
    record SkillRef(String uri, String label) {}

    record OccupationHit(String uri, String label, int essentialTotal, int percent, List<SkillRef> matchedEssential,
            List<SkillRef> matchedOptional, List<SkillRef> missingEssential) {}

    @GetMapping("/occupations")
    @Operation(summary = "The ESCO occupations these skills cover best (most essential skills matched first), with the skills matched and missing")
    List<OccupationHit> occupations(@RequestParam(name = "skill", required = false) @Nullable List<String> skill,
            @RequestParam(name = "limit", defaultValue = "10") int limit) {
        List<Violation> problems = new ArrayList<>(skills.problemsOf("skill", skill));
        if (limit < 1 || limit > 50) {
            problems.add(Violation.at("limit", "must be between 1 and 50"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return skills.occupationsCovering(skill, limit).stream()
                .map(f -> new OccupationHit(f.occupation().uri(), f.occupation().label(), f.essentialTotal(), f.percent(), refs(f.matchedEssential()),
                        refs(f.matchedOptional()), refs(f.missingEssential())))
                .toList();
    }

    private List<SkillRef> refs(List<String> uris) {
        return uris.stream().map(u -> new SkillRef(u, skills.find(u).map(EscoConcept::label).orElse(u))).toList();
    }

    record Suggestion(String uri, String label, String type, double score, List<String> matchedWords, List<Integer> outcomes,
            List<String> collections) {}

    record Suggestions(String language, boolean labelsInLanguage, @Nullable String note, List<Suggestion> skills) {}

    @ChangesNothing
    @PostMapping("/suggest")
    @Operation(summary = "Suggest ESCO skills for learning outcomes, best first, with the words that matched", description = "Body: {\"outcomes\": [\"...\"], \"language\": \"en\" | \"de\", \"except\": [skill URIs already chosen], \"limit\": 10}."
            + " BM25 over ESCO's preferred and alternative labels and descriptions, lifted by the skill hierarchy and the digital and"
            + " green collections. The shipped ESCO data has English labels only: German outcomes are matched against them (note says so).")
    Suggestions suggest(@RequestBody SuggestionRequest request, Actor actor) {
        if (!actor.staff()) {
            // it stores nothing, but costs time: staff work, like checking a design
            throw new ForbiddenException("suggesting skills is for staff (designer, quality, registrar or admin)");
        }
        SkillSuggestions s = skills.suggest(request);
        return new Suggestions(s.language(), s.labelsInLanguage(),
                s.labelsInLanguage() ? null : "ESCO " + Skills.ESCO_VERSION + " is shipped with English labels only: the outcomes were matched against them",
                s.skills().stream().map(k -> new Suggestion(k.concept().uri(), k.concept().label(), k.concept().type(), k.score(), k.matchedWords(),
                        k.outcomes(), k.collections())).toList());
    }

    record OccupationRef(String uri, String label, @Nullable String description) {}

    @GetMapping("/occupations/find")
    @Operation(summary = "Find ESCO occupations by their labels (English), best match first")
    List<OccupationRef> findOccupations(@RequestParam("q") String q, @RequestParam(name = "limit", defaultValue = "10") int limit) {
        if (limit < 1 || limit > 50) {
            throw InvalidInputException.of("limit", "must be between 1 and 50");
        }
        return skills.findOccupations(q, limit).stream().map(c -> new OccupationRef(c.uri(), c.label(), c.description())).toList();
    }

    @GetMapping("/concept")
    @Operation(summary = "Look up an ESCO skill, skill group or occupation by its URI")
    ResponseEntity<EscoConcept> concept(@RequestParam("uri") String uri) {
        return ResponseEntity.of(skills.find(uri));
    }
}
