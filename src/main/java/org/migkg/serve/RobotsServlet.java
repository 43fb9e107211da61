package org.migkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /robots.txt}: everything may be crawled; the sitemap is at this server's {@code /sitemap.xml}. */
final class RobotsServlet extends HttpServlet {
    static final String PATH = "/robots.txt";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().write("User-agent: *\nAllow: /\n\nSitemap: " + RequestRoot.of(req) + SitemapServlet.PATH.substring(1) + "\n");
    }
}
