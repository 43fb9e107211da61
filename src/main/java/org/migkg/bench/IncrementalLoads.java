package org.migkg.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.migkg.rdf.Iris;
import org.migkg.rdf.Prefixes;
import org.migkg.records.DataReader;
import org.migkg.store.KnowledgeStore;

/**
 * One record edited, one added, one removed, each followed by {@code migkg load} as a user runs it: the data
 * directory, or the one record file. Each row checks the change is in the store.
 */
final class IncrementalLoads {
    static final String SECTION = "incremental";

    private final String loadMainClass;

    IncrementalLoads(String loadMainClass) {
        this.loadMainClass = loadMainClass;
    }

    List<ReportRow> run(Path storeDir, Path data, String eventIri, Path work) throws IOException, InterruptedException {
        String prefix = Iris.DEFAULT.event("");
        String id = eventIri.substring(prefix.length());
        Path file = recordFile(data, id);
        List<ReportRow> rows = new ArrayList<>();

        String title = retitle(file, " (revised)");
        ChildLoad.Result dir = ChildLoad.run(data, storeDir, data, work, loadMainClass);
        rows.add(row("edit one record, load the data directory", dir, dir.succeeded() && hasTitle(storeDir, eventIri, title)));

        title = retitle(file, " (revised again)");
        ChildLoad.Result single = ChildLoad.run(data, storeDir, file, work, loadMainClass);
        rows.add(row("edit one record, load that file", single, single.succeeded() && hasTitle(storeDir, eventIri, title)));

        String addedId = id + "-added";
        Path added = file.resolveSibling(addedId + ".json");
        ObjectNode record = (ObjectNode) DataReader.JSON.readTree(file.toFile());
        record.put("id", addedId).put("title", "An added record " + addedId);
        DataReader.JSON.writerWithDefaultPrettyPrinter().writeValue(added.toFile(), record);
        ChildLoad.Result add = ChildLoad.run(data, storeDir, data, work, loadMainClass);
        rows.add(row("add one record, load the data directory", add,
                add.succeeded() && hasTitle(storeDir, prefix + addedId, "An added record " + addedId)));

        Files.delete(added);
        ChildLoad.Result remove = ChildLoad.run(data, storeDir, data, work, loadMainClass);
        rows.add(row("remove one record, load the data directory", remove,
                remove.succeeded() && !hasTitle(storeDir, prefix + addedId, "An added record " + addedId)));
        return rows;
    }

    private static Path recordFile(Path data, String id) throws IOException {
        Path file = data.resolve("events").resolve(id + ".json");
        if (Files.isRegularFile(file)) {
            return file;
        }
        try (Stream<Path> s = Files.walk(data.resolve("events"))) {
            return s.filter(p -> p.getFileName().toString().equals(id + ".json")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no record file for " + id));
        }
    }

    /** Judged on the time the command reports; the JVM's wall time, start included, is shown beside it. */
    private static ReportRow row(String measure, ChildLoad.Result load, boolean applied) {
        if (!load.succeeded()) {
            List<String> lines = load.output().lines().filter(l -> !l.isBlank()).toList();
            return ReportRow.target(SECTION, measure, "failed: " + (lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1)),
                    "<= 2 s", false);
        }
        String value = Figures.seconds(load.reportedMillis() * 1_000_000L) + " (" + load.phases() + "; "
                + load.recordsWritten() + " record graph(s) written; JVM wall " + Figures.seconds(load.wallNanos()) + ")"
                + (applied ? "" : " (the change is NOT in the store)");
        return ReportRow.target(SECTION, measure, value, "<= 2 s", applied && load.reportedMillis() <= 2_000);
    }

    private static String retitle(Path file, String suffix) throws IOException {
        ObjectNode record = (ObjectNode) DataReader.JSON.readTree(file.toFile());
        String title = record.path("title").asText().replaceFirst(" \\(revised.*\\)$", "") + suffix;
        record.put("title", title);
        DataReader.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), record);
        return title;
    }

    private static boolean hasTitle(Path storeDir, String eventIri, String title) {
        String ask = Prefixes.sparql() + "ASK { <" + eventIri + "> schema:name ?t FILTER (STR(?t) = \""
                + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\") }";
        try (KnowledgeStore store = KnowledgeStore.open(storeDir, Iris.DEFAULT)) {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(ask).build()) {
                    return qe.execAsk();
                }
            });
        }
    }
}
