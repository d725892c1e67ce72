package org.microdegree.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.design.JointMasterProposals;
import org.microdegree.design.Proposal;
import org.microdegree.design.ProposalId;
import org.microdegree.design.building.JointMaster;
import org.microdegree.design.building.Pattern;
import org.microdegree.shared.Actor;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The joint Master negotiated in the browser: the proposer's designer sends the wizard's composition
 * to the partners; a partner's designer opens it, sees each partner's micro-credentials and the
 * joint MDs, and approves or objects with a reason; the proposer imports it once all approve.
 */
@Controller
@RequiredArgsConstructor
class ProposalController {

    private final JointMasterProposals proposals;

    @PostMapping("/design/patterns/joint-master/propose")
    String propose(@RequestParam MultiValueMap<String, String> form, Actor actor) {
        Proposal p = proposals.propose((JointMaster.Input) WizardInputs.read(Pattern.JOINT_MASTER, form), actor);
        return "redirect:/design/proposals/" + p.id();
    }

    @GetMapping("/design/proposals")
    String list(Actor actor, Model model) {
        model.addAttribute("proposals", proposals.visibleTo(actor));
        model.addAttribute("lang", language());
        return "design/proposals";
    }

    @GetMapping("/design/proposals/{id}")
    String show(@PathVariable String id, Actor actor, Model model) {
        return page(proposals.get(ProposalId.parse("id", id), actor), actor, model, Map.of(), Map.of());
    }

    @PostMapping("/design/proposals/{id}/decision")
    String decide(@PathVariable String id, @RequestParam(required = false) @Nullable String institution,
            @RequestParam(required = false) @Nullable String decision, @RequestParam(required = false) @Nullable String comment, Actor actor,
            Model model, HttpServletResponse response) {
        ProposalId pid = ProposalId.parse("id", id);
        try {
            proposals.decide(pid, institution, Proposal.Verdict.fromCode(decision), comment, actor);
            return "redirect:/design/proposals/" + pid + "#decisions";
        } catch (InvalidInputException e) {
            Map<String, String> entered = new HashMap<>();
            entered.put("decision", decision == null ? "" : decision);
            entered.put("comment", comment == null ? "" : comment);
            entered.put("institution", institution == null ? "" : institution);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(proposals.get(pid, actor), actor, model, FormProblems.of(e), entered);
        }
    }

    @PostMapping("/design/proposals/{id}/import")
    String importAgreed(@PathVariable String id, Actor actor) {
        ProposalId pid = ProposalId.parse("id", id);
        Proposal p = proposals.get(pid, actor);
        proposals.importAgreed(pid, actor);
        return "redirect:/design/micro-degrees/" + p.programme().value();
    }

    private String page(Proposal p, Actor actor, Model model, Map<String, String> problems, Map<String, String> entered) {
        model.addAttribute("p", p);
        model.addAttribute("lang", language());
        model.addAttribute("latest", p.latest());
        model.addAttribute("deciding", p.partners().stream().filter(i -> actor.has(Role.DESIGNER, i) && !actor.readOnly()).toList());
        model.addAttribute("canImport", p.status() == Proposal.Status.AGREED && actor.has(Role.DESIGNER, p.proposer()) && !actor.readOnly());
        model.addAttribute("problems", problems);
        model.addAttribute("entered", entered);
        return "design/proposal";
    }

    private static String language() {
        Locale locale = LocaleContextHolder.getLocale();
        return locale.getLanguage().equals("de") ? "de" : "en";
    }
}
