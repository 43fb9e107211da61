package org.migkg.store;

import org.migkg.pipeline.Loader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;
import org.migkg.records.InvalidInputException;
import org.migkg.rdf.Iris;
import org.migkg.serve.EntityDescriber;

/** How a load reads, extends and writes the data directory's register. */
class RegisterLoadTest {
    @TempDir
    Path dir;

    @Test
    void theFirstLoadWritesTheRegisterBesideTheAliasesAndTheNextChangesNothing() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            Loader.LoadReport first = new Loader(store, dir).load(List.of(data), data, false);
            assertTrue(first.registerWritten());
            assertEquals("data/register.json", first.registerFile());
            assertEquals(6, first.linked().register().newPeople());
            String written = Files.readString(data.resolve(DataLayout.REGISTER));
            Loader.LoadReport again = new Loader(store, dir).load(List.of(data), data, false);
            assertFalse(again.registerWritten());
            assertEquals(written, Files.readString(data.resolve(DataLayout.REGISTER)));
        }
        try (Stream<Path> files = Files.list(data)) {
            assertEquals(List.of("aliases.json", "events", "organizations.json", "register.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left behind");
        }
    }

    @Test
    void singleRecordFilesExtendTheRegisterOfTheDefaultDataDirectory() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        Path gender = data.resolve("events").resolve(SeedData.GENDER + ".json");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            new Loader(store, dir).load(List.of(gender), data, false);
        }
        assertTrue(Files.readString(data.resolve(DataLayout.REGISTER)).contains("\"sijal-aziz\""));
    }

    @Test
    void withoutRegisterUpdatesTheRegisterIsLeftAsItIs() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            Loader.LoadReport report = new Loader(store, dir).load(List.of(data), data, new Loader.Options(false, false, false));
            assertFalse(report.registerWritten());
            assertTrue(report.linked().register().changed());
            assertEquals(2, report.stats().events());
        }
        assertFalse(Files.exists(data.resolve(DataLayout.REGISTER)));
    }

    @Test
    void aReadOnlyDataDirectoryIsRefusedBeforeTheStoreChanges() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            assumeFalse(Files.isWritable(data), "running as root: a read-only directory is still writable here");
            StoreException e = assertThrows(StoreException.class, () -> new Loader(store, dir).load(List.of(data), data, false));
            assertTrue(e.getMessage().contains("--no-register-update"), e.getMessage());
            assertTrue(store.isEmpty());
            new Loader(store, dir).load(List.of(data), data, new Loader.Options(false, false, false));
            assertEquals(2, StoreStats.of(store).events());
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aBadRegisterIsReportedLikeAnyBadInput() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        Files.writeString(data.resolve(DataLayout.REGISTER), """
                {"people": [
                  {"id": "sijal-aziz", "name": "Sijal Aziz", "mentions": [{"event": "a", "name": "Sijal Aziz"}]},
                  {"id": "sijal-aziz-2", "name": "Sijal Aziz", "mentions": [{"event": "a", "name": "SIJAL AZIZ"}]}
                ]}
                """);
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Loader(store, dir).load(List.of(data), data, false));
            assertEquals("/people/1/mentions/0", e.problems().get(0).field());
            assertTrue(e.problems().get(0).message().contains("already registered under 'sijal-aziz'"), e.problems().get(0).message());
            assertTrue(store.isEmpty());
        }
    }

    @Test
    void anUnreviewedOrganizationTakenIntoTheCatalogueRedirectsWithItsPosts() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        ObjectNode event = DataReader.JSON.createObjectNode().put("id", "2024-05-01-acme").put("title", "Acme Day")
                .put("eventType", "webinar").put("start", "2024-05-01");
        event.putArray("participants").addObject().put("name", "Jan Peeters").put("role", "speaker")
                .putArray("posts").addObject().put("title", "Director").put("organization", "Acme Relief Network");
        event.putObject("source").put("document", "test/acme");
        DataReader.JSON.writeValue(data.resolve("events/2024-05-01-acme.json").toFile(), event);
        String base = "https://w3id.org/migkg/id/";
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            new Loader(store, dir).load(List.of(data), data, false);
            assertTrue(SeedData.ask(store, "ASK { <" + base + "post/acme-relief-network/director> org:postIn <" + base + "org/acme-relief-network> }"));

            ObjectNode catalogue = (ObjectNode) DataReader.JSON.readTree(data.resolve(DataLayout.ORGANIZATIONS).toFile());
            catalogue.withArray("organizations").addObject().put("id", "acme").put("name", "Acme Relief Network");
            DataReader.JSON.writeValue(data.resolve(DataLayout.ORGANIZATIONS).toFile(), catalogue);
            new Loader(store, dir).load(List.of(data), data, false);

            EntityDescriber describer = new EntityDescriber(store);
            assertEquals(Optional.of(base + "org/acme"), describer.successor(base + "org/acme-relief-network"));
            assertEquals(Optional.of(base + "post/acme/director"), describer.successor(base + "post/acme-relief-network/director"));
        }
    }

    @Test
    void aNewRecordCannotTakeThePublishedIdOfAnotherRecordFile() throws IOException {
        Path data = SeedData.copyTo(dir.resolve("data"));
        Path drafts = Files.createDirectories(dir.resolve("drafts"));
        ObjectNode other = (ObjectNode) DataReader.JSON.readTree(data.resolve("events").resolve(SeedData.GENDER + ".json").toFile());
        other.put("title", "Another event the importer gave the same id");
        Path draft = drafts.resolve("draft.json");
        DataReader.JSON.writeValue(draft.toFile(), other);
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), Iris.DEFAULT)) {
            new Loader(store, dir).load(List.of(data), data, false);
            String before = SeedData.dump(store);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Loader(store, dir).load(List.of(draft), data, false));
            assertEquals("/id", e.problems().get(0).field());
            assertTrue(e.problems().get(0).message().contains("events/" + SeedData.GENDER + ".json"), e.problems().get(0).message());
            assertEquals(before, SeedData.dump(store));
        }
    }
}
