package org.migkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.migkg.serve.KgServer;
import org.migkg.serve.html.WebFront;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: read-only SPARQL at /kg/sparql, with linked data beside it: every IRI on its path,"
                + " the dataset description at /.well-known/void, dumps at /dumps/, text search at /api/search.",
                "Dumps not yet written for the store's last load are written in the background (answered with 503 until then).",
                "If the store is empty, the --data directory is loaded first. Ctrl-C stops the server cleanly."})
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("org.migkg.serve");

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Loaded first when the store is empty (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query time limit (default: ${DEFAULT-VALUE} s).")
    double timeoutSeconds;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "" + KgServer.DEFAULT_MAX_RESULTS,
            description = {"Most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) a query is answered with (default: ${DEFAULT-VALUE}).",
                    "Results are held whole before they are sent, so a query either gets its complete result or an error"
                            + " status: 503 past the time limit, 413 over this bound (page with ORDER BY, LIMIT and OFFSET)."})
    long maxResults;

    @Option(names = "--no-register-update", description = "When loading --data into an empty store, leave its register.json as it is.")
    boolean noRegisterUpdate;

    @Mixin
    StoreOptions storeOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (maxResults < 1) {
            throw new UserError("--max-results must be at least 1");
        }
        KnowledgeStore store = storeOptions.open();
        if (store.isEmpty()) {
            LOG.info("Store {} is empty: loading {}", store.directory(), data);
            Loader.LoadReport report = new Loader(store, Path.of("")).load(List.of(data), data,
                    new Loader.Options(false, false, !noRegisterUpdate));
            Reports.printLoad(report, store.directory(), spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        KgServer.Builder builder = KgServer.builder(store)
                .port(port)
                .queryTimeoutMillis(Math.round(timeoutSeconds * 1000))
                .maxResults(maxResults);
        KgServer server = WebFront.install(builder, store).build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutting down");
            server.close();
            store.close();
            stopped.countDown();
        }, "migkg-shutdown"));
        LOG.info("MigKG ready at {} (SPARQL endpoint {})", server.url(), server.sparqlUrl());
        stopped.await();
        return 0;
    }
}
