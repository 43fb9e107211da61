package org.migkg.replica;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.migkg.store.Dump;
import org.migkg.store.DumpWriter;
import org.migkg.store.KeptRelease;
import org.migkg.store.KnowledgeStore;
import org.migkg.store.ReleaseArchive;
import org.migkg.store.ReleasePatch;
import org.migkg.store.SortedNQuads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a replica's store on its primary's releases. Every poll reads the release listing the primary serves at
 * {@code /.well-known/void}; for each release newer than the replica's it downloads the release's RDF Patch and
 * applies it in one write transaction, or, when the replica has no release on the primary's chain (a new replica, or
 * one that fell further behind than the primary keeps), the whole N-Quads dump, applied as the patch from the
 * replica's content to it. Then it publishes the same release under the same id. While the primary does not answer,
 * the replica keeps serving its last release; the outage is logged once, and its end once.
 */
public final class Follower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("org.migkg.replica");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final KnowledgeStore store;
    private final String sparqlEndpoint;
    private final URI primary;
    private final Duration interval;
    private final int keep;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "migkg-follow");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger patchesApplied = new AtomicInteger();
    private final AtomicInteger wholeReleasesTaken = new AtomicInteger();
    private final AtomicInteger outagesReported = new AtomicInteger();
    private volatile String failing;

    /**
     * @param sparqlEndpoint the public address of this replica's SPARQL endpoint, which the releases it republishes state
     * @param primary        the primary's root URL, such as {@code http://primary:3030/}
     */
    public Follower(KnowledgeStore store, String sparqlEndpoint, URI primary, Duration interval, int keep) {
        this.store = store;
        this.sparqlEndpoint = sparqlEndpoint;
        this.primary = primary.toString().endsWith("/") ? primary : URI.create(primary + "/");
        this.interval = interval;
        this.keep = keep;
    }

    /** Polls now and then every interval, on a thread of its own. */
    public Follower start() {
        poller.scheduleWithFixedDelay(this::pollQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void pollQuietly() {
        try {
            poll();
            if (failing != null) {
                LOG.info("The primary {} answers again", primary);
                failing = null;
            }
        } catch (Unreachable | PrimaryListing.Unfollowable | PatchApplier.Mismatch | IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            if (poller.isShutdown()) {
                return;
            }
            if (failing == null) {
                outagesReported.incrementAndGet();
                LOG.warn("Cannot follow {}: {}. Serving release {} until it can", primary, reason,
                        ReleaseArchive.of(store).latest().map(KeptRelease::id).orElse("(none yet)"));
            }
            failing = reason;
        }
    }

    /** One poll: brings the store to the primary's current release. Returns the release it is at. */
    public Optional<String> poll() throws Unreachable, PrimaryListing.Unfollowable, PatchApplier.Mismatch, IOException {
        PrimaryListing listing = PrimaryListing.read(listing(), store.iris());
        Optional<KeptRelease> local = ReleaseArchive.of(store).latest();
        if (local.isPresent() && local.get().id().equals(listing.current())) {
            return Optional.of(listing.current());
        }
        Optional<List<PrimaryListing.Entry>> chain = local.flatMap(l -> listing.chainFrom(l.id()));
        if (chain.isPresent()) {
            try {
                for (PrimaryListing.Entry e : chain.get()) {
                    follow(e, listing, true);
                }
                return Optional.of(listing.current());
            } catch (PatchApplier.Mismatch e) {
                LOG.warn("{}; taking the whole release {} instead", e.getMessage(), listing.current());
            }
        }
        follow(listing.releases().get(listing.current()), listing, false);
        return Optional.of(listing.current());
    }

    private void follow(PrimaryListing.Entry e, PrimaryListing listing, boolean byPatch)
            throws Unreachable, PatchApplier.Mismatch, IOException {
        String id = e.release().id();
        var modified = id.equals(listing.current()) ? listing.modified() : e.issued();
        DumpWriter writer = new DumpWriter(store, sparqlEndpoint).keeping(keep).issuedAt(e.issued());
        Path tmp = Files.createTempFile(store.directory(), ".follow-", ".tmp");
        try {
            if (byPatch) {
                download("dumps/" + id + "/" + ReleasePatch.FILE, e.patchSha256(), tmp);
                try (InputStream in = new BufferedInputStream(Files.newInputStream(tmp))) {
                    new PatchApplier(store).apply(in, Optional.of(writer.releaseNode(e.previous().orElseThrow())),
                            e.release(), modified);
                }
                patchesApplied.incrementAndGet();
            } else {
                download("dumps/" + id + "/" + Dump.NQUADS.file(), e.nquadsSha256(), tmp);
                Path patch = Files.createTempFile(store.directory(), ".follow-", ".rdfp.tmp");
                try {
                    patchFromStoreTo(tmp, writer, e, patch);
                    try (InputStream in = new BufferedInputStream(Files.newInputStream(patch))) {
                        new PatchApplier(store).apply(in, Optional.empty(), e.release(), modified);
                    }
                } finally {
                    Files.deleteIfExists(patch);
                }
                wholeReleasesTaken.incrementAndGet();
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        DumpWriter.Report r = writer.write();
        LOG.info("Following {}: now at release {} ({})", primary, r.release().id(), byPatch ? "patch" : "whole dump");
        if (!r.release().id().equals(id)) {
            throw new PatchApplier.Mismatch("published release " + r.release().id() + " instead of " + id);
        }
    }

    /** The patch from what the store holds now to the downloaded dump: a whole release taken as one change. */
    private void patchFromStoreTo(Path dumpGz, DumpWriter writer, PrimaryListing.Entry e, Path patch) throws IOException {
        Path own = Files.createTempFile(store.directory(), ".follow-own-", ".nq.gz.tmp");
        try {
            String loads = store.iris().loadsGraph();
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(own)))) {
                store.read(() -> {
                    try {
                        return SortedNQuads.write(store.readOnlyDataset(), q -> !(q.getGraph().isURI() && q.getGraph().getURI().equals(loads)), out);
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                });
            }
            try (InputStream before = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(own)));
                 InputStream after = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(dumpGz)));
                 OutputStream out = new BufferedOutputStream(Files.newOutputStream(patch))) {
                ReleasePatch.write(Optional.of(before), after, writer.releaseNode(e.release().id()), Optional.empty(), out);
            }
        } finally {
            Files.deleteIfExists(own);
        }
    }

    private Model listing() throws Unreachable {
        HttpResponse<InputStream> r = send(".well-known/void", "application/n-triples");
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = r.body()) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(m);
        } catch (IOException | RuntimeException e) {
            throw new Unreachable("its release listing does not parse: " + e.getMessage());
        }
        return m;
    }

    /** Downloads a file into {@code target}, checking the SHA-256 the listing states for it. */
    private void download(String path, Optional<String> sha256, Path target) throws Unreachable, IOException {
        HttpResponse<InputStream> r = send(path, null);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(r.body(), sha)) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String got = HexFormat.of().formatHex(sha.digest());
        if (sha256.isPresent() && !sha256.get().equals(got)) {
            throw new Unreachable(path + " does not have the SHA-256 its listing states");
        }
    }

    private HttpResponse<InputStream> send(String path, String accept) throws Unreachable {
        HttpRequest.Builder b = HttpRequest.newBuilder(primary.resolve(path)).timeout(TIMEOUT).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        try {
            HttpResponse<InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() != 200) {
                r.body().close();
                throw new Unreachable(primary.resolve(path) + " answered " + r.statusCode());
            }
            return r;
        } catch (IOException e) {
            throw new Unreachable(primary.resolve(path) + " does not answer ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        }
    }

    /** The primary did not answer as a primary does; the message says how. */
    public static final class Unreachable extends Exception {
        Unreachable(String message) {
            super(message);
        }
    }

    public int patchesApplied() {
        return patchesApplied.get();
    }

    public int wholeReleasesTaken() {
        return wholeReleasesTaken.get();
    }

    /** How many outages were logged: one each, however many polls fail during it. */
    public int outagesReported() {
        return outagesReported.get();
    }

    @Override
    public void close() {
        poller.shutdownNow();
        try {
            poller.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
