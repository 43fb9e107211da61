package org.migkg.store;

import org.migkg.pipeline.Loader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migkg.SeedData;
import org.migkg.link.Linked;
import org.migkg.link.Linker;
import org.migkg.link.Mention;
import org.migkg.records.Corpus;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;
import org.migkg.records.Register;
import org.migkg.rdf.Iris;

/** Issue #13: a person IRI, once published, keeps denoting that person whatever records come later, in any order. */
class PublishedIrisTest {
    static final String CAMILLE = "https://w3id.org/migkg/id/person/camille-le-coz";
    static final String OLDER_NAMESAKE = "1999-05-01-fedasil-reception-conference";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "loading the whole directory: {0}")
    @ValueSource(booleans = {true, false})
    void camilleLeCozKeepsHerIriWhenAnOlderNamesakeAppears(boolean wholeDirectory) throws IOException {
        Path data = shippedData(true);
        Register before = register(data);
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            new Loader(store, dir).load(List.of(data), data, false);
            Set<String> mpiEvents = eventsOf(store, CAMILLE);
            assertTrue(mpiEvents.containsAll(Set.of(iri("event/" + SeedData.GENDER), iri("event/" + SeedData.COMMUNICATIONS))), mpiEvents.toString());

            Path older = writeOlderNamesake(data);
            assertEquals("camille-le-coz", withoutRegister(data), "without the register, the older namesake would take the plain IRI");
            new Loader(store, dir).load(List.of(wholeDirectory ? data : older), data, false);

            assertEquals(mpiEvents, eventsOf(store, CAMILLE), "the published IRI still denotes the MPI analyst");
            assertEquals(Set.of(iri("event/" + OLDER_NAMESAKE)), eventsOf(store, iri("person/camille-le-coz-fedasil")),
                    "the newcomer gets an IRI of her own");
            assertTrue(SeedData.ask(store, "ASK { <" + CAMILLE + "> org:holds/org:postIn <https://w3id.org/migkg/id/org/mpi> }"));
            assertFalse(SeedData.ask(store, "ASK { <" + CAMILLE + "> org:holds/org:postIn <https://w3id.org/migkg/id/org/fedasil> }"));
        }
        Register after = register(data);
        assertTrue(after.people().containsAll(before.people()), "no entry of the register was changed");
        assertEquals(before.people().size() + 1, after.people().size());
    }

    @Test
    void aRebuildFromTheDataAndTheRegisterGivesTheIrisOfTheIncrementalLoads() throws IOException {
        Path data = shippedData(false);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> events = Files.list(data.resolve("events"))) {
            events.sorted().forEach(files::add);
        }
        Collections.shuffle(files, new Random(13));
        String incremental;
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("incremental"), Iris.DEFAULT)) {
            Loader loader = new Loader(store, dir);
            for (int i = 0; i < files.size(); i += 3) {
                loader.load(files.subList(i, Math.min(i + 3, files.size())), data, false);
            }
            incremental = SeedData.dump(store);
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("rebuilt"), Iris.DEFAULT)) {
            Loader.LoadReport report = new Loader(store, dir).load(List.of(data), data, false);
            assertFalse(report.registerWritten(), "the rebuild mints nothing");
            SeedData.assertSameDump(incremental, SeedData.dump(store));
        }
    }

    @Test
    void theShippedRegisterHoldsEveryIdOfTheShippedData() {
        Linked linked = new Linker().link(new DataReader(Path.of("")).read(DataLayout.of(List.of(SeedData.SHIPPED), SeedData.SHIPPED)));
        assertFalse(linked.register().changed(), "data/register.json lacks ids of the shipped records: run `migkg load` and commit it ("
                + linked.register().newPeople() + " people, " + linked.register().newOrganizations() + " organizations, "
                + linked.register().newMentions() + " mentions)");
    }

    private Path shippedData(boolean withRegister) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data/events"));
        try (Stream<Path> events = Files.list(SeedData.SHIPPED.resolve("events"))) {
            for (Path e : events.toList()) {
                Files.copy(e, data.resolve(e.getFileName()));
            }
        }
        for (String file : withRegister ? List.of(DataLayout.ORGANIZATIONS, DataLayout.ALIASES, DataLayout.REGISTER)
                : List.of(DataLayout.ORGANIZATIONS, DataLayout.ALIASES)) {
            Files.copy(SeedData.SHIPPED.resolve(file), data.getParent().resolve(file));
        }
        return data.getParent();
    }

    private static Path writeOlderNamesake(Path data) throws IOException {
        ObjectNode e = DataReader.JSON.createObjectNode().put("id", OLDER_NAMESAKE)
                .put("title", "Reception of Asylum Seekers in Belgium").put("eventType", "conference").put("start", "1999-05-01");
        e.putArray("participants").addObject().put("name", "Camille Le Coz").put("role", "speaker")
                .putArray("posts").addObject().put("title", "Reception Officer").put("organization", "Fedasil");
        e.putObject("source").put("document", "test/" + OLDER_NAMESAKE);
        Path file = data.resolve("events").resolve(OLDER_NAMESAKE + ".json");
        DataReader.JSON.writeValue(file.toFile(), e);
        return file;
    }

    /** The id the newcomer would get if ids were chosen from the corpus alone, as before the register. */
    private static String withoutRegister(Path data) {
        Corpus corpus = new DataReader(data).read(DataLayout.of(List.of(data), data)).withRegister(Register.EMPTY);
        return new Linker().link(corpus).personOf().get(new Mention(OLDER_NAMESAKE, 1));
    }

    private static Register register(Path data) throws IOException {
        return DataReader.JSON.readValue(data.resolve(DataLayout.REGISTER).toFile(), Register.class);
    }

    private static Set<String> eventsOf(KnowledgeStore store, String person) {
        Set<String> events = new TreeSet<>();
        SeedData.select(store, "SELECT ?e WHERE { ?e schema:performer <" + person + "> }")
                .forEach(row -> events.add(row.getResource("e").getURI()));
        return events;
    }

    private static String iri(String path) {
        return "https://w3id.org/migkg/id/" + path;
    }
}
