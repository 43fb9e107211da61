package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.rdf.Iris;
import org.migkg.rdf.SchemaOrg;
import org.migkg.store.KnowledgeStore;

/** The fallback page escapes what the data says, so no record text can become markup or script. */
class DereferencePlainHtmlTest {
    @TempDir
    Path dir;

    @Test
    void textIsEscapedScriptCannotCloseAndOnlyWebIrisBecomeLinks() {
        Iris iris = new Iris("http://example.org/kg/");
        try (KnowledgeStore store = KnowledgeStore.open(dir, iris)) {
            Model m = ModelFactory.createDefaultModel();
            Resource event = m.createResource(iris.event("x"));
            event.addProperty(SchemaOrg.name, "A & B <script>alert(1)</script>");
            event.addProperty(SchemaOrg.description, "ends the script </script><img src=x onerror=alert(2)>");
            event.addProperty(SchemaOrg.url, m.createResource("javascript:alert(3)"));
            event.addProperty(SchemaOrg.organizer, m.createResource(iris.organization("mpi")));
            String html = new PlainHtmlView().render(event.getURI(), m, store).orElseThrow();

            assertTrue(html.contains("<title>A &amp; B &lt;script&gt;alert(1)&lt;/script&gt;</title>"), html);
            assertFalse(html.contains("<script>alert"), html);
            assertFalse(html.contains("<img"), html);
            assertEquals(2, html.split("</script>", -1).length, "one closing tag: the JSON-LD element's own");
            assertFalse(html.contains("href=\"javascript:"), html);
            assertTrue(html.contains("href=\"/id/org/mpi\""), "links to served IRIs point at this server");
        }
    }
}
