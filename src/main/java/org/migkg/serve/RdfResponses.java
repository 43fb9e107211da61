package org.migkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.migkg.store.JsonLdContext;
import org.migkg.store.StoreReader;

/** Writes a description in the representation a request asked for, with the headers linked-data clients look for. */
final class RdfResponses {
    private final StoreReader store;
    private final HtmlView htmlView;
    private final Publication publication;
    private static final HtmlView PLAIN = new PlainHtmlView();

    RdfResponses(StoreReader store, HtmlView htmlView, Publication publication) {
        this.store = store;
        this.htmlView = htmlView;
        this.publication = publication;
    }

    /** The representation named by the suffix, else negotiated; empty after answering 406 Not Acceptable. */
    Optional<Representation> choose(HttpServletRequest req, HttpServletResponse resp, Optional<Representation> suffix) throws IOException {
        Optional<Representation> chosen = suffix.isPresent() ? suffix : Representation.negotiate(req);
        if (chosen.isEmpty()) {
            commonHeaders(resp, null);
            resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            resp.setContentType("text/plain;charset=utf-8");
            resp.getWriter().println("Not acceptable. Offered: " + java.util.Arrays.stream(Representation.values())
                    .map(Representation::mediaType).collect(Collectors.joining(", ")));
        }
        return chosen;
    }

    void write(HttpServletRequest req, HttpServletResponse resp, String iri, String selfPath, Model description,
               Representation rep, boolean negotiated) throws IOException {
        send(req, resp, selfPath, render(iri, description, rep), rep, negotiated, Optional.empty());
    }

    Rendered render(String iri, Model description, Representation rep) {
        return render(iri, () -> description, rep, 1);
    }

    /**
     * As {@link #render(String, Model, Representation)}, for one page of the HTML view's lists; the description is
     * gathered only if the representation reads it.
     */
    Rendered render(String iri, Supplier<Model> describe, Representation rep, int page) {
        Model[] gathered = {null};
        Supplier<Model> description = () -> gathered[0] != null ? gathered[0] : (gathered[0] = describe.get());
        if (rep == Representation.HTML) {
            Model given = htmlView.readsDescription() ? description.get() : ModelFactory.createDefaultModel();
            String html = htmlView.render(iri, given, store, page)
                    .or(() -> PLAIN.render(iri, description.get(), store, page)).orElseThrow();
            return Rendered.of(html.getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (rep == Representation.JSONLD) {
            JsonLdContext.writeInline(description.get().getGraph(), out);
        } else {
            RDFDataMgr.write(out, description.get(), rep.format());
        }
        return Rendered.of(out.toByteArray());
    }

    /**
     * Answers with a rendering, or with 304 Not Modified when the request's If-None-Match names it. Clients and proxies
     * may keep it but must ask again before reusing it ({@code no-cache}): a load can change it at any time, and asking
     * costs them a 304 without a body.
     */
    void send(HttpServletRequest req, HttpServletResponse resp, String selfPath, Rendered rendered, Representation rep,
              boolean negotiated, Optional<Instant> lastModified) throws IOException {
        commonHeaders(resp, selfPath);
        if (negotiated) {
            resp.setHeader("Content-Location", selfPath + rep.suffix());
        }
        resp.setHeader("ETag", rendered.etag());
        resp.setHeader("Cache-Control", "public, no-cache");
        lastModified.ifPresent(t -> resp.setDateHeader("Last-Modified", t.toEpochMilli()));
        if (rendered.matches(req.getHeader("If-None-Match"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(rep.mediaType() + ";charset=utf-8");
        resp.setContentLength(rendered.body().length);
        resp.getOutputStream().write(rendered.body());
    }

    void notFound(HttpServletResponse resp, String iri) throws IOException {
        commonHeaders(resp, null);
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().println("Not found: MigKG has no description of " + iri);
    }

    void redirect(HttpServletResponse resp, int status, String location) {
        commonHeaders(resp, null);
        resp.setStatus(status);
        resp.setHeader("Location", location);
    }

    private void commonHeaders(HttpServletResponse resp, String selfPath) {
        resp.setHeader("Vary", "Accept");
        publication.releaseId().ifPresent(id -> resp.setHeader(Publication.RELEASE_HEADER, id));
        if (selfPath != null) {
            resp.setHeader("Link", java.util.Arrays.stream(Representation.values())
                    .map(r -> "<" + selfPath + r.suffix() + ">; rel=\"alternate\"; type=\"" + r.mediaType() + "\"")
                    .collect(Collectors.joining(", ")));
        }
    }
}
