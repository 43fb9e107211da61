package org.migkg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Events whose title and description read alike, found with Lucene: the texts go into an in-memory index (English
 * analysis: stop words, stemming), and for each event a MoreLikeThis query made of its most telling terms finds its
 * nearest others. A neighbour's similarity is its score divided by the event's own score for the same query, so it lies
 * between 0 and 1 and does not depend on the length of the text.
 */
final class TextSimilarity {
    /** One neighbour of an event: its index in the input list and the normalised similarity. */
    record Neighbour(int other, double similarity) {}

    /** Each event's interesting terms and nearest neighbours, by the event's index in the input list. */
    record Result(List<List<Neighbour>> neighbours, List<List<String>> terms) {}

    private static final String TEXT = "text";
    private static final int MAX_QUERY_TERMS = 20;
    /**
     * A term used by more events than this is not telling, whatever the size of the corpus; the bound also keeps each
     * query's cost (its terms' posting lists) from growing with the corpus, so linking grows linearly.
     */
    static final int MAX_DOC_FREQ = 2_000;

    private TextSimilarity() {}

    static Result neighbours(List<String> texts, int perEvent, double minSimilarity) {
        try (Analyzer analyzer = new EnglishAnalyzer(); ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            FieldType type = new FieldType();
            type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
            type.setTokenized(true);
            type.setStoreTermVectors(true);
            type.freeze();
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (String text : texts) {
                    Document doc = new Document();
                    doc.add(new Field(TEXT, text, type));
                    writer.addDocument(doc);
                }
                // one segment: document numbers are the input order and scores do not depend on flush timing
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int n = texts.size();
                ThreadLocal<MoreLikeThis> mlt = ThreadLocal.withInitial(() -> moreLikeThis(reader, analyzer, n));
                List<List<Neighbour>> neighbours = new ArrayList<>(java.util.Collections.nCopies(n, List.of()));
                List<List<String>> terms = new ArrayList<>(java.util.Collections.nCopies(n, List.of()));
                IntStream.range(0, n).parallel().forEach(doc -> {
                    try {
                        // the query MoreLikeThis.like(doc) would build, from the terms it is made of, found once
                        String[] interesting = mlt.get().retrieveInterestingTerms(doc);
                        BooleanQuery.Builder builder = new BooleanQuery.Builder();
                        for (String term : interesting) {
                            builder.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
                        }
                        Query query = builder.build();
                        TopDocs top = searcher.search(query, perEvent + 1);
                        double self = Arrays.stream(top.scoreDocs).filter(s -> s.doc == doc).mapToDouble(s -> s.score)
                                .findFirst().orElse(top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score);
                        List<Neighbour> list = new ArrayList<>();
                        for (ScoreDoc s : top.scoreDocs) {
                            double similarity = self == 0 ? 0 : Math.min(1.0, s.score / self);
                            if (s.doc != doc && similarity >= minSimilarity && list.size() < perEvent) {
                                list.add(new Neighbour(s.doc, similarity));
                            }
                        }
                        neighbours.set(doc, List.copyOf(list));
                        terms.set(doc, List.of(interesting));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return new Result(neighbours, terms);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("text similarity index failed", e);
        }
    }

    private static MoreLikeThis moreLikeThis(DirectoryReader reader, Analyzer analyzer, int documents) {
        MoreLikeThis m;
        try {
            m = new MoreLikeThis(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        m.setAnalyzer(analyzer);
        m.setFieldNames(new String[] {TEXT});
        m.setMinTermFreq(1);
        // a term only one event uses cannot find another; a term most events use finds nothing in particular
        m.setMinDocFreq(2);
        m.setMaxDocFreq(Math.max(10, Math.min(documents / 5, MAX_DOC_FREQ)));
        m.setMinWordLen(3);
        m.setMaxQueryTerms(MAX_QUERY_TERMS);
        return m;
    }
}
