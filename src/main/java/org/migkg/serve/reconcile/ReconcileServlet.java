package org.migkg.serve.reconcile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.migkg.serve.IriPaths;
import org.migkg.store.StoreReader;

/**
 * The W3C Reconciliation Service API (0.2, as OpenRefine speaks it) at {@code /reconcile}: the manifest (GET without
 * parameters), query batches ({@code queries}, by GET or form POST), the legacy single query ({@code query}), the
 * preview at {@code /reconcile/preview?id=}, entity pages by id at {@code /reconcile/view?id=}, and suggest services at {@code /reconcile/suggest/entity|type|property}.
 * Every JSON answer can be had as JSONP ({@code callback}). It reads the store and never writes.
 */
public final class ReconcileServlet extends HttpServlet {
    public static final String PATH = "/reconcile";
    /** The path spec to mount the servlet at. */
    public static final String PATH_SPEC = PATH + "/*";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StoreReader store;
    private final CatalogueCache catalogues;
    private final IriPaths paths;

    public ReconcileServlet(StoreReader store) {
        this.store = store;
        this.catalogues = new CatalogueCache(store);
        this.paths = new IriPaths(store.iris());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, false);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, true);
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp, boolean post) throws IOException {
        req.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String callback = req.getParameter("callback");
        if (callback != null && !Jsonp.acceptable(callback)) {
            error(resp, null, HttpServletResponse.SC_BAD_REQUEST, "callback must be a JavaScript name such as jsonp123 or a.b");
            return;
        }
        String sub = req.getPathInfo() == null ? "" : req.getPathInfo();
        switch (sub) {
            case "", "/" -> service(req, resp, callback, post);
            case "/preview" -> preview(req, resp);
            case "/view" -> view(req, resp, callback);
            case "/suggest/entity" -> json(resp, callback, new Suggestions(catalogues.current())
                    .entities(req.getParameter("prefix"), type(req), number(req, "cursor", 0), limit(req)));
            case "/suggest/type" -> json(resp, callback, Suggestions.types(req.getParameter("prefix")));
            case "/suggest/property" -> json(resp, callback, Suggestions.properties(req.getParameter("prefix"), type(req)));
            default -> error(resp, callback, HttpServletResponse.SC_NOT_FOUND, "no such service: " + PATH + sub);
        }
    }

    private void service(HttpServletRequest req, HttpServletResponse resp, String callback, boolean post) throws IOException {
        String queries = req.getParameter("queries");
        String single = req.getParameter("query");
        if (queries == null && single == null) {
            if (post) {
                error(resp, callback, HttpServletResponse.SC_BAD_REQUEST, "POST a form with queries={\"q0\": {\"query\": ...}}");
            } else {
                json(resp, callback, Manifest.of(root(req), store.iris().base() + "id/"));
            }
            return;
        }
        Reconciler reconciler = new Reconciler(catalogues.current());
        if (queries == null) {
            JsonNode q = parse(single).filter(JsonNode::isObject).orElse(JsonNodeFactory.instance.textNode(single));
            json(resp, callback, (ObjectNode) reconciler.answer(Map.of("q", ReconQuery.of(q))).get("q"));
            return;
        }
        Optional<JsonNode> batch = parse(queries);
        if (batch.isEmpty() || !batch.get().isObject()) {
            error(resp, callback, HttpServletResponse.SC_BAD_REQUEST, "queries must be a JSON object of queries: {\"q0\": {\"query\": ...}}");
            return;
        }
        if (batch.get().size() > Manifest.BATCH_SIZE) {
            error(resp, callback, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "at most " + Manifest.BATCH_SIZE + " queries a batch; this one has " + batch.get().size());
            return;
        }
        Map<String, ReconQuery> parsed = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = batch.get().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> q = it.next();
            if (!q.getValue().isObject() && !q.getValue().isTextual()) {
                error(resp, callback, HttpServletResponse.SC_BAD_REQUEST, "query " + q.getKey() + " must be an object with query, type, limit, properties");
                return;
            }
            parsed.put(q.getKey(), ReconQuery.of(q.getValue()));
        }
        json(resp, callback, reconciler.answer(parsed));
    }

    private void preview(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = req.getParameter("id");
        Optional<Entry> entry = catalogues.current().byReference(id);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Content-Security-Policy", PreviewCard.CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (entry.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            resp.getWriter().write(PreviewCard.unknown(id == null ? "" : id));
            return;
        }
        resp.getWriter().write(PreviewCard.of(entry.get(), page(req, entry.get())));
    }

    /**
     * Sends the client on to the entity's page. The manifest's view template points here rather than at
     * {@code /id/{{id}}} because clients encode the id as a URI component, and the server refuses the encoded '/' of
     * "person%2Fsijal-aziz" in a path; in a query string it is fine.
     */
    private void view(HttpServletRequest req, HttpServletResponse resp, String callback) throws IOException {
        Optional<Entry> entry = catalogues.current().byReference(req.getParameter("id"));
        if (entry.isEmpty()) {
            error(resp, callback, HttpServletResponse.SC_NOT_FOUND, "no entity has the id " + req.getParameter("id"));
            return;
        }
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", page(req, entry.get()));
    }

    private String page(HttpServletRequest req, Entry e) {
        return root(req) + paths.pathOf(e.iri()).map(p -> p.substring(1)).orElse("id/" + e.id());
    }

    /** The server's root URL as the client reached it, ending in '/'. */
    static String root(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        String uri = req.getRequestURI();
        return url.substring(0, url.length() - uri.length()) + req.getContextPath() + "/";
    }

    private static Optional<ReconType> type(HttpServletRequest req) {
        return ReconType.named(req.getParameter("type"));
    }

    private static int limit(HttpServletRequest req) {
        return Math.max(1, Math.min(ReconQuery.MAX_LIMIT, number(req, "limit", Suggestions.PAGE)));
    }

    private static int number(HttpServletRequest req, String name, int otherwise) {
        try {
            String v = req.getParameter(name);
            return v == null ? otherwise : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            return Optional.ofNullable(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static void json(HttpServletResponse resp, String callback, ObjectNode body) throws IOException {
        String json = JSON.writeValueAsString(body);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (callback != null) {
            resp.setContentType(Jsonp.MEDIA_TYPE);
            resp.getWriter().write(Jsonp.wrap(callback, json));
        } else {
            resp.setContentType("application/json;charset=utf-8");
            resp.getWriter().write(json);
        }
    }

    private static void error(HttpServletResponse resp, String callback, int status, String message) throws IOException {
        resp.setStatus(status);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", "error");
        body.put("message", message);
        json(resp, callback, body);
    }
}
