package org.migkg.serve.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migkg.rdf.Iris;
import org.migkg.serve.Templates;

/** Only local paths and web addresses from the data become links; anything else is shown as text. */
class LinkGuardTest {
    final Links links = new Links(Iris.DEFAULT);

    @Test
    void webAddressesAndServedIrisBecomeLinks() {
        assertEquals("https://example.org/page", Links.web("https://example.org/page", "page").href());
        assertEquals("http://example.org/", Links.web("http://example.org/", "x").href());
        assertEquals("/id/person/sijal-aziz", links.to("https://w3id.org/migkg/id/person/sijal-aziz", "Sijal Aziz").href());
    }

    @Test
    void otherSchemesAndProtocolRelativeAddressesStayText() {
        for (String url : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox", "//evil.example/", "mailto:a@b", " https://example.org/")) {
            Link l = Links.web(url, url);
            assertNull(l.href(), url);
            assertEquals(url, l.text());
            assertNull(links.to(url, "x").href(), url);
        }
    }

    @Test
    void aPageShowsAGuardedAddressAsEscapedText() {
        Link hostile = Links.web("javascript:alert('x')", "javascript:alert('x')");
        assertEquals("javascript:alert(&#39;x&#39;)", Templates.render("tag/link.jte", hostile));
        assertEquals("<a href=\"https://example.org/?a=1&amp;b=2\">&lt;b&gt;</a>",
                Templates.render("tag/link.jte", Links.web("https://example.org/?a=1&b=2", "<b>")));
    }
}
