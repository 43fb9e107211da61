package org.migkg.serve;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.migkg.store.Dump;
import org.migkg.store.DumpWriter;
import org.migkg.store.StoreReader;
import org.migkg.store.Release;
import org.migkg.store.ReleasePatch;

/**
 * Serves the releases: the latest release's dumps at {@code /dumps/<file>}, and each kept release's dumps and RDF
 * Patch at {@code /dumps/<release id>/<file>}. Only those names are served, by exact match: no other path (with
 * "..", encoded slashes or anything else) reaches the file system. The bytes go out through Jetty's
 * {@link ResourceServlet}: byte ranges (206 with Content-Range), ETag and Last-Modified with conditional requests, and
 * the gzip copy written beside each uncompressed file for clients that accept gzip.
 */
final class DumpServlet extends ResourceServlet {
    static final String PATH = "/dumps/*";
    /** A kept release never changes, so caches may keep its files; the latest files move on with each release. */
    private static final String PINNED_CACHE = "public, max-age=31536000, immutable";

    private final Path directory;
    private final Publication publication;
    private final Map<String, String> settings;

    DumpServlet(StoreReader store, Publication publication) {
        Path directory = DumpWriter.directory(store);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        this.directory = directory;
        this.publication = publication;
        this.settings = Map.of("baseResource", directory.toAbsolutePath().toUri().toString(),
                "pathInfoOnly", "true", "dirAllowed", "false", "acceptRanges", "true", "etags", "true",
                "precompressed", "gzip=" + DumpWriter.GZIP_SUFFIX, "useFileMappedBuffer", "false",
                "maxCacheSize", "0", "welcomeServlets", "false", "redirectWelcome", "false");
    }

    @Override
    public String getInitParameter(String name) {
        return settings.get(name);
    }

    @Override
    public Enumeration<String> getInitParameterNames() {
        return Collections.enumeration(settings.keySet());
    }

    @Override
    public void init() throws ServletException {
        var mime = ServletContextHandler.getServletContextHandler(getServletContext()).getMimeTypes();
        mime.addMimeMapping("ttl", Dump.TURTLE.contentType());
        mime.addMimeMapping("jsonld", Dump.JSONLD.contentType());
        mime.addMimeMapping("rdfp", ReleasePatch.MEDIA_TYPE);
        super.init();
    }

    /** What a request names: a file of the latest release (no release id) or of a kept one. */
    private record Requested(Optional<String> release, String file) {}

    private static Optional<Requested> requested(HttpServletRequest req) {
        String info = req.getPathInfo();
        if (info == null || !info.startsWith("/") || req.getRequestURI().contains("%")) {
            return Optional.empty();
        }
        String[] parts = info.substring(1).split("/", -1);
        if (parts.length == 1 && Dump.ofFile(parts[0]).isPresent()) {
            return Optional.of(new Requested(Optional.empty(), parts[0]));
        }
        if (parts.length == 2 && Release.isId(parts[0])
                && (Dump.ofFile(parts[1]).isPresent() || parts[1].equals(ReleasePatch.FILE))) {
            return Optional.of(new Requested(Optional.of(parts[0]), parts[1]));
        }
        return Optional.empty();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if (prepare(req, resp)) {
            super.doGet(req, resp);
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if (prepare(req, resp)) {
            super.doHead(req, resp);
        }
    }

    /** Refuses what is not a dump, or sets the headers of one and says to serve it. */
    private boolean prepare(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Requested> named = requested(req);
        Optional<Requested> r = named
                .filter(q -> Files.isRegularFile(q.release().map(directory::resolve).orElse(directory).resolve(q.file())));
        if (r.isEmpty() && named.isPresent() && publication.releaseId().isEmpty() && publication.publishing()) {
            resp.setIntHeader("Retry-After", Publication.RETRY_AFTER_SECONDS);
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The dumps are being written; try again shortly.");
            return false;
        }
        if (r.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such dump. The releases and their files are listed at "
                    + DatasetServlet.WELL_KNOWN);
            return false;
        }
        Optional<String> release = r.get().release().or(publication::releaseId);
        release.ifPresent(id -> resp.setHeader(Publication.RELEASE_HEADER, id));
        if (r.get().release().isPresent()) {
            resp.setHeader("Cache-Control", PINNED_CACHE);
        }
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + r.get().file() + "\"");
        return true;
    }
}
