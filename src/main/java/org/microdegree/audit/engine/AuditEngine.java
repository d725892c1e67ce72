package org.microdegree.audit.engine;

import java.util.Comparator;
import java.util.List;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.shared.ItemId;

/**
 * Evaluates a programme's requirement tree against a learner's evidence, exactly.
 *
 * <p>Each unit of the tree can be met in a few ways ("options"): by a result or recognition of the
 * unit itself, or for a micro-credential by results of all its modules; a nested programme by its
 * own tree or a recognition. The engine chooses for every unit one option or none so that the tree
 * is met, evidence counted at an exclusive unit counts nowhere else, and as little evidence as
 * possible is used (then as few CP), leaving the rest free for other programmes. It searches the
 * choices depth first and prunes a branch as soon as the tree cannot be met any more even if every
 * undecided unit were met, or as soon as it uses more evidence than the best allocation found: the
 * answer is that of trying every allocation (AuditEngineProperties), in microseconds for typical
 * learners. Deterministic: units in tree order, options by cost, then by evidence id.
 *
 * <p>The parts, each in its own class: {@link EvidenceOptions} (the ways evidence meets a unit),
 * {@link CompiledTree} (the tree in arrays), {@link AllocationSearch} (evaluation, bounds, search),
 * {@link ResultAssembly} (the answer per node).
 */
public final class AuditEngine {

    private AuditEngine() {
    }

    public static AuditResult audit(ItemId programme, Requirement tree, int programmeTenths, List<Proof> evidence, Units units,
            AuditPolicy policy) {
        List<Proof> admitted = evidence.stream().filter(policy::admits)
                .sorted(Comparator.comparing(Proof::id)).toList();
        EvidenceOptions options = new EvidenceOptions(units, admitted);
        CompiledTree compiled = CompiledTree.of(programme, tree, options);
        AllocationSearch search = new AllocationSearch(compiled, options);
        boolean complete = search.run();
        return new ResultAssembly(compiled).of(programme, programmeTenths, search, complete);
    }
}
