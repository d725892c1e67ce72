package org.microdegree.audit.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.ItemId;

/**
 * One node of the audited tree: whether it is met, the CP it credits, the evidence counted there
 * (for a unit), and for an unmet unit what would meet it.
 *
 * @param path  where the node is ({@code requirements.allOf[1].of[0]})
 * @param type  allOf, atLeast, minCredits, quota or unit
 * @param need  for inner nodes, what the node asks (e.g. "2 of 3", "10 CP")
 * @param open  an unmet unit the programme still needs: no node around it is met, and it is not the
 *              recognition route of a nested programme that has its own tree (its units are listed instead)
 */
public record NodeResult(String path, String type, @Nullable String label, @Nullable ItemKind unitKind, @Nullable ItemId unit,
        boolean satisfied, int creditedTenths, List<String> proofs, @Nullable String need, boolean open) {}
