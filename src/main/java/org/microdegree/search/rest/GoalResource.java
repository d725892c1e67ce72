package org.microdegree.search.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.search.GoalPlan;
import org.microdegree.search.LearningGoals;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Violation;
import org.microdegree.skills.EscoConcept;
import org.microdegree.skills.Skills;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "The published catalogue: full text, facets, learning goals")
@RequiredArgsConstructor
class GoalResource {

    private final LearningGoals goals;
    private final Skills skills;

    record SkillRef(String uri, String label) {}

    record Step(String kind, String id, String title, BigDecimal creditPoints, int eqfLevel, String institution, List<SkillRef> addsEssential,
            List<SkillRef> addsOptional) {}

    record Plan(String occupation, String label, int essentialTotal, int percent, List<SkillRef> have, List<SkillRef> missing, List<Step> steps) {}

    @GetMapping("/api/v1/search/goal")
    @Operation(summary = "The published micro-credentials and programmes that teach an ESCO occupation's skills, most essential skills added first", description = "occupation: an ESCO occupation URI (find one with /api/v1/skills/occupations/find?q=). The skills already held: skill=URI"
            + " (repeatable), or mine=true for a signed-in learner (the skills of her valid certificates). Each step names the"
            + " occupation's essential and optional skills it adds.")
    Plan goal(@RequestParam(name = "occupation", required = false) @Nullable String occupation,
            @RequestParam(name = "skill", required = false) @Nullable List<String> skill, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "10") int limit, Actor actor) {
        List<Violation> problems = new ArrayList<>();
        if (occupation == null || occupation.isBlank()) {
            problems.add(Violation.at("occupation", "name an ESCO occupation URI"));
        } else if (skills.find(occupation).filter(c -> c.type().equals("occupation")).isEmpty()) {
            problems.add(Violation.at("occupation", "'" + occupation + "' is not an occupation of ESCO " + Skills.ESCO_VERSION));
        }
        if (limit < 1 || limit > 50) {
            problems.add(Violation.at("limit", "must be between 1 and 50"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> have = new ArrayList<>(skill == null ? List.of() : skill);
        if (mine) {
            if (actor.anonymous()) {
                throw new ForbiddenException("sign in to plan from your own certificates");
            }
            have.addAll(goals.heldBy(actor).skills());
        }
        GoalPlan plan = goals.towards(occupation, Set.copyOf(have), limit)
                .orElseThrow(() -> InvalidInputException.of("occupation", "ESCO lists no skills for this occupation"));
        return new Plan(plan.occupation().uri(), plan.occupation().label(), plan.essential().size(), plan.percent(), refs(plan.have()), refs(plan.missing()),
                plan.steps().stream().map(s -> new Step(s.kind(), s.id(), s.title().en(), s.creditPoints(), s.eqfLevel(), s.institution(),
                        refs(s.addsEssential()), refs(s.addsOptional()))).toList());
    }

    private List<SkillRef> refs(List<String> uris) {
        return uris.stream().map(u -> new SkillRef(u, skills.find(u).map(EscoConcept::label).orElse(u))).toList();
    }
}
