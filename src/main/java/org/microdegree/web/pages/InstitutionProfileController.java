package org.microdegree.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.InstitutionInput;
import org.microdegree.catalog.InstitutionProfiles;
import org.microdegree.catalog.model.Institution;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin keeps her institution's profile: names, country, legal identifier, homepage, logo, signatory, quality assurance. */
@Controller
@RequiredArgsConstructor
class InstitutionProfileController {

    private final InstitutionProfiles profiles;

    @GetMapping("/admin/institutions/{id}")
    String form(@PathVariable String id, Actor actor, Model model) {
        Institution i = profiles.editable(institution(id), actor);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("nameEn", i.name().en());
        v.put("nameDe", i.name().de());
        v.put("shortName", i.shortName());
        v.put("country", i.country());
        v.put("legalIdentifier", i.legalIdentifier());
        v.put("homepage", i.homepage());
        Institution.CertificateBranding b = i.certificate();
        if (b != null && b.signatory() != null) {
            v.put("signatoryName", b.signatory().name());
            v.put("signatoryRoleEn", b.signatory().role().en());
            v.put("signatoryRoleDe", b.signatory().role().de());
        }
        if (b != null && b.qualityAssurance() != null) {
            v.put("qualityAssuranceEn", b.qualityAssurance().en());
            v.put("qualityAssuranceDe", b.qualityAssurance().de());
        }
        return page(i, v, Map.of(), model);
    }

    @PostMapping("/admin/institutions/{id}")
    String save(@PathVariable String id, @RequestParam Map<String, String> form, @RequestParam(required = false) @Nullable MultipartFile logo,
            Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        InstitutionId institution = institution(id);
        Institution before = profiles.editable(institution, actor);
        InstitutionInput in = new InstitutionInput(form.get("nameEn"), form.get("nameDe"), form.get("shortName"), form.get("country"),
                form.get("legalIdentifier"), form.get("homepage"), form.get("signatoryName"), form.get("signatoryRoleEn"),
                form.get("signatoryRoleDe"), form.get("qualityAssuranceEn"), form.get("qualityAssuranceDe"));
        try {
            profiles.update(institution, in, logo == null || logo.isEmpty() ? null : logo.getBytes(), actor);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return page(before, form, FormProblems.of(e), model);
        }
        redirect.addFlashAttribute("done", "institution.saved");
        return "redirect:/admin/institutions/" + id;
    }

    private static String page(Institution i, Map<String, String> values, Map<String, String> problems, Model model) {
        model.addAttribute("institution", i);
        model.addAttribute("values", values);
        model.addAttribute("problems", problems);
        return "admin/institution";
    }

    private static InstitutionId institution(String id) {
        if (!InstitutionId.isValid(id)) {
            throw new NotFoundException("institution '" + id + "' does not exist");
        }
        return InstitutionId.of(id);
    }
}
