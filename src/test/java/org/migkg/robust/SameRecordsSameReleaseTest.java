package org.migkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.serve.KgServer;
import org.migkg.SeedData;
import org.migkg.rdf.Iris;
import org.migkg.store.DumpWriter;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;
import org.migkg.store.Release;

/**
 * The published content is a function of the records only: the shipped data copied to two folders and loaded through
 * an absolute path, a relative path, single files in reverse order, and by the command line run from another folder,
 * gives byte-identical content dumps and one release; no path of the machine is published.
 */
class SameRecordsSameReleaseTest {
    @TempDir
    static Path dir;
    static Path copyA;
    static Path copyB;
    static String dumpA;
    static Release releaseA;

    @BeforeAll
    static void loadFromTheFirstCopy() throws IOException {
        copyA = copyShippedData(dir.resolve("a").resolve("data"));
        copyB = copyShippedData(dir.resolve("elsewhere").resolve("deeper").resolve("data"));
        try (KnowledgeStore store = open("store-a")) {
            new Loader(store, Path.of("")).load(List.of(copyA.toAbsolutePath()), copyA.toAbsolutePath(), false);
            dumpA = SeedData.dump(store);
            releaseA = new DumpWriter(store, KgServer.sparqlEndpoint(store.iris())).write().release();
        }
    }

    @Test
    void nothingPublishedNamesAFolderOfTheMachine() {
        assertFalse(dumpA.contains(dir.toString()), "the dump names the folder the data was loaded from");
        try (KnowledgeStore store = open("store-a")) {
            List<QuerySolution> files = SeedData.select(store, "SELECT ?f WHERE { ?g mk:recordFile ?f } ORDER BY ?f");
            assertFalse(files.isEmpty());
            files.forEach(row -> assertTrue(row.getLiteral("f").getString().matches("events/[^/]+\\.json"), row::toString));
        }
    }

    @Test
    void aRelativePathToAnotherCopyGivesTheSameContent() {
        Path relative = Path.of("").toAbsolutePath().relativize(copyB.toAbsolutePath());
        assertFalse(relative.isAbsolute());
        try (KnowledgeStore store = open("store-relative")) {
            new Loader(store, Path.of("")).load(List.of(relative), relative, false);
            assertSameRelease(store);
        }
    }

    /** Reverse order, in loads of 1, 2, 4, ... record files: each load relinks what it adds with all the store holds. */
    @Test
    void singleFilesInReverseOrderGiveTheSameContent() throws IOException {
        List<Path> files = new ArrayList<>(eventFiles(copyB));
        java.util.Collections.reverse(files);
        try (KnowledgeStore store = open("store-single")) {
            for (int from = 0, size = 1; from < files.size(); from += size, size *= 2) {
                new Loader(store, Path.of("")).load(files.subList(from, Math.min(files.size(), from + size)), copyB, false);
            }
            assertSameRelease(store);
        }
    }

    @Test
    void reloadingFromAnotherFolderRewritesNoRecord() throws IOException {
        try (KnowledgeStore store = open("store-a")) {
            assertEquals(0, new Loader(store, Path.of("")).load(List.of(copyB), copyB, false).recordsWritten(),
                    "the content signatures do not depend on the folder");
            Path one = eventFiles(copyB).get(0);
            assertEquals(0, new Loader(store, Path.of("")).load(List.of(one), copyB, false).recordsWritten());
        }
    }

    @Test
    void theCommandLineRunInAnotherFolderExportsTheSameBytes() throws Exception {
        Path workDir = copyB.getParent();
        String load = run(workDir, "load", "--store", "store-cli", "--dumps", "data");
        Matcher release = Pattern.compile("Release (\\S+):").matcher(load);
        assertTrue(release.find(), load);
        assertSameReleaseId(releaseA.id(), release.group(1));
        run(workDir, "export", "--store", "store-cli", "--content-only", "--out", "content.nq");
        String exported = Files.readString(workDir.resolve("content.nq"));
        assertEquals(dumpA, exported, () -> Dumps.diff(dumpA, exported));
    }

    private static void assertSameRelease(KnowledgeStore store) {
        String dump = SeedData.dump(store);
        assertEquals(dumpA, dump, () -> Dumps.diff(dumpA, dump));
        Release release = new DumpWriter(store, KgServer.sparqlEndpoint(store.iris())).write().release();
        assertEquals(releaseA.sha256(), release.sha256());
        assertSameReleaseId(releaseA.id(), release.id());
    }

    /** The id is the content's alone: loads at other times, from other folders, give the same one. */
    private static void assertSameReleaseId(String expected, String actual) {
        assertEquals(expected, actual);
    }

    private static String run(Path workDir, String... args) throws Exception {
        Path log = Files.createTempFile(dir, "cli-", ".log");
        Process p = ChildJvm.start(workDir, log, ChildJvm.command(args));
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command finished");
        String output = Files.readString(log);
        assertEquals(0, p.exitValue(), output);
        return output;
    }

    private static KnowledgeStore open(String name) {
        return KnowledgeStore.open(dir.resolve(name), Iris.DEFAULT);
    }

    private static List<Path> eventFiles(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("events"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Path copyShippedData(Path target) throws IOException {
        Path shipped = SeedData.SHIPPED;
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> all = Files.walk(shipped)) {
            all.filter(Files::isRegularFile).filter(p -> !shipped.relativize(p).startsWith("schema")).forEach(sources::add);
        }
        sources.sort(Comparator.naturalOrder());
        for (Path source : sources) {
            Path to = target.resolve(shipped.relativize(source).toString());
            Files.createDirectories(to.getParent());
            Files.copy(source, to);
        }
        return target;
    }
}
