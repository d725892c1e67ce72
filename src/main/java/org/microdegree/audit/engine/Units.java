package org.microdegree.audit.engine;

import java.util.List;
import java.util.Optional;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.catalog.model.Requirement;
import org.microdegree.shared.ItemId;

/** What the engine needs to know of the catalogue. */
public interface Units {

    /** The CP of a module, micro-credential or programme, in tenths; 0 when unknown. */
    int tenths(ItemKind kind, ItemId id);

    /** The modules a micro-credential consists of; empty when unknown. */
    List<ItemId> modulesOf(ItemId microCredential);

    /** The smaller micro-credentials a micro-credential is built from (besides its modules); empty when none. */
    default List<ItemId> microCredentialsOf(ItemId microCredential) {
        return List.of();
    }

    /** The requirement tree of a programme, when known. */
    Optional<Requirement> treeOf(ItemId microDegree);
}
