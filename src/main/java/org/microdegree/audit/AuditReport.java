package org.microdegree.audit;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.audit.engine.AuditResult;
import org.microdegree.audit.engine.NodeResult;
import org.microdegree.shared.ItemId;

/** An audit as the API and the command line show it: CP as numbers, ids as strings, and in plain text. */
public record AuditReport(String programme, boolean complete, BigDecimal reachedCreditPoints, BigDecimal requiredCreditPoints,
        int percent, List<Node> nodes, List<String> evidenceUsed, List<String> completedMicroCredentials,
        List<Missing> missing, @Nullable String degree, List<String> withinDegree, List<String> additional) {

    /**
     * @param degree        the study programme the learner studies, when the audit took it into account
     * @param withinDegree  micro-credentials of the programme completed within that degree
     * @param additional    micro-credentials completed as an additional qualification
     */
    public AuditReport {
        missing = List.copyOf(missing);
        withinDegree = List.copyOf(withinDegree);
        additional = List.copyOf(additional);
    }

    /**
     * A unit still missing and when it can be taken: {@code from} is the soonest start (today for
     * on-demand offerings or an open round), {@code round} an open application round for it.
     */
    public record Missing(String unit, @Nullable String offering, @Nullable String from, @Nullable String round) {}

    public AuditReport withMissing(List<Missing> soonestFirst) {
        return new AuditReport(programme, complete, reachedCreditPoints, requiredCreditPoints, percent, nodes, evidenceUsed,
                completedMicroCredentials, soonestFirst, degree, withinDegree, additional);
    }

    /** The same report for a student of {@code degree}: which sub-areas lie within it and which are additional. */
    public AuditReport withDegree(String degree, List<String> withinDegree, List<String> additional) {
        return new AuditReport(programme, complete, reachedCreditPoints, requiredCreditPoints, percent, nodes, evidenceUsed,
                completedMicroCredentials, missing, degree, withinDegree, additional);
    }

    /** @param open an unmet unit the programme still needs (see {@link NodeResult#open()}) */
    public record Node(String path, String type, @Nullable String label, @Nullable String unit, boolean met, BigDecimal creditPoints,
            List<String> evidence, @Nullable String needs, boolean open) {}

    public static AuditReport of(AuditResult r) {
        // the bar of an unmet programme stops short of 100 % even where its met parts add up to the total
        int percent = (int) Math.floor(r.share() * 100);
        return new AuditReport(r.programme().value(), r.complete(), cp(r.reachedTenths()), cp(r.requiredTenths()),
                r.complete() ? percent : Math.min(99, percent), r.nodes().stream().map(AuditReport::node).toList(), r.used(),
                r.completedMicroCredentials().stream().map(ItemId::value).toList(), List.of(), null, List.of(), List.of());
    }

    private static Node node(NodeResult n) {
        return new Node(n.path(), n.type(), n.label(), n.unit() == null ? null : n.unit().value(), n.satisfied(), cp(n.creditedTenths()),
                n.proofs(), n.need(), n.open());
    }

    static BigDecimal cp(int tenths) {
        return tenths % 10 == 0 ? BigDecimal.valueOf(tenths / 10) : BigDecimal.valueOf(tenths, 1);
    }

    /** Plain text: the programme, then the tree indented by depth, each node met or what it still needs. */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append(programme).append(": ").append(complete ? "complete" : "in progress").append(", ")
                .append(reachedCreditPoints.toPlainString()).append(" of ").append(requiredCreditPoints.toPlainString()).append(" CP (")
                .append(percent).append(" %)\n");
        for (Node n : nodes) {
            int depth = (int) n.path().chars().filter(c -> c == '[').count();
            s.append("  ".repeat(depth + 1)).append(n.met() ? "[x] " : "[ ] ");
            if (n.unit() != null) {
                s.append(n.unit());
                if (!n.evidence().isEmpty()) {
                    s.append(" by ").append(String.join(", ", n.evidence()));
                } else if (!n.met()) {
                    s.append(completedMicroCredentials.contains(n.unit())
                            ? " (passed, not needed here: free for other programmes)"
                            : n.open() ? " (missing)" : " (not needed)");
                }
            } else {
                s.append(n.label() == null ? n.type() : n.label()).append(n.needs() == null ? "" : " (" + n.needs() + ")");
            }
            s.append('\n');
        }
        for (Missing m : missing) {
            s.append("  to take: ").append(m.unit());
            if (m.round() != null) {
                s.append(", application round ").append(m.round());
            }
            if (m.offering() != null) {
                s.append(", offered ").append(m.offering().replace('-', ' '));
            }
            if (m.from() != null) {
                s.append(", from ").append(m.from());
            }
            s.append('\n');
        }
        if (!completedMicroCredentials.isEmpty()) {
            s.append("  micro-credentials completed: ").append(String.join(", ", completedMicroCredentials)).append('\n');
        }
        if (degree != null) {
            s.append("  beside the degree ").append(degree).append(": within it ")
                    .append(withinDegree.isEmpty() ? "none" : String.join(", ", withinDegree)).append("; additional ")
                    .append(additional.isEmpty() ? "none" : String.join(", ", additional)).append('\n');
        }
        return s.toString();
    }
}
