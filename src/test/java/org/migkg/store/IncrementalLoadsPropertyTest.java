package org.migkg.store;

import org.migkg.pipeline.Loader;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.migkg.SeedData;
import org.migkg.link.NamesakeCorpora;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;
import org.migkg.rdf.Iris;
import org.migkg.serve.EntityDescriber;

/**
 * Random corpora of namesakes, loaded record file by record file in random increments into a real store, with a
 * curator merging two people at some point: after every load, each person IRI an earlier load published still has
 * every participation it had, or answers 301 (through {@code owl:sameAs}) to the person who has them now; a fresh
 * rebuild from the data directory and its register dumps byte for byte like the store the increments built, and
 * the counts graph is what recounting the store gives after every load.
 */
class IncrementalLoadsPropertyTest {

    @Provide
    Arbitrary<List<NamesakeCorpora.Event>> corpora() {
        return NamesakeCorpora.events(3, 7);
    }

    @Property(tries = 8)
    void publishedPersonIrisKeepTheirParticipations(
            @ForAll("corpora") List<NamesakeCorpora.Event> events,
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 3) Integer> increments,
            @ForAll @IntRange(min = 1, max = 3) int mergeAt,
            @ForAll @IntRange(min = 0, max = 50) int pick) throws IOException {
        Path dir = Files.createTempDirectory("migkg-published");
        try {
            Path data = Files.createDirectories(dir.resolve("data/events")).getParent();
            Files.copy(SeedData.SHIPPED.resolve(DataLayout.ORGANIZATIONS), data.resolve(DataLayout.ORGANIZATIONS));
            writeAliases(data, null, null, null);
            Map<String, Set<String>> published = new TreeMap<>();
            Set<String> mergedAway = new HashSet<>();
            String dump;
            try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("incremental"), Iris.DEFAULT)) {
                Loader loader = new Loader(store, dir);
                int step = 0;
                for (int next = 0; next < events.size(); step++) {
                    int count = Math.min(increments.get(step % increments.size()), events.size() - next);
                    List<Path> files = new ArrayList<>();
                    for (NamesakeCorpora.Event e : events.subList(next, next + count)) {
                        Path file = data.resolve("events").resolve(e.id() + ".json");
                        DataReader.JSON.writeValue(file.toFile(), e.json());
                        files.add(file);
                    }
                    next += count;
                    if (step == mergeAt && published.size() >= 2 && mergedAway.isEmpty()) {
                        List<String> live = new ArrayList<>(published.keySet());
                        String survivor = live.get(pick % live.size());
                        String retired = live.get((pick + 1) % live.size());
                        writeAliases(data, survivor, participation(store, survivor), retired);
                        mergedAway.add(retired);
                    }
                    loader.load(files, data, false);
                    assertKept(store, published, mergedAway);
                    StoreRecount.assertCountsAreARecount(store);
                    published.putAll(participations(store));
                }
                Statistics.label("curated merge").collect(!mergedAway.isEmpty());
                dump = SeedData.dump(store);
            }
            try (KnowledgeStore rebuilt = KnowledgeStore.open(dir.resolve("rebuilt"), Iris.DEFAULT)) {
                new Loader(rebuilt, dir).load(List.of(data), data, false);
                SeedData.assertSameDump(dump, SeedData.dump(rebuilt));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void assertKept(KnowledgeStore store, Map<String, Set<String>> published, Set<String> mergedAway) {
        Map<String, Set<String>> now = participations(store);
        EntityDescriber describer = new EntityDescriber(store);
        published.forEach((iri, participations) -> {
            String holder = now.containsKey(iri) ? iri : describer.successor(iri).orElse(null);
            assertNotNull(holder, iri + " no longer answers");
            assertTrue(holder.equals(iri) || mergedAway.contains(iri), iri + " redirects, but no curator merged it");
            assertTrue(now.get(holder).containsAll(participations), iri + " had " + participations + "; " + holder
                    + " has " + now.get(holder));
        });
    }

    private static Map<String, Set<String>> participations(KnowledgeStore store) {
        Map<String, Set<String>> out = new TreeMap<>();
        SeedData.select(store, "SELECT ?person ?part WHERE { GRAPH ?g { ?part mk:participant ?person } }").forEach(row ->
                out.computeIfAbsent(row.getResource("person").getURI(), k -> new TreeSet<>()).add(row.getResource("part").getURI()));
        return out;
    }

    /** One participation of the person, as aliases.json names a mention: {@code <event>#<position>}. */
    private static String participation(KnowledgeStore store, String person) {
        String part = participations(store).get(person).iterator().next();
        String tail = part.substring(part.indexOf("/id/event/") + "/id/event/".length());
        return tail.replace("/participant/", "#");
    }

    private static void writeAliases(Path data, String survivor, String mention, String retired) throws IOException {
        ObjectNode aliases = DataReader.JSON.createObjectNode();
        if (survivor == null) {
            aliases.putArray("samePerson");
        } else {
            ObjectNode same = aliases.putArray("samePerson").addObject().put("person", slug(survivor));
            same.putArray("mentions").add(mention);
            same.putArray("replaces").add(slug(retired));
        }
        aliases.putArray("differentPeople");
        DataReader.JSON.writeValue(data.resolve(DataLayout.ALIASES).toFile(), aliases);
    }

    private static String slug(String personIri) {
        return personIri.substring(personIri.lastIndexOf('/') + 1);
    }
}
