package org.migkg.serve.browser;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdf.model.ModelFactory;
import org.migkg.serve.IriPaths;
import org.migkg.serve.html.RichHtmlView;
import org.migkg.store.KnowledgeStore;

final class TemporaryEntityServlet extends HttpServlet {
    final KnowledgeStore store;
    TemporaryEntityServlet(KnowledgeStore store) { this.store = store; }
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = new IriPaths(store.iris()).iriOf(req.getRequestURI());
        var html = new RichHtmlView().render(iri, ModelFactory.createDefaultModel(), store);
        if (html.isEmpty()) { resp.sendError(404); return; }
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(html.get());
    }
}
