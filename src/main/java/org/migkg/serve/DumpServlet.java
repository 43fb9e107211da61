package org.migkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.migkg.store.Dump;
import org.migkg.store.DumpWriter;
import org.migkg.store.KnowledgeStore;

/**
 * Serves the dumps the last load wrote, at {@code /dumps/<file>}. Only the files named in {@link Dump} are served, by
 * exact name: no other path (with "..", encoded slashes or anything else) reaches the file system.
 */
final class DumpServlet extends HttpServlet {
    static final String PATH = "/dumps/*";

    private final Path directory;
    private final Publication publication;

    DumpServlet(KnowledgeStore store, Publication publication) {
        this.directory = DumpWriter.directory(store);
        this.publication = publication;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String info = req.getPathInfo();
        Optional<Dump> dump = info == null || !info.startsWith("/") || req.getRequestURI().contains("%")
                ? Optional.empty() : Dump.ofFile(info.substring(1));
        Path file = dump.map(d -> directory.resolve(d.file())).filter(Files::isRegularFile).orElse(null);
        if (file == null && dump.isPresent() && publication.publishing()) {
            resp.setIntHeader("Retry-After", Publication.RETRY_AFTER_SECONDS);
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The dumps are being written; try again shortly.");
            return;
        }
        if (file == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such dump. The dumps are listed at " + DatasetServlet.WELL_KNOWN);
            return;
        }
        publication.releaseId().ifPresent(id -> resp.setHeader(Publication.RELEASE_HEADER, id));
        resp.setContentType(dump.get().contentType());
        resp.setContentLengthLong(Files.size(file));
        resp.setDateHeader("Last-Modified", Files.getLastModifiedTime(file).toMillis());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + dump.get().file() + "\"");
        if (!req.getMethod().equals("HEAD")) {
            Files.copy(file, resp.getOutputStream());
        }
    }
}
