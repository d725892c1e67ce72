package org.microdegree.conformance.rules;

import java.util.Collection;
import java.util.Optional;
import org.microdegree.catalog.model.Institution;
import org.microdegree.catalog.model.MicroCredential;
import org.microdegree.catalog.model.MicroDegreeProgramme;
import org.microdegree.catalog.model.Module;
import org.microdegree.shared.ItemId;

/** What the rules may look up while checking an item: the items it names and the skills vocabulary. */
public interface Design {

    Optional<Institution> institution(String id);

    Optional<Module> module(ItemId id);

    Optional<MicroCredential> microCredential(ItemId id);

    Optional<MicroDegreeProgramme> microDegree(ItemId id);

    /** True when {@code uri} is a skill of the shipped ESCO version. */
    boolean isEscoSkill(String uri);

    /** The occupations these skills cover and the labour-market figures known for them; empty where nothing is known. */
    default Optional<LabourMarketEvidence> labourMarket(Collection<String> skillUris) {
        return Optional.empty();
    }
}
