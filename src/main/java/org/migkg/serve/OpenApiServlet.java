package org.migkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI 3 description of {@code /api/search}, at {@code /api/openapi.json} (the shipped {@code api/openapi.json}). */
final class OpenApiServlet extends HttpServlet {
    static final String PATH = "/api/openapi.json";
    static final String RESOURCE = "/api/openapi.json";
    private final byte[] description = read();

    static byte[] read() {
        try (InputStream in = OpenApiServlet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json");
        resp.setContentLength(description.length);
        resp.getOutputStream().write(description);
    }
}
