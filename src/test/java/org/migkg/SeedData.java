package org.migkg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.migkg.rdf.Iris;
import org.migkg.rdf.Prefixes;
import org.migkg.store.Exporter;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;

/** The two seed records, copied with the shipped catalogue into a data directory of a test's own. */
public final class SeedData {
    public static final String COMMUNICATIONS = "2023-07-25-improving-communications-voluntary-return-reintegration";
    public static final String GENDER = "2022-02-15-gender-responsive-reintegration-returned-migrants";
    public static final List<String> SEEDS = List.of(GENDER, COMMUNICATIONS);
    public static final Path SHIPPED = Path.of("data");

    private SeedData() {}

    /**
     * A data directory holding just the seed records and the shipped organizations.json; its aliases.json holds no
     * curated decision, since the shipped ones name events outside the seeds.
     */
    public static Path copyTo(Path dir) {
        try {
            Path events = Files.createDirectories(dir.resolve("events"));
            for (String id : SEEDS) {
                Files.copy(SHIPPED.resolve("events").resolve(id + ".json"), events.resolve(id + ".json"));
            }
            Files.copy(SHIPPED.resolve("organizations.json"), dir.resolve("organizations.json"));
            Files.writeString(dir.resolve("aliases.json"),
                    "{\n  \"$schema\": \"schema/aliases.schema.json\",\n  \"samePerson\": [],\n  \"differentPeople\": []\n}\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a store in {@code dir}/store and loads the seeds into it. */
    public static KnowledgeStore loadedStore(Path dir) {
        return loadedStore(dir, Iris.DEFAULT);
    }

    /** Opens a store in {@code dir}/store minting IRIs from {@code iris}, loads the seeds into it and publishes them. */
    public static KnowledgeStore loadedStore(Path dir, Iris iris) {
        Path data = copyTo(dir.resolve("data"));
        KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"), iris);
        new Loader(store, dir).load(List.of(data), data, false);
        new org.migkg.store.DumpWriter(store, org.migkg.serve.KgServer.sparqlEndpoint(store.iris())).write();
        return store;
    }

    /** Runs a SELECT (the project's prefixes are predeclared) and returns its rows. */
    public static List<QuerySolution> select(KnowledgeStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(Prefixes.sparql() + query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    public static boolean ask(KnowledgeStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(Prefixes.sparql() + query).build()) {
                return qe.execAsk();
            }
        });
    }

    /** The store's content as sorted N-Quads, without the loads graph. */
    public static String dump(KnowledgeStore store) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new Exporter(store).write(Exporter.Format.NQ, out, true);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with just the quads that differ, not two whole dumps. */
    public static void assertSameDump(String expected, String actual) {
        java.util.Set<String> e = new java.util.TreeSet<>(expected.lines().toList());
        java.util.Set<String> a = new java.util.TreeSet<>(actual.lines().toList());
        java.util.Set<String> missing = new java.util.TreeSet<>(e);
        missing.removeAll(a);
        java.util.Set<String> extra = new java.util.TreeSet<>(a);
        extra.removeAll(e);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            org.junit.jupiter.api.Assertions.fail("dumps differ\n missing:\n  " + String.join("\n  ", missing) + "\n extra:\n  " + String.join("\n  ", extra));
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }
}
