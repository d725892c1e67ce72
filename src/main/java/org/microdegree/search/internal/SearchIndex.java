package org.microdegree.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.microdegree.search.Facet;
import org.microdegree.search.SearchQuery;
import org.microdegree.search.SearchResult;

/**
 * One immutable Lucene index of the published items, in memory: built whole from a catalogue
 * snapshot (a few thousand items take a fraction of a second) and replaced when the catalogue
 * changes. English text is stemmed as English, German as German; a query looks in both.
 */
public final class SearchIndex {

    /** What is indexed of one item: its words per language, and its values per facet. */
    public record Entry(String kind, String id, String titleEn, @Nullable String titleDe, String textEn, String textDe,
            @Nullable BigDecimal creditPoints, @Nullable Integer eqfLevel, List<String> institutions, List<String> languages, @Nullable String mode,
            Offerings.Offering offering, Map<Facet, List<String>> facets) {}

    private static final Map<String, Float> FIELDS = Map.of("title_en", 4f, "title_de", 4f, "text_en", 1f, "text_de", 1f);

    private final Analyzer analyzer;
    private final FacetsConfig config = new FacetsConfig();
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState state;
    private final Map<String, Entry> byId = new HashMap<>();

    private SearchIndex(List<Entry> entries) {
        this.analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
                Map.of("title_de", new GermanAnalyzer(), "text_de", new GermanAnalyzer()));
        for (Facet f : Facet.values()) {
            config.setMultiValued(f.param(), true);
        }
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (Entry e : entries) {
                    byId.put(e.kind() + ' ' + e.id(), e);
                    w.addDocument(config.build(document(e)));
                }
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            this.searcher = new IndexSearcher(reader);
            this.state = entries.isEmpty() ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SearchIndex of(List<Entry> entries) {
        return new SearchIndex(entries);
    }

    private static Document document(Entry e) {
        Document d = new Document();
        d.add(new StoredField("key", e.kind() + ' ' + e.id()));
        d.add(new TextField("title_en", e.titleEn(), Field.Store.NO));
        d.add(new TextField("title_de", e.titleDe() == null ? "" : e.titleDe(), Field.Store.NO));
        d.add(new TextField("text_en", e.textEn(), Field.Store.NO));
        d.add(new TextField("text_de", e.textDe(), Field.Store.NO));
        // an item without stated credit points sorts and filters as 0 CP
        long tenths = e.creditPoints() == null ? 0 : e.creditPoints().movePointRight(1).longValue();
        d.add(new LongPoint("cp", tenths));
        d.add(new NumericDocValuesField("cp_sort", tenths));
        d.add(new NumericDocValuesField("start_sort", e.offering().start()));
        d.add(new SortedDocValuesField("title_sort", new BytesRef(e.titleEn().toLowerCase(Locale.ROOT))));
        d.add(new SortedDocValuesField("title_sort_de", new BytesRef((e.titleDe() == null ? e.titleEn() : e.titleDe()).toLowerCase(Locale.GERMAN))));
        e.facets().forEach((facet, values) -> values.stream().filter(v -> !v.isBlank()).distinct()
                .forEach(v -> d.add(new SortedSetDocValuesFacetField(facet.param(), v))));
        return d;
    }

    public SearchResult search(SearchQuery q) {
        int from = (q.page() - 1) * q.size();
        try {
            Query base = q.text().isEmpty() ? new MatchAllDocsQuery() : words(q.text());
            if (q.cpMin() != null || q.cpMax() != null) {
                long min = q.cpMin() == null ? Long.MIN_VALUE : q.cpMin().movePointRight(1).setScale(0, RoundingMode.CEILING).longValue();
                long max = q.cpMax() == null ? Long.MAX_VALUE : q.cpMax().movePointRight(1).setScale(0, RoundingMode.FLOOR).longValue();
                base = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST).add(LongPoint.newRangeQuery("cp", min, max), BooleanClause.Occur.FILTER)
                        .build();
            }
            DrillDownQuery query = new DrillDownQuery(config, base);
            q.filters().forEach((facet, values) -> values.forEach(v -> query.add(facet.param(), v)));
            Sort sort = switch (q.sort()) {
                case "start" -> new Sort(new SortField("start_sort", SortField.Type.LONG), new SortField("title_sort", SortField.Type.STRING));
                case "cp" -> new Sort(new SortField("cp_sort", SortField.Type.LONG), new SortField("title_sort", SortField.Type.STRING));
                case "title" -> new Sort(new SortField("title_sort", SortField.Type.STRING));
                case "title-de" -> new Sort(new SortField("title_sort_de", SortField.Type.STRING));
                default -> q.text().isEmpty() ? new Sort(new SortField("title_sort", SortField.Type.STRING)) : Sort.RELEVANCE;
            };
            FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query, Math.max(1, from + q.size()), sort, true,
                    new FacetsCollectorManager());
            TopDocs top = found.topDocs();
            List<SearchResult.Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = from; i < docs.length; i++) {
                Entry e = byId.get(searcher.storedFields().document(docs[i].doc).get("key"));
                hits.add(new SearchResult.Hit(e.kind(), e.id(), e.titleEn(), e.titleDe(), e.creditPoints(), e.eqfLevel(), e.institutions(),
                        e.languages(), e.mode(), e.offering().code(), e.offering().round(), Float.isNaN(docs[i].score) ? 0f : docs[i].score));
            }
            return new SearchResult(top.totalHits.value(), q.page(), q.size(), hits, counts(found.facetsCollector()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query words(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELDS);
        // every word must be found (in some field): "renewable energy" narrows, not widens
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(text);
    }

    private Map<Facet, List<SearchResult.Count>> counts(FacetsCollector collected) throws IOException {
        Map<Facet, List<SearchResult.Count>> out = new EnumMap<>(Facet.class);
        if (state == null) {
            return out;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, collected);
        for (Facet f : Facet.values()) {
            FacetResult r;
            try {
                r = facets.getTopChildren(f == Facet.SKILL || f == Facet.OCCUPATION ? 30 : 100, f.param());
            } catch (IllegalArgumentException noSuchValues) {
                r = null; // no item has a value of this facet
            }
            List<SearchResult.Count> counts = new ArrayList<>();
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    counts.add(new SearchResult.Count(lv.label, lv.value.longValue()));
                }
            }
            out.put(f, counts);
        }
        return out;
    }

    /** Every value a facet has in the catalogue, with its count: the options of a filter. */
    public List<SearchResult.Count> values(Facet facet) {
        Map<Facet, List<SearchResult.Count>> counted = all;
        if (counted == null) {
            counted = search(new SearchQuery("", Map.of(), "relevance", 1, 1)).facets();
            all = counted;
        }
        return counted.getOrDefault(facet, List.of());
    }

    private volatile @Nullable Map<Facet, List<SearchResult.Count>> all;

    /** The indexed item with this kind and id, for pages that show a hit with more than the index keeps. */
    public @Nullable Entry entry(String kind, String id) {
        return byId.get(kind + ' ' + id);
    }
}
