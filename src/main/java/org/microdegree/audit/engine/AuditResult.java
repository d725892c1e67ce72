package org.microdegree.audit.engine;

import java.util.List;
import org.microdegree.shared.ItemId;

/**
 * The audit of one programme for one learner.
 *
 * @param complete        the tree is met by some allocation of the evidence
 * @param reachedTenths   the CP the allocation credits at the root, at most the programme's CP
 * @param requiredTenths  the programme's CP
 * @param nodes           every node, root first, in tree order
 * @param used            the evidence the allocation counts (as few as any satisfying allocation needs)
 * @param completedMicroCredentials micro-credentials of the tree already met, each worth its own certificate
 */
public record AuditResult(ItemId programme, boolean complete, int reachedTenths, int requiredTenths, List<NodeResult> nodes,
        List<String> used, List<ItemId> completedMicroCredentials) {

    /** The share of the programme's CP reached, 0 to 1. */
    public double share() {
        return requiredTenths == 0 ? (complete ? 1 : 0) : Math.min(1.0, reachedTenths / (double) requiredTenths);
    }
}
