package org.microdegree.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asks: words (none: everything), chosen facet values (several of one facet: any of
 * them), the order, and the page.
 *
 * @param text    words to find in titles, descriptions, outcomes and skills; blank for all
 * @param filters facet name to the values chosen, e.g. {@code eqf -> [7]}; names from {@link Facet}
 * @param cpMin   at least this many credit points (null: any)
 * @param cpMax   at most this many credit points (null: any)
 * @param sort    {@code relevance} (or, without words, by title), {@code start} (open now first, then by the next round's opening; on demand last),
 *                {@code cp}, {@code title} (English), {@code title-de}
 * @param page    1-based
 */
public record SearchQuery(String text, Map<Facet, List<String>> filters, @Nullable BigDecimal cpMin, @Nullable BigDecimal cpMax, String sort,
        int page, int size) {

    public static final List<String> SORTS = List.of("relevance", "start", "cp", "title", "title-de");

    public SearchQuery {
        text = text.strip();
        filters = Map.copyOf(filters);
    }

    public SearchQuery(String text, Map<Facet, List<String>> filters, String sort, int page, int size) {
        this(text, filters, null, null, sort, page, size);
    }
}
