package org.microdegree.design.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.ImportResult;
import org.microdegree.design.JointMasterProposals;
import org.microdegree.design.Proposal;
import org.microdegree.design.ProposalId;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ItemId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The joint Master negotiated among the universities, over the API: propose, read, decide, import once agreed. */
@RestController
@Tag(name = "Design assistant")
@RequiredArgsConstructor
class ProposalResource {

    /** A partner's decision: {@code approve} or {@code object} (with a comment saying why). */
    record DecisionBody(@Nullable String institution, @Nullable String decision, @Nullable String comment) {}

    private final JointMasterProposals proposals;

    @PostMapping(value = "/api/v1/design/joint-master/proposals", consumes = {"application/json", "application/yaml", "application/x-yaml"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a joint Master's composition to the partner universities", description = "The body is the joint-master input of"
            + " examples/design/joint-master.yaml (JSON or YAML). The composition must be built and conform to its profiles; every institution"
            + " besides the proposer that contributes micro-credentials or has a quota is a partner and decides on exactly this composition.")
    Map<String, Object> propose(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, Actor actor) {
        BundleSyntax syntax = contentType.contains("yaml") ? BundleSyntax.YAML : BundleSyntax.JSON;
        return view(proposals.propose("request body", body, syntax, actor));
    }

    @GetMapping("/api/v1/design/proposals")
    @Operation(summary = "The joint-Master proposals made by or to the caller's institutions, newest first")
    List<Map<String, Object>> list(Actor actor) {
        return proposals.visibleTo(actor).stream().map(ProposalResource::view).toList();
    }

    @GetMapping("/api/v1/design/proposals/{id}")
    @Operation(summary = "One proposal: the composition, the partners' decisions and where it stands (open, agreed, objected, imported)")
    Map<String, Object> get(@PathVariable String id, Actor actor) {
        return view(proposals.get(ProposalId.parse("id", id), actor));
    }

    @PostMapping("/api/v1/design/proposals/{id}/decisions")
    @Operation(summary = "A partner approves or objects", description = "For a designer of a partner institution; {\"decision\": \"approve\"} or"
            + " {\"decision\": \"object\", \"comment\": \"why\"}; name the institution when you design for several partners."
            + " A later decision of the same partner replaces the earlier one; every decision is kept.")
    Map<String, Object> decide(@PathVariable String id, @RequestBody DecisionBody body, Actor actor) {
        return view(proposals.decide(ProposalId.parse("id", id), body.institution(), Proposal.Verdict.fromCode(body.decision()), body.comment(), actor));
    }

    @PostMapping("/api/v1/design/proposals/{id}/import")
    @Operation(summary = "The proposer imports the agreed composition as drafts", description = "Only when every partner approves (else 409), and"
            + " only if the catalogue still builds the same composition.")
    ImportResult importAgreed(@PathVariable String id, Actor actor) {
        return proposals.importAgreed(ProposalId.parse("id", id), actor);
    }

    static Map<String, Object> view(Proposal p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id().value());
        m.put("programme", p.programme().value());
        m.put("title", Map.of("en", p.title().en(), "de", p.title().de() == null ? p.title().en() : p.title().de()));
        m.put("proposer", p.proposer());
        m.put("partners", p.partners());
        m.put("proposedBy", p.proposedBy());
        m.put("proposedAt", p.proposedAt().toString());
        m.put("status", p.status().code());
        m.put("microCredentials", p.composition().chosen().stream()
                .map(c -> Map.of("id", c.microCredential().value(), "institution", c.institution(), "title", c.title().en(), "covers", c.covers())).toList());
        m.put("jointMds", p.composition().groups().stream().map(g -> Map.of("id", g.programme().value(), "creditPoints", g.credits().toBigDecimal(),
                "microCredentials", g.microCredentials().stream().map(ItemId::value).toList(), "institutions", g.institutions())).toList());
        m.put("decisions", p.decisions().stream().map(d -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("institution", d.institution());
            e.put("decision", d.verdict().code());
            e.put("comment", d.comment());
            e.put("decidedBy", d.decidedBy());
            e.put("decidedAt", d.decidedAt().toString());
            return e;
        }).toList());
        m.put("importedAt", p.importedAt() == null ? null : p.importedAt().toString());
        return m;
    }
}
