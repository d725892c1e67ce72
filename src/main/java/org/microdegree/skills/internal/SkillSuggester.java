package org.microdegree.skills.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.microdegree.skills.EscoConcept;
import org.microdegree.skills.SkillSuggestions;
import org.microdegree.skills.SuggestedSkill;

/**
 * Suggests ESCO skills for learning outcomes. Each outcome is a BM25 query over the skills' preferred
 * labels, alternative labels, descriptions and the labels of the groups above them (the hierarchy),
 * with adjacent words as phrases; the hits are re-ranked by how much of their label the outcome
 * covers, then by coherence: a skill whose ESCO collection (digital, green...) is shared by the other
 * good matches of the outcome is lifted. Outcomes' results are merged: a skill several
 * outcomes point to ranks higher.
 */
final class SkillSuggester {

    /** Words every outcome uses and no skill is about. */
    private static final List<String> BOILERPLATE = List.of("able", "will", "can", "successful", "successfully", "completion", "complete", "course", "module",
            "understand", "understanding",
            "knowledge", "skill", "skills", "including", "various", "different", "relevant", "appropriate", "basic", "key", "main",
            "explain", "describe", "identify", "demonstrate", "common", "commonly", "popular", "use", "using", "apply", "new", "way", "ways");
    /** The opening most outcomes share ("On completion, students will be able to"): its words are not the outcome's. */
    private static final Pattern OPENING = Pattern.compile(
            "^\\s*((after|on|upon) (the )?(successful )?completion[^,:]*[,:]\\s*)?((the )?(students?|learners?|participants?|graduates?)"
                    + "\\s+(will|shall|should|can|are able to|is able to)(\\s+be able to)?\\s*)?",
            Pattern.CASE_INSENSITIVE);
    private static final int CANDIDATES = 60;
    private static final int COHERENCE_WINDOW = 15;
    private static final double COLLECTION_LIFT = 0.6;
    private static final double COVERAGE = 0.8;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Map<String, EscoConcept> concepts;
    private final Map<String, List<String>> collections;
    private final Set<String> boilerplate;
    private final IndexSearcher searcher;
    private final String[] uris;
    private final Map<String, Set<String>> labelTerms = new HashMap<>();
    private final Map<String, Set<String>> allTerms = new HashMap<>();

    SkillSuggester(EscoFiles.Loaded data) {
        this.concepts = data.concepts();
        this.collections = data.collections();
        this.boilerplate = new HashSet<>();
        BOILERPLATE.forEach(w -> tokens(w).forEach(t -> boilerplate.add(t.term())));
        List<String> order = new ArrayList<>();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (EscoConcept c : concepts.values()) {
                if (!c.denotesSkill() || c.label().isBlank()) {
                    continue;
                }
                Document d = new Document();
                d.add(new StoredField("n", order.size()));
                order.add(c.uri());
                d.add(new TextField("label", c.label(), Field.Store.NO));
                c.altLabels().forEach(a -> d.add(new TextField("alt", a, Field.Store.NO)));
                if (c.description() != null) {
                    d.add(new TextField("desc", c.description(), Field.Store.NO));
                }
                c.broader().stream().map(concepts::get).filter(b -> b != null && !b.label().isBlank())
                        .forEach(b -> d.add(new TextField("group", b.label(), Field.Store.NO)));
                w.addDocument(d);
                Set<String> label = terms(c.label());
                // "Python (computer programming)": the words in brackets say which Python, the outcome need not
                Set<String> core = terms(c.label().replaceAll("\\s*\\([^)]*\\)", " "));
                labelTerms.put(c.uri(), core.isEmpty() ? label : core);
                Set<String> all = new HashSet<>(label);
                c.altLabels().forEach(a -> all.addAll(terms(a)));
                if (c.description() != null) {
                    all.addAll(terms(c.description()));
                }
                allTerms.put(c.uri(), all);
            }
            this.searcher = new IndexSearcher(DirectoryReader.open(w));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.uris = order.toArray(String[]::new);
    }

    SkillSuggestions suggest(List<String> outcomes, String language, Collection<String> except, int limit) {
        Map<String, Merged> merged = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            int outcome = i;
            List<Token> words = tokens(OPENING.matcher(outcomes.get(i)).replaceFirst("")).stream().filter(t -> !boilerplate.contains(t.term())).toList();
            for (Scored s : rank(words)) {
                if (except.contains(s.uri())) {
                    continue;
                }
                Merged m = merged.computeIfAbsent(s.uri(), u -> new Merged());
                m.scores.add(s.score());
                m.outcomes.add(outcome);
                Set<String> theirs = allTerms.getOrDefault(s.uri(), Set.of());
                words.stream().filter(t -> theirs.contains(t.term())).forEach(t -> m.words.add(t.word()));
            }
        }
        List<SuggestedSkill> out = merged.entrySet().stream()
                .map(e -> new SuggestedSkill(concepts.get(e.getKey()), e.getValue().score(), List.copyOf(e.getValue().words),
                        List.copyOf(new TreeSet<>(e.getValue().outcomes)), collections.getOrDefault(e.getKey(), List.of())))
                .sorted(Comparator.comparingDouble(SuggestedSkill::score).reversed().thenComparing(s -> s.concept().label()))
                .limit(limit)
                .toList();
        return new SkillSuggestions(language, "en".equals(language), out);
    }

    private record Token(String term, String word, int position) {}

    private record Scored(String uri, double score) {}

    /** One skill's scores from the outcomes that found it: the best counts fully, the others a quarter. */
    private static final class Merged {
        final List<Double> scores = new ArrayList<>();
        final Set<Integer> outcomes = new LinkedHashSet<>();
        final Set<String> words = new LinkedHashSet<>();

        double score() {
            double best = scores.stream().mapToDouble(d -> d).max().orElse(0);
            double sum = scores.stream().mapToDouble(d -> d).sum();
            return Math.round((best + 0.25 * (sum - best)) * 1000) / 1000.0;
        }
    }

    /** The outcome's hits, the best scored 1. */
    private List<Scored> rank(List<Token> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        Set<String> query = new HashSet<>();
        words.forEach(t -> query.add(t.term()));
        List<Scored> hits = new ArrayList<>();
        try {
            for (ScoreDoc d : searcher.search(query(words), CANDIDATES).scoreDocs) {
                String uri = uris[searcher.storedFields().document(d.doc).getField("n").numericValue().intValue()];
                hits.add(new Scored(uri, d.score * coverage(uri, query)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        hits.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Scored> coherent = lifted(hits);
        double top = coherent.stream().mapToDouble(Scored::score).max().orElse(1);
        return coherent.stream().map(s -> new Scored(s.uri(), s.score() / top)).toList();
    }

    /** A label the outcome covers whole beats one it touches in a word: "machine learning" over "learning management systems". */
    private double coverage(String uri, Set<String> query) {
        Set<String> label = labelTerms.getOrDefault(uri, Set.of());
        if (label.isEmpty()) {
            return 1 - COVERAGE;
        }
        long covered = label.stream().filter(query::contains).count();
        return 1 - COVERAGE + COVERAGE * covered / label.size();
    }

    /**
     * Lifts hits whose ESCO collection (digital, green, ...) the other top hits share: an outcome on
     * solar panels is about green skills, one on Python about digital ones. (The same lift by shared
     * broader group made the ranking worse on the labelled set; the hierarchy counts through the
     * group labels in the query instead.)
     */
    private List<Scored> lifted(List<Scored> hits) {
        List<Scored> window = hits.subList(0, Math.min(COHERENCE_WINDOW, hits.size()));
        Map<String, Integer> inCollection = new HashMap<>();
        for (Scored s : window) {
            collections.getOrDefault(s.uri(), List.of()).forEach(c -> inCollection.merge(c, 1, Integer::sum));
        }
        double n = window.size();
        return hits.stream().map(s -> {
            double collection = collections.getOrDefault(s.uri(), List.of()).stream()
                    .mapToDouble(k -> (inCollection.getOrDefault(k, 0) - 1) / n).max().orElse(0);
            return new Scored(s.uri(), s.score() * (1 + COLLECTION_LIFT * Math.max(0, collection)));
        }).sorted(Comparator.comparingDouble(Scored::score).reversed()).toList();
    }

    private Query query(List<Token> words) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        Set<String> seen = new HashSet<>();
        for (Token t : words) {
            if (seen.add(t.term())) {
                q.add(new BoostQuery(new TermQuery(new Term("label", t.term())), 3f), BooleanClause.Occur.SHOULD);
                q.add(new BoostQuery(new TermQuery(new Term("alt", t.term())), 1.5f), BooleanClause.Occur.SHOULD);
                q.add(new BoostQuery(new TermQuery(new Term("desc", t.term())), 0.5f), BooleanClause.Occur.SHOULD);
                q.add(new BoostQuery(new TermQuery(new Term("group", t.term())), 0.7f), BooleanClause.Occur.SHOULD);
            }
        }
        // adjacent words as phrases: "machine learning", "heat pump", "supply chain"
        for (int i = 1; i < words.size(); i++) {
            Token a = words.get(i - 1);
            Token b = words.get(i);
            if (b.position() - a.position() <= 2) {
                for (String field : List.of("label", "alt")) {
                    PhraseQuery phrase = new PhraseQuery.Builder().add(new Term(field, a.term())).add(new Term(field, b.term())).setSlop(1).build();
                    q.add(new BoostQuery(phrase, field.equals("label") ? 1f : 0.5f), BooleanClause.Occur.SHOULD);
                }
            }
        }
        // at most 120 words an outcome (tokens()): 4 + 2 clauses each stay below Lucene's limit of 1024
        return q.build();
    }

    private Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        tokens(text).forEach(t -> out.add(t.term()));
        return out;
    }

    /** The analysed terms of a text with the words they came from and their positions. */
    private List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("label", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken() && out.size() < 120) {
                position += increment.getPositionIncrement();
                out.add(new Token(term.toString(), text.substring(offset.startOffset(), offset.endOffset()), position));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
