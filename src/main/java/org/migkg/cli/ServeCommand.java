package org.migkg.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.migkg.replica.Follower;
import org.migkg.serve.KgServer;
import org.migkg.serve.html.WebFront;
import org.migkg.store.DumpWriter;
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
                "If the store is empty, the --data directory is loaded first. Ctrl-C stops the server cleanly.",
                "With --follow URL the server is a read replica of the MigKG server at URL: it polls the primary's release"
                        + " listing, applies each new release's RDF Patch (or takes the whole dump) in one write, publishes"
                        + " the same release, and keeps serving its last release while the primary does not answer."})
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

    @Option(names = "--follow", paramLabel = "URL",
            description = "Be a read replica of the MigKG server at URL (its root, such as http://primary:3030/); --data is not loaded.")
    URI follow;

    @Option(names = "--follow-interval", paramLabel = "SECONDS", defaultValue = "10",
            description = "How often a replica asks its primary for a new release (default: ${DEFAULT-VALUE} s).")
    double followIntervalSeconds;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "" + DumpWriter.DEFAULT_KEEP,
            description = "Releases to keep when this server publishes (default: ${DEFAULT-VALUE}).")
    int keep;

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
        if (keep < 1) {
            throw new UserError("--keep must be at least 1 (the latest release is always kept)");
        }
        if (follow != null && (!"http".equals(follow.getScheme()) && !"https".equals(follow.getScheme()) || follow.getHost() == null)) {
            throw new UserError("--follow takes the primary's http(s) URL, such as http://primary:3030/, not " + follow);
        }
        if (followIntervalSeconds <= 0) {
            throw new UserError("--follow-interval must be more than 0 seconds");
        }
        KnowledgeStore store = storeOptions.open();
        if (follow == null && store.isEmpty()) {
            LOG.info("Store {} is empty: loading {}", store.directory(), data);
            Loader.LoadReport report = new Loader(store, Path.of("")).load(List.of(data), data,
                    new Loader.Options(false, false, !noRegisterUpdate));
            Reports.printLoad(report, store.directory(), spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        KgServer.Builder builder = KgServer.builder(store)
                .port(port)
                .queryTimeoutMillis(Math.round(timeoutSeconds * 1000))
                .maxResults(maxResults)
                .keepReleases(keep);
        KgServer server = WebFront.install(builder, store).build().start();
        Follower follower = follow == null ? null
                : new Follower(store, KgServer.sparqlEndpoint(store.iris()), follow, Duration.ofMillis(Math.round(followIntervalSeconds * 1000)), keep).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutting down");
            if (follower != null) {
                follower.close();
            }
            server.close();
            store.close();
            stopped.countDown();
        }, "migkg-shutdown"));
        LOG.info("MigKG ready at {} (SPARQL endpoint {}){}", server.url(), server.sparqlUrl(),
                follow == null ? "" : ", a read replica following " + follow);
        stopped.await();
        return 0;
    }
}
