package org.microdegree.search;

import java.math.BigDecimal;
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
     * null); the institutions that offer it (a joint programme's partners after its owner).
     */
    public record Hit(String kind, String id, String titleEn, @Nullable String titleDe, BigDecimal creditPoints, int eqfLevel,
            List<String> institutions, List<String> languages, @Nullable String mode, float score) {

        public String title(String language) {
            return "de".equals(language) && titleDe != null ? titleDe : titleEn;
        }
    }

    /** A facet's value and how many matching items have it. */
    public record Count(String value, long count) {}
}
