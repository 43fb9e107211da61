package org.migkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.serve.KgServer;
import org.migkg.SeedData;
import org.migkg.pipeline.Loader;

/** Each publication keeps its release under its id, with the patch from the one before; the same content is the same release. */
class ReleasesTest {
    @TempDir
    Path dir;

    @Test
    void theSameDataLoadedAtTwoInstantsIsTheSameRelease(@TempDir Path other) throws InterruptedException {
        try (KnowledgeStore first = SeedData.loadedStore(dir)) {
            Thread.sleep(20);
            try (KnowledgeStore second = SeedData.loadedStore(other)) {
                assertNotEquals(first.lastLoaded(), second.lastLoaded(), "two loads at two instants");
                KeptRelease a = ReleaseArchive.of(first).latest().orElseThrow();
                KeptRelease b = ReleaseArchive.of(second).latest().orElseThrow();
                assertEquals(a.release(), b.release());
                assertNotEquals(a.issued(), b.issued(), "the date is metadata of the release, not part of its id");
            }
        }
    }

    @Test
    void releasesAreKeptUnderTheirIdsChainedByPatchesAndPrunedOldestFirst() throws IOException {
        try (KnowledgeStore store = SeedData.loadedStore(dir)) {
            Path data = dir.resolve("data");
            Path dumps = DumpWriter.directory(store);
            ReleaseArchive archive = ReleaseArchive.of(store);
            KeptRelease a = archive.latest().orElseThrow();
            assertTrue(a.previous().isEmpty());
            assertFalse(Files.exists(a.file(ReleasePatch.FILE)), "the first release has nothing to patch");

            Path removed = data.resolve("events").resolve(SeedData.COMMUNICATIONS + ".json");
            byte[] record = Files.readAllBytes(removed);
            Files.delete(removed);
            DumpWriter.Report b = load(store, data, 2);
            assertTrue(b.created());
            assertEquals(List.of(a.id(), b.release().id()), ids(archive));
            KeptRelease kb = archive.latest().orElseThrow();
            assertEquals(Optional.of(a.id()), kb.previous());
            assertPatchLeadsFromTo(store, a, kb);

            DumpWriter.Report again = new DumpWriter(store, KgServer.sparqlEndpoint(store.iris())).keeping(2).write();
            assertFalse(again.created(), "the same content makes no new release");
            assertEquals(b.release(), again.release());
            assertEquals(List.of(a.id(), b.release().id()), ids(archive));

            Files.write(removed, record);
            DumpWriter.Report back = load(store, data, 2);
            assertEquals(a.id(), back.release().id(), "the first content again is the first release again");
            assertEquals(List.of(b.release().id(), a.id()), ids(archive), "and it is now the latest, after the second");
            KeptRelease ka = archive.latest().orElseThrow();
            assertEquals(Optional.of(b.release().id()), ka.previous());
            assertPatchLeadsFromTo(store, kb, ka);

            Files.delete(data.resolve("events").resolve(SeedData.GENDER + ".json"));
            DumpWriter.Report c = load(store, data, 2);
            assertEquals(List.of(a.id(), c.release().id()), ids(archive), "keeping 2, the oldest went: " + c.deleted());
            assertEquals(List.of(b.release().id()), c.deleted());
            assertFalse(Files.exists(dumps.resolve(b.release().id())));
            for (Dump d : Dump.values()) {
                Path latest = dumps.resolve(d.file());
                assertTrue(Files.isSameFile(latest, dumps.resolve(c.release().id()).resolve(d.file()))
                        || mismatch(latest, dumps.resolve(c.release().id()).resolve(d.file())) == -1, d.file());
            }
            try (var names = Files.list(dumps)) {
                assertEquals(List.of(), names.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
                        "no staging directory or temporary file is left");
            }
            assertTheDescriptionListsTheKeptReleases(store, List.of(a.id(), c.release().id()));
        }
    }

    private static long mismatch(Path a, Path b) throws IOException {
        return Files.mismatch(a, b);
    }

    private static DumpWriter.Report load(KnowledgeStore store, Path data, int keep) {
        new Loader(store, data.getParent()).load(List.of(data), data, false);
        return new DumpWriter(store, KgServer.sparqlEndpoint(store.iris())).keeping(keep).write();
    }

    private static List<String> ids(ReleaseArchive archive) {
        return archive.list().stream().map(KeptRelease::id).toList();
    }

    /** Applying the patch of {@code to} to the quads of {@code from} gives exactly the sorted N-Quads of {@code to}. */
    private static void assertPatchLeadsFromTo(KnowledgeStore store, KeptRelease from, KeptRelease to) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(from.file(Dump.NQUADS.file())))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
        }
        RDFPatch patch;
        try (InputStream in = Files.newInputStream(to.file(ReleasePatch.FILE))) {
            patch = RDFPatchOps.read(in);
        }
        DumpWriter writer = new DumpWriter(store, KgServer.sparqlEndpoint(store.iris()));
        assertEquals(writer.releaseNode(to.id()), patch.getId());
        assertEquals(writer.releaseNode(from.id()), patch.getPrevious());
        RDFPatchOps.applyChange(dsg, patch);
        String applied = Txn.calculateRead(dsg, () -> dsg.stream().map(NodeFmtLib::strNQ).sorted()
                .map(l -> l + "\n").collect(Collectors.joining()));
        String expected;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(to.file(Dump.NQUADS.file())))) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, applied);
        assertEquals(to.id(), Release.sha256(applied.getBytes(StandardCharsets.UTF_8)).substring(0, Release.HASH_DIGITS));
    }

    private static void assertTheDescriptionListsTheKeptReleases(KnowledgeStore store, List<String> ids) throws IOException {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(DumpWriter.directory(store).resolve(Dump.VOID_FILE)).lang(Lang.TURTLE).parse(m);
        Resource dataset = m.createResource(store.iris().dataset());
        List<String> versions = m.listObjectsOfProperty(dataset, DatasetDescription.HAS_VERSION).mapWith(RDFNode::asResource)
                .mapWith(Resource::getURI).toList().stream().sorted().toList();
        assertEquals(ids.stream().map(id -> DatasetDescription.releaseIri(store.iris(), id)).sorted().toList(), versions);
        String latest = ids.get(ids.size() - 1);
        assertEquals(DatasetDescription.releaseIri(store.iris(), latest),
                dataset.getPropertyResourceValue(DatasetDescription.HAS_CURRENT_VERSION).getURI());
        for (String id : ids) {
            Resource release = m.createResource(DatasetDescription.releaseIri(store.iris(), id));
            assertEquals(id, release.getProperty(DCTerms.identifier).getString());
            assertTrue(release.hasProperty(DCTerms.issued));
            for (RDFNode d : m.listObjectsOfProperty(release, DCAT.distribution).toList()) {
                Resource dist = d.asResource();
                String url = dist.getPropertyResourceValue(DCAT.downloadURL).getURI();
                String prefix = store.iris().base() + Dump.DIRECTORY + "/" + id + "/";
                assertTrue(url.startsWith(prefix), url);
                Path file = DumpWriter.directory(store).resolve(id).resolve(url.substring(prefix.length()));
                assertEquals(Files.size(file), dist.getProperty(DCAT.byteSize).getLong(), url);
                assertEquals(Optional.of(DumpWriter.sha256(file)), DatasetDescription.checksum(dist), url);
            }
        }
        Resource latestRelease = m.createResource(DatasetDescription.releaseIri(store.iris(), latest));
        assertEquals(DatasetDescription.releaseIri(store.iris(), ids.get(ids.size() - 2)),
                latestRelease.getPropertyResourceValue(DatasetDescription.PREVIOUS_VERSION).getURI());
    }
}
