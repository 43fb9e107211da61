package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.migkg.ServedStore;
import org.migkg.SeedData;
import org.migkg.rdf.Iris;
import org.migkg.store.KnowledgeStore;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** robots.txt and the sitemap, over HTTP: every event, person and organization page, at the server's own root. */
@ServedStore(base = "http://example.org/kg/")
class SitemapTest {
    static final Iris IRIS = new Iris("http://example.org/kg/");

    static KnowledgeStore store;
    static KgServer server;

    static List<String> locs(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("urlset", doc.getDocumentElement().getLocalName());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", doc.getDocumentElement().getNamespaceURI());
        NodeList nodes = doc.getElementsByTagNameNS("*", "loc");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void robotsAllowsAllAndPointsAtTheSitemap() {
        HttpResponse<String> r = Http.get(server.url() + "robots.txt", null);
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("text/plain"));
        assertTrue(r.body().contains("User-agent: *\nAllow: /\n"), r.body());
        assertTrue(r.body().contains("Sitemap: " + server.url() + "sitemap.xml\n"), r.body());
    }

    @Test
    void theSitemapListsEveryEventPersonAndOrganizationPageAtTheServersRoot() throws Exception {
        HttpResponse<String> r = Http.get(server.url() + "sitemap.xml", null);
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("application/xml"));
        List<String> locs = locs(r.body());
        List<String> expected = new ArrayList<>();
        for (String type : new String[] {"Event", "Person", "Organization"}) {
            SeedData.select(store, "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s a <https://schema.org/" + type + "> } }")
                    .forEach(row -> expected.add(server.url() + row.getResource("s").getURI().substring(IRIS.base().length())));
        }
        assertEquals(expected.stream().distinct().sorted().toList(), locs);
        assertTrue(locs.contains(server.url() + "id/person/sijal-aziz"), locs.toString());
        assertTrue(locs.stream().anyMatch(u -> u.startsWith(server.url() + "id/event/")));
        assertTrue(locs.stream().anyMatch(u -> u.startsWith(server.url() + "id/org/")));
        for (String loc : List.of(locs.get(0), locs.get(locs.size() - 1))) {
            assertEquals(200, Http.get(loc, "text/html").statusCode(), loc);
        }
    }

    @Test
    void aPageBeyondTheLastIsNotFound() {
        assertEquals(404, Http.get(server.url() + "sitemap.xml?page=2", null).statusCode());
    }
}
