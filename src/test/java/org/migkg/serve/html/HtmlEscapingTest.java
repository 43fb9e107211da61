package org.migkg.serve.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.migkg.serve.HtmlEscape;
import org.migkg.serve.Templates;

/** Escaping: text can never become markup, and JSON in a script element can never end it early. */
class HtmlEscapingTest {

    @Property
    void escapedTextHasNoMarkupCharacters(@ForAll String s) {
        String escaped = HtmlEscape.text(s);
        for (char c : new char[] {'<', '>', '"', '\''}) {
            assertFalse(escaped.indexOf(c) >= 0, () -> "'" + c + "' left in " + escaped);
        }
    }

    @Property
    void escapedTextReadsBackAsTheOriginal(@ForAll String s) {
        String back = HtmlEscape.text(s).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        assertEquals(s, back);
    }

    @Property
    void jsonInAScriptElementCannotCloseItAndMeansTheSame(@ForAll String s) throws Exception {
        ObjectNode node = SchemaJson.JSON.createObjectNode().put("name", s);
        String safe = HtmlEscape.scriptJson(SchemaJson.write(node));
        assertFalse(safe.toLowerCase().contains("</script") || safe.contains("<!--") || safe.contains("<"), safe);
        assertEquals(s, SchemaJson.JSON.readTree(safe).get("name").asText());
    }

    @Test
    void aBreakoutAttemptStaysText() {
        assertEquals("&quot;&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;", HtmlEscape.text("\"><img src=x onerror=\"alert(1)\">"));
        assertEquals("<a href=\"/x?a=1&amp;b=&lt;\">&lt;b&gt;</a>", Templates.render("tag/link.jte", new Link("/x?a=1&b=<", "<b>")));
    }
}
