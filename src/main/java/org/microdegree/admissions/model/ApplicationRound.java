package org.microdegree.admissions.model;

import org.microdegree.shared.RoundId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.ItemKind;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;

/**
 * A call for applications to a micro-credential or micro-degree programme. Its instants are exact;
 * {@code zone} is the zone its deadlines were announced in ("11 September 2025, 23:00 CET").
 *
 * @param perInstitution at most this many places per applicants' home institution, or null
 */
public record ApplicationRound(RoundId id, InstitutionId institution, ItemKind itemKind, ItemId item,
        Instant opensAt, Instant closesAt, ZoneId zone, SelectionMode selection, int capacity,
        @Nullable Integer perInstitution, List<EligibilityCriterion> eligibility,
        List<String> documents, Ranking ranking, @Nullable Instant selectedAt, Instant createdAt) {

    public ApplicationRound {
        eligibility = List.copyOf(eligibility);
        documents = List.copyOf(documents);
    }
}
