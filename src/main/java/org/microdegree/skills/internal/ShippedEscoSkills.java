package org.microdegree.skills.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.microdegree.skills.EscoConcept;
import org.microdegree.skills.OccupationFit;
import org.microdegree.skills.SkillMatch;
import org.microdegree.skills.SkillSuggestions;
import org.microdegree.skills.Skills;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/**
 * The ESCO files the project ships, loaded on first use (the CLI's commands that never look at a
 * skill start without paying for it) and searched with an in-memory Lucene index.
 */
@Service
class ShippedEscoSkills implements Skills {

    private final Analyzer analyzer = new EnglishAnalyzer();
    // each loaded once, on first use, by whichever thread asks first
    private final SingletonSupplier<EscoFiles.Loaded> data = SingletonSupplier.of(EscoFiles::loadAll);
    private final SingletonSupplier<Occupations> occupations = SingletonSupplier.of(Occupations::load);
    private final SingletonSupplier<IndexSearcher> searcher = SingletonSupplier.of(() -> buildIndex(EscoConcept::denotesSkill));
    private final SingletonSupplier<IndexSearcher> occupationSearcher = SingletonSupplier.of(() -> buildIndex(c -> c.type().equals("occupation")));
    private final SingletonSupplier<SkillSuggester> suggester = SingletonSupplier.of(() -> new SkillSuggester(data()));

    private EscoFiles.Loaded data() {
        return data.obtain();
    }

    @Override
    public Optional<EscoConcept> find(String uri) {
        return Optional.ofNullable(data().concepts().get(uri));
    }

    @Override
    public boolean isSkill(String uri) {
        EscoConcept c = data().concepts().get(uri);
        return c != null && c.denotesSkill();
    }

    @Override
    public List<String> skillUris() {
        return data().concepts().values().stream().filter(EscoConcept::denotesSkill).map(EscoConcept::uri).sorted().toList();
    }

    @Override
    public List<EscoConcept> skillsOfOccupation(String occupationUri) {
        return occupations.obtain().skillsOf(occupationUri).stream().map(u -> data().concepts().get(u)).filter(c -> c != null).toList();
    }

    @Override
    public List<OccupationFit> occupationsCovering(Collection<String> skillUris, int limit) {
        return occupations.obtain().covering(skillUris, limit, uri -> data().concepts().get(uri));
    }

    @Override
    public SkillSuggestions suggest(List<String> outcomes, String language, Collection<String> except, int limit) {
        return suggester.obtain().suggest(outcomes, language, except, limit);
    }

    @Override
    public List<EscoConcept> findOccupations(String query, int limit) {
        return ranked(occupationSearcher.obtain(), query, limit).stream().map(SkillMatch::concept).toList();
    }

    @Override
    public Optional<OccupationFit> fitOf(String occupationUri, Collection<String> skillUris) {
        EscoConcept c = data().concepts().get(occupationUri);
        return c == null || !c.type().equals("occupation") ? Optional.empty() : occupations.obtain().fit(occupationUri, skillUris, c);
    }

    @Override
    public List<SkillMatch> search(String query, int limit) {
        return ranked(searcher.obtain(), query, limit);
    }

    private List<SkillMatch> ranked(IndexSearcher s, String query, int limit) {
        String q = query.strip();
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        try {
            ScoreDoc[] hits = s.search(labelQuery(q), limit).scoreDocs;
            List<SkillMatch> result = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                String uri = s.storedFields().document(hit.doc).get("uri");
                result.add(new SkillMatch(data().concepts().get(uri), hit.score));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An exact label wins; then labels with every word of the query; then any word, the
     * preferred label counting three times as much as an alternative one.
     */
    private Query labelQuery(String q) {
        SimpleQueryParser all = new SimpleQueryParser(analyzer, "label");
        all.setDefaultOperator(BooleanClause.Occur.MUST);
        SimpleQueryParser any = new SimpleQueryParser(analyzer, "label");
        SimpleQueryParser alternative = new SimpleQueryParser(analyzer, "alt");
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term("exact", q.toLowerCase(Locale.ROOT))), 10f), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(all.parse(q), 3f), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(any.parse(q), 2f), BooleanClause.Occur.SHOULD)
                .add(alternative.parse(q), BooleanClause.Occur.SHOULD)
                .build();
    }

    private IndexSearcher buildIndex(Predicate<EscoConcept> which) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (EscoConcept c : data().concepts().values()) {
                if (!which.test(c) || c.label().isBlank()) {
                    continue;
                }
                Document d = new Document();
                d.add(new StoredField("uri", c.uri()));
                d.add(new TextField("label", c.label(), Field.Store.NO));
                d.add(new StringField("exact", c.label().toLowerCase(Locale.ROOT), Field.Store.NO));
                for (String alt : c.altLabels()) {
                    d.add(new TextField("alt", alt, Field.Store.NO));
                }
                w.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
