package org.migkg.serve.html;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /static/*}: the web front's own stylesheet and scripts, and the webjars' files under {@code /static/webjars/}.
 * Only plain relative paths of known file types are served, read from two fixed classpath folders; anything else is a
 * 404, so no request can reach another resource on the classpath.
 */
final class StaticServlet extends HttpServlet {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@-][A-Za-z0-9._@-]*(/[A-Za-z0-9_@-][A-Za-z0-9._@-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "map", "application/json",
            "svg", "image/svg+xml", "png", "image/png", "woff2", "font/woff2", "woff", "font/woff", "json", "application/json");
    private static final String OWN = "/web/static/";
    private static final String WEBJARS = "/META-INF/resources/webjars/";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (!SAFE.matcher(path).matches() || path.contains("..") || type == null) {
            response.sendError(404);
            return;
        }
        boolean webjar = path.startsWith("webjars/");
        String resource = webjar ? WEBJARS + path.substring("webjars/".length()) : OWN + path;
        try (InputStream in = StaticServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            response.setContentType(type);
            response.setHeader("X-Content-Type-Options", "nosniff");
            // Webjar paths carry the library's version, so they never change; the site's own files may.
            response.setHeader("Cache-Control", webjar ? "public, max-age=31536000, immutable" : "public, max-age=300");
            in.transferTo(response.getOutputStream());
        }
    }
}
