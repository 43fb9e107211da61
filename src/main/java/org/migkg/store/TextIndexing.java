package org.migkg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.FSDirectory;
import org.migkg.rdf.SchemaOrg;

/**
 * The Lucene text index beside the TDB2 store (in {@code <store>/text}): names and alternative names (event titles
 * are names), descriptions, post and concept labels, all in one field so {@code ?s text:query "Aziz"} searches them together. Writes through the
 * returned dataset are indexed in the same transaction; an index that is missing or out of step with the store is
 * rebuilt when the store is opened.
 */
final class TextIndexing {
    static final String DIRECTORY = "text";
    static final String FIELD = "text";

    /** What is indexed: the literals a person would search for. */
    static final List<Property> PREDICATES = List.of(SchemaOrg.name, SchemaOrg.alternateName, SchemaOrg.description,
            RDFS.label, SKOS.prefLabel, SKOS.altLabel);

    private TextIndexing() {}

    static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition("uri", FIELD);
        def.setGraphField("graph");
        // With a uid per quad, deleting a triple deletes its document: reloads replace rather than pile up.
        def.setUidField("uid");
        def.setLangField("lang");
        PREDICATES.forEach(p -> def.set(FIELD, p.asNode()));
        return def;
    }

    /** Written beside the index: an index built with other analysis is rebuilt. */
    private static final String ANALYSIS = "standard-tokens, lower case, ASCII folding, Porter stems; v1";

    /**
     * Lucene's own analysis, the same at indexing and at query time: "Lobel" finds Elke Löbel, "migrant" finds
     * "migrants". Folding is {@code ASCIIFoldingFilter}, the rule {@code org.migkg.text.Folding} uses for keys.
     */
    static org.apache.lucene.analysis.Analyzer analyzer() {
        try {
            return org.apache.lucene.analysis.custom.CustomAnalyzer.builder()
                    .withTokenizer(org.apache.lucene.analysis.standard.StandardTokenizerFactory.class)
                    .addTokenFilter(org.apache.lucene.analysis.core.LowerCaseFilterFactory.class)
                    .addTokenFilter(org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory.class)
                    .addTokenFilter(org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory.class)
                    .addTokenFilter(org.apache.lucene.analysis.en.PorterStemFilterFactory.class)
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("cannot build the text analyzer", e);
        }
    }

    static DatasetGraphText wrap(DatasetGraph tdb, Path storeDirectory) {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setValueStored(true);
        config.setAnalyzer(analyzer());
        config.setQueryAnalyzer(analyzer());
        TextIndex index;
        try {
            Path dir = storeDirectory.resolve(DIRECTORY);
            Path marker = storeDirectory.resolve(DIRECTORY + ".analysis");
            if (!java.nio.file.Files.exists(marker) || !java.nio.file.Files.readString(marker).equals(ANALYSIS)) {
                deleteTree(dir);
                java.nio.file.Files.writeString(marker, ANALYSIS);
            }
            index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config);
        } catch (IOException e) {
            throw new StoreException("cannot open the text index in " + storeDirectory.resolve(DIRECTORY) + ": " + e.getMessage(), e);
        }
        DatasetGraphText text = (DatasetGraphText) TextDatasetFactory.create(tdb, index, true);
        if (indexedQuads(tdb) != documents(index)) {
            rebuild(tdb, index);
        }
        return text;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(f);
            }
        }
    }

    /** The number of quads the index should hold one document for. */
    static long indexedQuads(DatasetGraph tdb) {
        return Txn.calculateRead(tdb, () -> {
            long n = 0;
            for (Property p : PREDICATES) {
                var it = tdb.find(Node.ANY, Node.ANY, p.asNode(), Node.ANY);
                while (it.hasNext()) {
                    if (it.next().getObject().isLiteral()) {
                        n++;
                    }
                }
            }
            return n;
        });
    }

    static long documents(TextIndex index) {
        try (DirectoryReader reader = DirectoryReader.open(((TextIndexLucene) index).getDirectory())) {
            return reader.numDocs();
        } catch (IndexNotFoundException e) {
            return 0;
        } catch (IOException e) {
            throw new StoreException("cannot read the text index: " + e.getMessage(), e);
        }
    }

    /** Replaces the index's content with documents for every indexed quad in the store. */
    static void rebuild(DatasetGraph tdb, TextIndex index) {
        EntityDefinition def = index.getDocDef();
        Txn.executeRead(tdb, () -> {
            try {
                ((TextIndexLucene) index).getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new StoreException("cannot clear the text index: " + e.getMessage(), e);
            }
            for (Property p : PREDICATES) {
                tdb.find(Node.ANY, Node.ANY, p.asNode(), Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isLiteral()) {
                        index.addEntity(TextQueryFuncs.entityFromQuad(def, q));
                    }
                });
            }
            index.prepareCommit();
            index.commit();
        });
    }
}
