package org.migkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.migkg.store.StoreReader;

/**
 * {@code /sitemap.xml}: every event, person and organization page, at the root the request arrived at (so the URLs
 * are on the sitemap's own host, as the sitemap protocol requires). Over {@value #MAX_URLS} pages it is a sitemap
 * index of {@code /sitemap.xml?page=N}, each of at most that many.
 */
final class SitemapServlet extends HttpServlet {
    static final String PATH = "/sitemap.xml";
    static final int MAX_URLS = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final StoreReader store;
    private final IriPaths paths;

    SitemapServlet(StoreReader store) {
        this.store = store;
        this.paths = new IriPaths(store.iris());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String root = RequestRoot.of(req);
        List<String> urls = EntityPageIris.of(store).stream()
                .map(iri -> paths.pathOf(iri).map(p -> root + p.substring(1)))
                .flatMap(Optional::stream).toList();
        int pages = Math.max(1, (urls.size() + MAX_URLS - 1) / MAX_URLS);
        String page = req.getParameter("page");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (page == null && pages > 1) {
            xml.append("<sitemapindex xmlns=\"").append(NS).append("\">\n");
            for (int i = 1; i <= pages; i++) {
                element(xml, "sitemap", root + PATH.substring(1) + "?page=" + i);
            }
            xml.append("</sitemapindex>\n");
        } else {
            int n = page == null ? 1 : number(page);
            if (n < 1 || n > pages) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "pages are 1.." + pages);
                return;
            }
            xml.append("<urlset xmlns=\"").append(NS).append("\">\n");
            urls.subList((n - 1) * MAX_URLS, Math.min(urls.size(), n * MAX_URLS)).forEach(u -> element(xml, "url", u));
            xml.append("</urlset>\n");
        }
        resp.setContentType("application/xml;charset=utf-8");
        try (Writer w = new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8)) {
            w.write(xml.toString());
        }
    }

    private static void element(StringBuilder xml, String name, String loc) {
        xml.append("<").append(name).append("><loc>").append(HtmlEscape.text(loc)).append("</loc></").append(name).append(">\n");
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
