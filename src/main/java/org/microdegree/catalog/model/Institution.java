package org.microdegree.catalog.model;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.shared.InstitutionId;
import org.microdegree.shared.ItemId;
import org.microdegree.shared.Text;

/**
 * A university or other awarding body, with its organisational units.
 *
 * @param country ISO 3166-1 alpha-2 code (EU Annex I element 3)
 * @param legalIdentifier the legal identifier of the awarding body (e.g. Erasmus code or VAT number)
 */
public record Institution(InstitutionId id, Text name, @Nullable String shortName, String country,
                          @Nullable String legalIdentifier, InstitutionKind kind, @Nullable String homepage,
                          List<Unit> units) {

    public Institution {
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** A faculty, centre, academy or institute of the institution. */
    public record Unit(ItemId id, Text name, UnitKind kind) {
    }
}
