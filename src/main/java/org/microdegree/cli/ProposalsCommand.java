package org.microdegree.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.BundleSyntax;
import org.microdegree.catalog.ImportResult;
import org.microdegree.design.JointMasterProposals;
import org.microdegree.design.Proposal;
import org.microdegree.design.ProposalId;
import org.microdegree.shared.Actor;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "proposals", mixinStandardHelpOptions = true, description = "Joint Masters negotiated among the universities: propose a composition,"
        + " let each partner approve or object, import it once all approve.", subcommands = {ProposalsCommand.Propose.class, ProposalsCommand.List_.class,
                ProposalsCommand.Show.class, ProposalsCommand.Decide.class, ProposalsCommand.Import.class})
final class ProposalsCommand extends CommandGroup {

    private static Actor operator() {
        return Actor.operator("cli:" + System.getProperty("user.name", "unknown"));
    }

    private static ProposalId id(String value) {
        if (!ProposalId.isValid(value)) {
            throw new UsageException("'" + value + "' is not a proposal id (see ./microdegree proposals list)");
        }
        return new ProposalId(value);
    }

    static void print(PrintWriter o, Proposal p) {
        o.printf("proposal %s  %s  %s%n", p.id(), p.programme(), p.title().en());
        o.printf("status   %s; proposed by %s (%s) at %s to %s%n", p.status().code(), p.proposer(), p.proposedBy(), p.proposedAt(),
                String.join(", ", p.partners()));
        p.composition().chosen().forEach(c -> o.printf("mc       %-5s %s  %s%n", c.institution(), c.microCredential(), c.title().en()));
        p.composition().groups().forEach(g -> o.printf("joint    %s (%s CP): %s%n", g.programme(), g.credits(), String.join(", ", g.institutions())));
        for (String partner : p.partners()) {
            Proposal.Decision d = p.latest().get(partner);
            o.printf("partner  %-5s %s%n", partner, d == null
                    ? "not decided yet"
                    : d.verdict().code() + " (" + d.decidedBy() + ", " + d.decidedAt() + ")" + (d.comment() == null ? "" : ": " + d.comment()));
        }
    }

    @Command(name = "propose", mixinStandardHelpOptions = true, description = {"Propose the composition a joint-master input builds"
            + " (as for ./microdegree design joint-master) to its partners.", "Exit 0 when proposed, 2 on bad input or when it does not conform."})
    static final class Propose implements Callable<Integer> {
        @Mixin DataOptions data;
        @Option(names = "--input", required = true, paramLabel = "FILE", description = "The joint-master input (.yaml, .yml or .json).") Path input;

        @Override
        public Integer call() {
            byte[] content = ImportCommand.read(input);
            BundleSyntax syntax = BundleSyntax.ofFileName(input.getFileName().toString())
                    .orElseThrow(() -> new UsageException(input + ": unknown file type; use .yaml, .yml or .json"));
            Runtime.inContext(data, ctx -> print(Cli.stdout(), ctx.getBean(JointMasterProposals.class).propose(input.toString(), content, syntax, operator())));
            Cli.stdout().flush();
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the proposals, newest first. Exit 0.")
    static final class List_ implements Callable<Integer> {
        @Mixin DataOptions data;

        @Override
        public Integer call() {
            Runtime.inContext(data, ctx -> {
                List<Proposal> all = ctx.getBean(JointMasterProposals.class).visibleTo(operator());
                all.forEach(p -> Cli.stdout().printf("%s  %-9s %-30s %s -> %s%n", p.id(), p.status().code(), p.programme(), p.proposer(),
                        String.join(", ", p.partners())));
                Cli.stdout().printf("%d proposals%n", all.size());
            });
            Cli.stdout().flush();
            return Cli.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a proposal: its composition and the partners' decisions. Exit 0.")
    static final class Show implements Callable<Integer> {
        @Mixin DataOptions data;
        @Parameters(index = "0", paramLabel = "ID") String id;

        @Override
        public Integer call() {
            ProposalId pid = id(id);
            Runtime.inContext(data, ctx -> print(Cli.stdout(), ctx.getBean(JointMasterProposals.class).get(pid, operator())));
            Cli.stdout().flush();
            return Cli.OK;
        }
    }

    @Command(name = "decide", mixinStandardHelpOptions = true, description = {"Record a partner's decision on a proposal.",
            "Exit 0 when recorded, 2 on bad input (an objection without --comment, a partner not of the proposal)."})
    static final class Decide implements Callable<Integer> {
        @Mixin DataOptions data;
        @Parameters(index = "0", paramLabel = "ID") String id;
        @Option(names = "--as", required = true, paramLabel = "INSTITUTION", description = "The partner deciding, e.g. lut.") String as;
        @ArgGroup(exclusive = true, multiplicity = "1") Verdict verdict;
        @Option(names = "--comment", paramLabel = "TEXT", description = "Why (required with --object).")
        @Nullable String comment;

        static final class Verdict {
            @Option(names = "--approve", required = true, description = "The partner approves the composition.") boolean approve;
            @Option(names = "--object", required = true, description = "The partner objects (say why with --comment).") boolean object;
        }

        @Override
        public Integer call() {
            ProposalId pid = id(id);
            Proposal.Verdict v = verdict.approve ? Proposal.Verdict.APPROVE : Proposal.Verdict.OBJECT;
            Runtime.inContext(data, ctx -> print(Cli.stdout(), ctx.getBean(JointMasterProposals.class).decide(pid, as, v, comment, operator())));
            Cli.stdout().flush();
            return Cli.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = {"Import an agreed proposal as drafts of the proposer.",
            "Exit 0 when imported; 2 when not every partner approves or the catalogue changed since."})
    static final class Import implements Callable<Integer> {
        @Mixin DataOptions data;
        @Parameters(index = "0", paramLabel = "ID") String id;

        @Override
        public Integer call() {
            ProposalId pid = id(id);
            Runtime.inContext(data, ctx -> {
                ImportResult r = ctx.getBean(JointMasterProposals.class).importAgreed(pid, operator());
                Cli.stdout().println(r.summary());
            });
            Cli.stdout().flush();
            return Cli.OK;
        }
    }
}
