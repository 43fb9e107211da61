package org.migkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.migkg.rdf.Prefixes;
import org.migkg.store.StoreReader;

/**
 * The dataset description (VoID and DCAT) written by the last load: whole at {@code /.well-known/void} and at the
 * dataset's own IRI ({@code <base>dataset}), and one partition or distribution at a time at their IRIs below it.
 */
final class DatasetServlet extends HttpServlet {
    static final String WELL_KNOWN = "/.well-known/void";

    private final StoreReader store;
    private final Publication publication;
    private final RdfResponses responses;

    DatasetServlet(StoreReader store, Publication publication, RdfResponses responses) {
        this.store = store;
        this.publication = publication;
        this.responses = responses;
    }

    static List<String> mounts() {
        List<String> specs = new ArrayList<>(List.of(WELL_KNOWN, "/dataset", "/dataset/*"));
        for (Representation r : Representation.values()) {
            specs.add(WELL_KNOWN + r.suffix());
            specs.add("/dataset" + r.suffix());
        }
        return specs;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        Optional<Representation> suffix = Representation.ofSuffix(path);
        String bare = suffix.map(r -> path.substring(0, path.length() - r.suffix().length())).orElse(path);
        String dataset = store.iris().dataset();
        String iri = bare.equals(WELL_KNOWN) ? dataset : store.iris().base() + bare.substring(1);
        Optional<Model> all = publication.description();
        Optional<Model> description = all.flatMap(m -> iri.equals(dataset) ? Optional.of(m) : part(m, iri));
        if (all.isEmpty() && publication.publishing()) {
            resp.setIntHeader("Retry-After", Publication.RETRY_AFTER_SECONDS);
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The dataset description is being written; try again shortly.");
            return;
        }
        if (description.isEmpty()) {
            responses.notFound(resp, iri);
            return;
        }
        Optional<Representation> rep = responses.choose(req, resp, suffix);
        if (rep.isPresent()) {
            responses.write(req, resp, iri, bare, description.get(), rep.get(), suffix.isEmpty());
        }
    }

    private static Optional<Model> part(Model all, String iri) {
        Resource r = all.createResource(iri);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(all.getNsPrefixMap());
        m.add(all.listStatements(r, null, (org.apache.jena.rdf.model.RDFNode) null));
        m.add(all.listStatements(null, null, r));
        return m.isEmpty() ? Optional.empty() : Optional.of(m.setNsPrefixes(Prefixes.MAP));
    }
}
