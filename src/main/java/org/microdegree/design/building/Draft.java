package org.microdegree.design.building;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microdegree.catalog.model.CatalogueBundle;

/**
 * What a builder ends in: the new micro-credentials and programmes as an importable catalogue
 * bundle (all drafts, to go to review), the pattern's own findings, and an explanation. When the
 * design cannot be built, {@code bundle} is null and {@code reasons} says which constraint fails.
 *
 * @param report the pattern's own result (a programme x subject matrix, a composition, ...)
 */
public record Draft(Pattern pattern, @Nullable CatalogueBundle bundle, Object report, List<Note> notes, List<Note> reasons) {

    public Draft {
        notes = List.copyOf(notes);
        reasons = List.copyOf(reasons);
    }

    public static Draft built(Pattern pattern, CatalogueBundle bundle, Object report, List<Note> notes) {
        return new Draft(pattern, bundle, report, notes, List.of());
    }

    public static Draft infeasible(Pattern pattern, Object report, List<Note> notes, List<Note> reasons) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an infeasible design needs its reasons");
        }
        return new Draft(pattern, null, report, notes, reasons);
    }

    public boolean feasible() {
        return bundle != null;
    }
}
