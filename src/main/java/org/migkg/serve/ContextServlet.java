package org.migkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.migkg.store.JsonLdContext;

/** The published JSON-LD context, at {@code /context.jsonld}. */
final class ContextServlet extends HttpServlet {
    static final String PATH = "/context.jsonld";
    private final byte[] context = JsonLdContext.bytes();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/ld+json");
        resp.setContentLength(context.length);
        resp.getOutputStream().write(context);
    }
}
