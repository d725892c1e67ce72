package org.microdegree.search.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.microdegree.search.CatalogueSearch;
import org.microdegree.search.Facet;
import org.microdegree.search.SearchQuery;
import org.microdegree.search.SearchResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Published micro-credentials and programmes by words and facets")
@RequiredArgsConstructor
class SearchResource {

    private final CatalogueSearch search;

    /** The answer: facet names as the parameters that choose them; an empty page is an empty list, not left out. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Answer(long total, int page, int size, List<SearchResult.Hit> items, Map<String, List<SearchResult.Count>> facets) {}

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search the published micro-credentials and programmes: words (BM25 over titles, descriptions, outcomes and skills,"
            + " English and German) and facets (kind, institution, eqf, cp as 1-5|6-10|11-30|31-60, language, mode, field, domain, skill,"
            + " occupation (ESCO URI: the five occupations an item's skills cover best), offering (open: applications open now; next: a round"
            + " opens later; on-demand: no round); repeat a facet for any of several values), with the counts of every facet's values over all"
            + " that matches")
    Answer search(@RequestParam(name = "q", defaultValue = "") String q,
            @Parameter(description = "relevance (the default), start (open now first, then by the next round's opening, on demand last), cp, title or title-de") @RequestParam(name = "sort", defaultValue = "relevance") String sort,
            @RequestParam(name = "page", defaultValue = "1") int page, @RequestParam(name = "size", defaultValue = "20") int size,
            @RequestParam(name = "kind", required = false) @Nullable List<String> kind,
            @RequestParam(name = "institution", required = false) @Nullable List<String> institution,
            @RequestParam(name = "eqf", required = false) @Nullable List<String> eqf,
            @RequestParam(name = "cp", required = false) @Nullable List<String> cp,
            @RequestParam(name = "language", required = false) @Nullable List<String> language,
            @RequestParam(name = "mode", required = false) @Nullable List<String> mode,
            @RequestParam(name = "field", required = false) @Nullable List<String> field,
            @RequestParam(name = "domain", required = false) @Nullable List<String> domain,
            @RequestParam(name = "skill", required = false) @Nullable List<String> skill,
            @RequestParam(name = "occupation", required = false) @Nullable List<String> occupation,
            @RequestParam(name = "offering", required = false) @Nullable List<String> offering) {
        // the facets in their declared order; a facet not given, or given blank, is not chosen
        Map<Facet, List<String>> chosen = new EnumMap<>(Facet.class);
        List<@Nullable List<String>> values = Arrays.asList(kind, institution, eqf, cp, language, mode, field, domain, skill, occupation,
                offering);
        for (Facet f : Facet.values()) {
            List<String> v = values.get(f.ordinal()) == null
                    ? List.of()
                    : values.get(f.ordinal()).stream().filter(x -> !x.isBlank()).map(String::strip).toList();
            if (!v.isEmpty()) {
                chosen.put(f, v);
            }
        }
        SearchResult r = search.search(new SearchQuery(q, chosen, sort, page, size));
        Map<String, List<SearchResult.Count>> facets = new LinkedHashMap<>();
        for (Facet f : Facet.values()) {
            facets.put(f.param(), r.facets().getOrDefault(f, List.of()));
        }
        return new Answer(r.total(), r.page(), r.size(), r.hits(), facets);
    }
}
