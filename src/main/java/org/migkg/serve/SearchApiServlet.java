package org.migkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.migkg.store.StoreReader;
import org.migkg.store.TextSearch;

/** {@code GET /api/search?q=words&limit=n}: the text search as JSON, best first, one hit per entity. */
final class SearchApiServlet extends HttpServlet {
    static final String PATH = "/api/search";
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StoreReader store;
    private final IriPaths paths;

    SearchApiServlet(StoreReader store) {
        this.store = store;
        this.paths = new IriPaths(store.iris());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        int limit;
        try {
            limit = req.getParameter("limit") == null ? DEFAULT_LIMIT : Integer.parseInt(req.getParameter("limit"));
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (q == null || limit < 1 || limit > MAX_LIMIT) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "use ?q=words&limit=1.." + MAX_LIMIT);
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("query", q);
        ArrayNode hits = body.putArray("hits");
        for (TextSearch.Hit h : store.textSearch().search(q, limit)) {
            ObjectNode hit = hits.addObject();
            hit.put("iri", h.iri());
            paths.pathOf(h.iri()).ifPresent(p -> hit.put("path", p));
            hit.put("label", h.label());
            hit.put("kind", h.kind());
            hit.put("score", h.score());
        }
        resp.setContentType("application/json;charset=utf-8");
        JSON.writeValue(resp.getOutputStream(), body);
    }
}
