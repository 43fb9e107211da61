package org.migkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.migkg.store.StoreReader;

/**
 * A GET of the endpoint's bare address: answered with the {@link ServiceDescription}, in Turtle unless the request
 * asks for JSON-LD, N-Triples or RDF/XML. Every request with a query (or any other parameter) goes on to the endpoint
 * unchanged.
 */
public final class ServiceDescriptionFilter implements Filter {
    /** The endpoint's paths; the description names the one asked for, at the deployment's base. */
    public static final List<String> PATHS = List.of(KgServer.DATASET + "/sparql", KgServer.DATASET + "/query");

    /** RDF first, so that {@code *}/{@code *} and a missing Accept header get the description. */
    private static final AcceptList OFFER = AcceptList.create(Representation.TURTLE.mediaType(), Representation.JSONLD.mediaType(),
            Representation.NTRIPLES.mediaType(), Representation.RDFXML.mediaType(), Representation.HTML.mediaType());

    private final StoreReader store;

    ServiceDescriptionFilter(StoreReader store) {
        this.store = store;
    }

    /**
     * Whether a request is a look at the endpoint's bare address (GET or HEAD without parameters). Any parameter, a
     * query or anything else, leaves the request to the endpoint, which answers it as it always has.
     */
    public static boolean asksForTheEndpoint(HttpServletRequest req) {
        return ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) && req.getParameterMap().isEmpty();
    }

    /** Whether a request prefers a web page to RDF, as browsers do. */
    public static boolean prefersHtml(HttpServletRequest req) {
        return negotiate(req).map(t -> t.equals(Representation.HTML.mediaType())).orElse(false);
    }

    private static Optional<String> negotiate(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(Representation.TURTLE.mediaType());
        }
        MediaType chosen = ConNeg.chooseContentType(req, OFFER, null);
        return Optional.ofNullable(chosen).map(MediaType::getContentTypeStr);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse resp) || !asksForTheEndpoint(req)) {
            chain.doFilter(request, response);
            return;
        }
        Representation rep = negotiate(req).flatMap(t -> Arrays.stream(Representation.values())
                .filter(r -> r.mediaType().equals(t) && r != Representation.HTML).findFirst()).orElse(Representation.TURTLE);
        String endpointIri = store.iris().base() + req.getServletPath().substring(1) + (req.getPathInfo() == null ? "" : req.getPathInfo());
        Model description = ServiceDescription.of(store, endpointIri);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description, rep.format());
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setHeader("Vary", "Accept");
        resp.setContentType(rep.mediaType() + ";charset=utf-8");
        resp.setContentLength(out.size());
        if ("GET".equals(req.getMethod())) {
            out.writeTo(resp.getOutputStream());
        }
    }
}
