package org.microdegree.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page of what was found, with the counts of every facet's values over all that was found.
 *
 * @param total how many items match
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<Facet, List<Count>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * A published micro-credential or programme; its title in English and German (German may be
     * null); the institutions that offer it (a joint programme's partners after its owner); when one
     * can start: the offering ({@link Facet#OFFERING}) and the application round that decides it
     * (open now, else the next one; none on demand).
     */
    public record Hit(String kind, String id, String titleEn, @Nullable String titleDe, @Nullable BigDecimal creditPoints, @Nullable Integer eqfLevel,
            List<String> institutions, List<String> languages, @Nullable String mode, String offering, @Nullable Round round, float score) {

        public String title(String language) {
            return "de".equals(language) && titleDe != null ? titleDe : titleEn;
        }
    }

    /** An application round as a hit shows it: when it opens and closes, and the zone its dates are given in. */
    public record Round(String id, Instant opensAt, Instant closesAt, String zone) {}

    /** A facet's value and how many matching items have it. */
    public record Count(String value, long count) {}
}
