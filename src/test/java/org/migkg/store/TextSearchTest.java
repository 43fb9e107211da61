package org.migkg.store;

import org.migkg.pipeline.Loader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.rdf.Iris;

/** The Lucene text index: what it finds, that SPARQL sees it, that reloads keep it in step, that it repairs itself. */
class TextSearchTest {
    @TempDir
    static Path shared;
    static KnowledgeStore seeds;

    @BeforeAll
    static void load() {
        seeds = SeedData.loadedStore(shared);
    }

    @AfterAll
    static void close() {
        seeds.close();
    }

    static final String AZIZ = Iris.DEFAULT.person("sijal-aziz");
    static final String GENDER_EVENT = Iris.DEFAULT.event(SeedData.GENDER);

    @Test
    void findsPeopleByNameAndEventsByWordsOfTheirTitle() {
        {
            KnowledgeStore store = seeds;
            List<TextSearch.Hit> aziz = store.textSearch().search("Aziz", 10);
            assertEquals(AZIZ, aziz.get(0).iri(), aziz::toString);
            assertEquals("Sijal Aziz", aziz.get(0).label());
            assertEquals("person", aziz.get(0).kind());

            List<TextSearch.Hit> gender = store.textSearch().search("gender-responsive", 10);
            TextSearch.Hit firstEvent = gender.stream().filter(h -> h.kind().equals("event")).findFirst().orElseThrow();
            assertEquals(GENDER_EVENT, firstEvent.iri(), gender::toString);
            assertTrue(gender.stream().anyMatch(h -> h.iri().equals(org.migkg.rdf.Iris.principle("gender-responsive"))),
                    "the cross-cutting theme of that name is found too");
            assertEquals(gender.stream().map(TextSearch.Hit::iri).distinct().count(), gender.size(), "one hit per entity");
        }
    }

    @Test
    void searchFoldsAccentsAndCaseAndStemsEnglish() {
        for (String query : List.of("Lobel", "LÖBEL", "löbel")) {
            List<TextSearch.Hit> hits = seeds.textSearch().search(query, 10);
            assertTrue(!hits.isEmpty() && hits.get(0).label().equals("Elke Löbel"), query + " gave " + hits);
        }
        List<TextSearch.Hit> singular = seeds.textSearch().search("migrant", 100);
        assertTrue(singular.stream().anyMatch(h -> h.iri().equals(GENDER_EVENT)), "\"migrant\" finds the title's \"Migrants\": " + singular);
    }

    @Test
    void findsPostsAndOrganizationsByTheirOtherNames() {
        {
            KnowledgeStore store = seeds;
            List<TextSearch.Hit> bmz = store.textSearch().search("Bundesministerium", 5);
            assertEquals(Iris.DEFAULT.organization("bmz"), bmz.get(0).iri(), bmz::toString);
            assertEquals("organization", bmz.get(0).kind());
            assertTrue(store.textSearch().search("Returns and Reintegration", 20).stream().anyMatch(h -> h.kind().equals("post")));
        }
    }

    @Test
    void queryTextIsTakenAsWordsNotLuceneSyntax() {
        {
            KnowledgeStore store = seeds;
            assertTrue(store.textSearch().search("Aziz)(*:", 5).stream().anyMatch(h -> h.iri().equals(AZIZ)));
            assertTrue(store.textSearch().search("  ", 5).isEmpty());
            assertEquals(1, store.textSearch().search("Aziz", 1).size());
        }
    }

    @Test
    void sparqlTextQueryFindsThePersonAndTheUnionStillHoldsHerName() {
        {
            KnowledgeStore store = seeds;
            var rows = SeedData.select(store, """
                    PREFIX text: <http://jena.apache.org/text#>
                    SELECT ?s ?name WHERE { ?s text:query "Aziz" ; schema:name ?name }""");
            assertTrue(rows.stream().anyMatch(r -> r.getResource("s").getURI().equals(AZIZ)
                    && r.getLiteral("name").getString().equals("Sijal Aziz")), rows::toString);
        }
    }

    @Test
    void reloadingDoesNotPileUpDocumentsAndRemovedRecordsLeaveTheIndex(@TempDir Path dir) throws IOException {
        try (KnowledgeStore store = SeedData.loadedStore(dir)) {
            long docs = TextIndexing.documents(((org.apache.jena.query.text.DatasetGraphText) store.dataset()).getTextIndex());
            assertEquals(TextIndexing.indexedQuads(store.dataset()), docs);
            Path data = dir.resolve("data");
            new Loader(store, dir).load(List.of(data), data, false);
            assertEquals(docs, TextIndexing.documents(((org.apache.jena.query.text.DatasetGraphText) store.dataset()).getTextIndex()));

            Files.delete(data.resolve("events").resolve(SeedData.GENDER + ".json"));
            new Loader(store, dir).load(List.of(data), data, false);
            assertTrue(store.textSearch().search("gender-responsive", 10).stream().noneMatch(h -> h.iri().equals(GENDER_EVENT)));
        }
    }

    @Test
    void aMissingIndexIsRebuiltWhenTheStoreIsOpened(@TempDir Path dir) throws IOException {
        SeedData.loadedStore(dir).close();
        Path text = dir.resolve("store").resolve(TextIndexing.DIRECTORY);
        try (Stream<Path> files = Files.walk(text)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertFalse(Files.exists(text));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            assertEquals(AZIZ, store.textSearch().search("Aziz", 1).get(0).iri());
        }
    }

    @Test
    void anIndexOutOfStepWithTheStoreIsRebuiltWhenTheStoreIsOpened(@TempDir Path dir) throws IOException {
        SeedData.loadedStore(dir).close();
        try (var index = org.apache.lucene.store.FSDirectory.open(dir.resolve("store").resolve(TextIndexing.DIRECTORY));
             var writer = new org.apache.lucene.index.IndexWriter(index, new org.apache.lucene.index.IndexWriterConfig())) {
            writer.deleteAll();
            writer.commit();
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            assertEquals(AZIZ, store.textSearch().search("Aziz", 1).get(0).iri());
            assertEquals(TextIndexing.indexedQuads(store.dataset()),
                    TextIndexing.documents(((org.apache.jena.query.text.DatasetGraphText) store.dataset()).getTextIndex()));
        }
    }
}
