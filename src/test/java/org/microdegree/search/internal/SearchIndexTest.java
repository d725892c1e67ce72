package org.microdegree.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microdegree.search.Facet;
import org.microdegree.search.SearchQuery;
import org.microdegree.search.SearchResult;

/** The index alone: words in either language, every word required, facets counted over what was found. */
class SearchIndexTest {

    private static SearchIndex.Entry item(String id, String en, String de, String text, int eqf, double cp) {
        return new SearchIndex.Entry("micro-credential", id, en, de, en + " " + text, de, BigDecimal.valueOf(cp), eqf, List.of("luh"), List.of("en"),
                "online", new Offerings(List.of(), Instant.EPOCH).of("micro-credential", id),
                Map.of(Facet.KIND, List.of("micro-credential"), Facet.EQF, List.of(Integer.toString(eqf)), Facet.CP,
                        List.of(Facet.cpRange(cp))));
    }

    private final SearchIndex index = SearchIndex.of(List.of(
            item("luh:mc-solar", "Solar Thermal Energy", "Solarthermie", "Dimension collectors and estimate their yield.", 6, 5),
            item("luh:mc-wind", "Wind Energy Systems", "Windenergiesysteme", "Plan wind farms.", 7, 5),
            item("luh:mc-ethics", "AI Ethics", "KI-Ethik", "Judge the fairness of models.", 6, 10)));

    private List<String> ids(String words, Map<Facet, List<String>> filters) {
        return index.search(new SearchQuery(words, filters, "relevance", 1, 20)).hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void wordsAreFoundStemmedInEnglishAndGerman() {
        assertThat(ids("energy", Map.of())).containsExactlyInAnyOrder("luh:mc-solar", "luh:mc-wind");
        assertThat(ids("estimating yields", Map.of())).containsExactly("luh:mc-solar");
        assertThat(ids("Solarthermie", Map.of())).containsExactly("luh:mc-solar");
        assertThat(ids("solar ethics", Map.of())).isEmpty();
    }

    @Test
    void creditPointsNarrowAsARange() {
        SearchResult tenOrMore = index.search(new SearchQuery("", Map.of(), new BigDecimal("5.5"), null, "cp", 1, 20));
        assertThat(tenOrMore.hits()).extracting(SearchResult.Hit::id).containsExactly("luh:mc-ethics");
        assertThat(index.search(new SearchQuery("", Map.of(), null, new BigDecimal("5"), "title-de", 1, 20)).hits()).extracting(SearchResult.Hit::id)
                .containsExactly("luh:mc-solar", "luh:mc-wind");
    }

    @Test
    void facetsNarrowAndCount() {
        assertThat(ids("energy", Map.of(Facet.EQF, List.of("7")))).containsExactly("luh:mc-wind");
        SearchResult all = index.search(new SearchQuery("", Map.of(), "relevance", 1, 20));
        assertThat(all.facets().get(Facet.EQF)).containsExactlyInAnyOrder(new SearchResult.Count("6", 2), new SearchResult.Count("7", 1));
        assertThat(all.facets().get(Facet.CP)).containsExactlyInAnyOrder(new SearchResult.Count("1-5", 2), new SearchResult.Count("6-10", 1));
        assertThat(all.facets().get(Facet.SKILL)).isEmpty();
    }
}
