package org.microdegree.web.pages;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.admissions.model.ApplicationRound;
import org.microdegree.admissions.rules.Deadlines;
import org.microdegree.catalog.Catalogue;
import org.microdegree.catalog.model.CatalogueItem;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Application rounds as the learners' pages and the registrar's desk show them: titled, dated in words. */
@Component
@RequiredArgsConstructor
class RoundRows {

    private final Catalogue catalogue;
    private final Clock clock;

    /** A round as the pages show it. */
    record RoundRow(String id, String kind, String item, String title, String opens, String closes, @Nullable String closesForViewer,
            String selection, int capacity, @Nullable Integer perInstitution, List<String> documents, boolean open, boolean selected) {}

    RoundRow row(ApplicationRound r, @Nullable ZoneId viewer) {
        // the application's clock, as the services that open and close the round read it
        Instant now = clock.instant();
        String title = catalogue.find(r.itemKind(), r.item(), null, Catalogue.PUBLIC).map(CatalogueItem::title)
                .map(t -> t.in(LocaleContextHolder.getLocale().getLanguage())).orElse(r.item().value());
        return new RoundRow(r.id().value(), r.itemKind().collection(), r.item().value(), title, StudyController.when(r.opensAt(), r.zone()),
                StudyController.when(r.closesAt(), r.zone()), viewer == null || viewer.equals(r.zone()) ? null : StudyController.when(r.closesAt(), viewer),
                r.selection().code(), r.capacity(), r.perInstitution(), r.documents(), Deadlines.open(r.opensAt(), r.closesAt(), now), r.selectedAt() != null);
    }
}
