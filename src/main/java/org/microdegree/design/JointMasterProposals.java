package org.microdegree.design;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.ImportResult;
import org.microdegree.catalog.format.BundleFormat;
import org.microdegree.design.building.JointMaster;
import org.microdegree.design.building.Pattern;
import org.microdegree.design.internal.ProposalStore;
import org.microdegree.shared.Actor;
import org.microdegree.shared.ConflictException;
import org.microdegree.shared.ForbiddenException;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.InvalidInputException;
import org.microdegree.shared.NotFoundException;
import org.microdegree.shared.Role;
import org.microdegree.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint Master negotiated among the universities (LUH model, pattern 7): the proposer's designer
 * proposes a conforming composition; each partner's designer sees exactly that composition and
 * approves or objects with a reason; once every partner approves, the proposer imports it as drafts.
 * Who may do what is checked here, for the pages, the API and the command line alike.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JointMasterProposals {

    private final ProgrammeDesigner designer;
    private final ProposalStore store;
    private final Clock clock;
    private final BundleFormat format = new BundleFormat();

    /** Proposes what a joint-Master input file builds (as {@code ./microdegree design joint-master} reads it). */
    @Transactional
    public Proposal propose(String source, byte[] content, BundleSyntax syntax, Actor actor) {
        BundleFormat.Located<?> input = designer.read(Pattern.JOINT_MASTER, source, content, syntax);
        try {
            return propose((JointMaster.Input) input.value(), actor);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(input.locate(e.violations()));
        }
    }

    /** Proposes the composition the input builds to its partners; it must be built and conform to its profiles. */
    @Transactional
    public Proposal propose(JointMaster.Input input, Actor actor) {
        actor.requireWrite();
        ProgrammeDesigner.Result result = designer.design(Pattern.JOINT_MASTER, input, actor);
        if (!result.ready() || input.programme() == null || input.programme().id() == null || input.programme().title() == null) {
            throw new InvalidInputException(List.of(Violation.at("", "only a built composition that conforms to its profiles can be proposed")));
        }
        JointMaster.Report report = (JointMaster.Report) result.draft().report();
        String proposer = input.programme().id().institution();
        TreeSet<String> partners = new TreeSet<>();
        report.chosen().forEach(c -> partners.add(c.institution()));
        if (input.quotas() != null) {
            partners.addAll(input.quotas().keySet());
        }
        partners.remove(proposer);
        ProposalStore.Row row = new ProposalStore.Row(ProposalId.random(), input.programme().id(), input.programme().title(), proposer,
                List.copyOf(partners), actor.name(), clock.instant(), json(input), json(report), null);
        store.insert(row);
        return proposal(row);
    }

    /** The proposals the actor's institutions made or are asked about, newest first. */
    public List<Proposal> visibleTo(Actor actor) {
        if (!actor.staff()) {
            throw new ForbiddenException("joint-Master proposals are for the staff of the universities");
        }
        List<String> mine = actor.operator() ? null : actor.staffOf().stream().map(InstitutionId::toString).toList();
        List<ProposalStore.Row> rows = mine == null ? store.involving(allInstitutions()) : store.involving(mine);
        return rows.stream().map(this::proposal).toList();
    }

    /** One proposal, for the staff of the proposer and of its partners; to everyone else it does not exist. */
    public Proposal get(ProposalId id, Actor actor) {
        if (!actor.staff()) {
            throw new ForbiddenException("joint-Master proposals are for the staff of the universities");
        }
        ProposalStore.Row row = store.find(id).filter(r -> involves(r, actor)).orElseThrow(() -> new NotFoundException("no proposal " + id));
        return proposal(row);
    }

    /** A partner's designer approves or objects (an objection says why); a later decision of the same partner replaces it. */
    @Transactional
    public Proposal decide(ProposalId id, @Nullable String institution, Proposal.@Nullable Verdict verdict, @Nullable String comment, Actor actor) {
        actor.requireWrite();
        Proposal p = get(id, actor);
        List<String> mine = p.partners().stream().filter(i -> actor.has(Role.DESIGNER, i)).toList();
        if (mine.isEmpty()) {
            throw new ForbiddenException("only a designer of a partner (" + String.join(", ", p.partners()) + ") decides on this proposal");
        }
        List<Violation> problems = new ArrayList<>();
        String as = institution == null || institution.isBlank() ? mine.size() == 1 ? mine.getFirst() : null : institution.strip();
        if (as == null) {
            problems.add(Violation.at("institution", "name the partner you decide for: one of " + String.join(", ", mine)));
        } else if (!mine.contains(as)) {
            problems.add(Violation.at("institution", "'" + as + "' is not a partner you design for: one of " + String.join(", ", mine)));
        }
        if (verdict == null) {
            problems.add(Violation.at("decision", "approve or object"));
        }
        String why = comment == null || comment.isBlank() ? null : comment.strip();
        if (verdict == Proposal.Verdict.OBJECT && why == null) {
            problems.add(Violation.at("comment", "say why the partner objects, so that the proposer can change the composition"));
        }
        if (why != null && why.length() > 2000) {
            problems.add(Violation.at("comment", "at most 2000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (p.importedAt() != null) {
            throw new ConflictException("the proposal was agreed and imported: decisions are closed");
        }
        store.decide(id, new Proposal.Decision(as, verdict, why, actor.name(), clock.instant()));
        return get(id, actor);
    }

    /**
     * The proposer imports the agreed composition as drafts. The catalogue may have changed since:
     * the composition is built again and must be the one the partners agreed to.
     */
    @Transactional
    public ImportResult importAgreed(ProposalId id, Actor actor) {
        actor.requireWrite();
        Proposal p = get(id, actor);
        if (!actor.has(Role.DESIGNER, p.proposer())) {
            throw new ForbiddenException("only a designer of " + p.proposer() + " imports its proposal");
        }
        if (p.status() != Proposal.Status.AGREED) {
            throw new ConflictException("not every partner approves yet (" + p.status().code() + "): nothing imported");
        }
        ProposalStore.Row row = store.find(id).orElseThrow();
        ProgrammeDesigner.Result result = designer.design(Pattern.JOINT_MASTER, "proposal " + id, row.input().getBytes(StandardCharsets.UTF_8),
                BundleSyntax.JSON, actor);
        JointMaster.Report now = result.draft().feasible() ? (JointMaster.Report) result.draft().report() : null;
        if (now == null || !chosenIds(now).equals(chosenIds(p.composition()))) {
            throw new ConflictException("the catalogue changed since the partners agreed: the composition is no longer the same; propose it again");
        }
        if (!store.markImported(id, actor.name(), clock.instant())) {
            throw new ConflictException("the proposal was imported already");
        }
        return designer.importDraft(result, actor);
    }

    private static List<String> chosenIds(JointMaster.Report r) {
        return r.chosen().stream().map(c -> c.microCredential().value()).sorted().toList();
    }

    private boolean involves(ProposalStore.Row r, Actor actor) {
        return actor.operator() || actor.staffOf(InstitutionId.of(r.proposer())) || r.partners().stream().anyMatch(p -> actor.staffOf(InstitutionId.of(p)));
    }

    private List<String> allInstitutions() {
        return designer.offer().institutions().stream().map(i -> i.id().toString()).toList();
    }

    private Proposal proposal(ProposalStore.Row r) {
        JointMaster.Report composition = complete(format.json().readValue(r.composition(), JointMaster.Report.class));
        return new Proposal(r.id(), r.programme(), r.title(), r.proposer(), r.partners(), r.proposedBy(), r.proposedAt(), composition,
                store.decisions(r.id()), r.importedAt());
    }

    /** The stored document leaves empty lists out: read back, they are empty again, never null. */
    private static JointMaster.Report complete(JointMaster.Report r) {
        List<JointMaster.Chosen> chosen = orEmpty(r.chosen()).stream()
                .map(c -> new JointMaster.Chosen(c.microCredential(), c.institution(), c.title(), orEmpty(c.covers()))).toList();
        List<JointMaster.Group> groups = orEmpty(r.groups()).stream()
                .map(g -> new JointMaster.Group(g.programme(), g.credits(), orEmpty(g.microCredentials()), orEmpty(g.institutions()))).toList();
        return new JointMaster.Report(r.status(), r.coverage(), r.targets(), r.bound(), r.greedyCoverage(), r.solverMillis(), r.candidates(), chosen,
                groups, orEmpty(r.uncovered()));
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private String json(Object value) {
        return new String(designer.json(value), StandardCharsets.UTF_8);
    }
}
