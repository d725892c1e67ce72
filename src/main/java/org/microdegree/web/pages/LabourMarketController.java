package org.microdegree.web.pages;

import java.io.IOException;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.microdegree.labour.DemandFigure;
import org.microdegree.labour.ImportedFigures;
import org.microdegree.labour.LabourMarket;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Role;
import org.microdegree.shared.Violation;
import org.microdegree.skills.EscoConcept;
import org.microdegree.skills.Skills;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The designers' labour-market figures: upload a CSV of vacancies or job advertisements per ESCO
 * occupation and region (all rows or none, every problem beside the file field), and see what is
 * imported. Programme pages and the rule "labour-market rationale" read them.
 */
@Controller
@RequiredArgsConstructor
class LabourMarketController {

    private final LabourMarket market;
    private final Skills skills;

    /** A figure as the table shows it: the occupation by its label. */
    record Row(String occupation, String uri, String region, String period, String measure, long value, String source) {}

    private static void requireDesigner(Actor actor) {
        if (!actor.hasAnywhere(Role.DESIGNER)) {
            throw new ForbiddenException("labour-market figures are for designers and admins");
        }
    }

    @GetMapping("/design/labour-market")
    String page(Actor actor, Model model) {
        requireDesigner(actor);
        return page(model);
    }

    @PostMapping("/design/labour-market")
    String upload(@RequestParam(value = "file", required = false) MultipartFile file, Actor actor, Model model) throws IOException {
        requireDesigner(actor);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fieldErrors", List.of("choose a CSV file"));
            return page(model);
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "figures.csv" : file.getOriginalFilename();
        try {
            ImportedFigures s = market.importCsv(name, file.getBytes(), actor);
            model.addAttribute("imported", s);
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", e.violations().stream().map(Violation::describe).limit(200).toList());
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("figures", market.figures().stream().map(this::row).toList());
        return "design/labour-market";
    }

    private Row row(DemandFigure f) {
        return new Row(skills.find(f.occupation()).map(EscoConcept::label).map(String::strip).orElse(f.occupation()), f.occupation(), f.region(),
                f.period(), f.measure().code(), f.figure(), f.source());
    }
}
