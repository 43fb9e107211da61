package org.migkg.serve.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parts of the service that need no server: the preview card's escaping, JSONP names, dates as tables write them. */
class ReconciliationPiecesTest {
    @Test
    void thePreviewCardEscapesEverythingTheDataSays() {
        Entry hostile = new Entry(ReconType.PERSON, "person/x\"><script>alert(1)</script>", "http://example.org/kg/id/person/x",
                List.of("<script>alert('name')</script>", "O'Brien & <b>Sons</b>"), Set.of(), Set.of(), List.of(),
                List.of("<img src=x onerror=alert(2)>", "Director, \"WELDO\""));
        String html = PreviewCard.of(hostile, "http://localhost/id/person/x\" onmouseover=\"alert(3)");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("\" onmouseover"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("O&#39;Brien &amp; &lt;b&gt;Sons&lt;/b&gt;"), html);
        assertTrue(html.contains("Director, &quot;WELDO&quot;"), html);
        assertFalse(PreviewCard.unknown("<svg onload=alert(4)>").contains("<svg"));
    }

    @Test
    void onlyJavaScriptNamesAreCallbacks() {
        for (String ok : List.of("cb", "jQuery36005183418426837624_1718040000000", "a.b.c", "$_x1")) {
            assertTrue(Jsonp.acceptable(ok), ok);
        }
        for (String bad : List.of("", "alert(1)", "a;b", "1a", "a.", "x y", "a</script>", "a".repeat(129))) {
            assertFalse(Jsonp.acceptable(bad), bad);
        }
        assertEquals("/**/cb({\"s\":\"a\\u2028b\"});", Jsonp.wrap("cb", "{\"s\":\"a\u2028b\"}"));
    }

    @Test
    void datesAreReadTheWaysTablesWriteThem() {
        DateSpan day = DateSpan.day(LocalDate.of(2022, 2, 15));
        for (String written : List.of("2022-02-15", "2022-02-15T00:00:00Z", "15 February 2022", "15 Feb 2022", "February 15, 2022", "15.2.2022")) {
            assertEquals(day, DateSpan.written(written).orElseThrow(), written);
        }
        DateSpan month = DateSpan.written("2022-02").orElseThrow();
        assertEquals(DateSpan.Precision.MONTH, month.precision());
        assertEquals(month, DateSpan.written("February 2022").orElseThrow());
        assertEquals(DateSpan.year(2022), DateSpan.written("2022").orElseThrow());
        assertEquals(DateSpan.year(2019), DateSpan.written("sometime in 2019?").orElseThrow());
        assertTrue(DateSpan.written("soon").isEmpty());
        assertTrue(DateSpan.written("2022-13-40").isEmpty());
        assertTrue(month.overlaps(day) && !DateSpan.year(2021).overlaps(day));
        assertEquals(day, DateSpan.stored("2022-02-15T09:00:00-05:00").orElseThrow());
    }

    @Test
    void typesAndPropertiesMayBeNamedTheWaysClientsNameThem() {
        for (String name : List.of("https://schema.org/Person", "schema:Person", "Person", "person")) {
            assertEquals(ReconType.PERSON, ReconType.named(name).orElseThrow(), name);
        }
        assertTrue(ReconType.named("Q5").isEmpty());
        assertEquals(ReconProperty.AFFILIATION, ReconProperty.named("organization").orElseThrow());
        assertEquals(ReconProperty.DATE, ReconProperty.named("https://schema.org/startDate").orElseThrow());
        assertEquals(ReconProperty.COUNTRY, ReconProperty.named("Country").orElseThrow());
        assertTrue(ReconProperty.named("P569").isEmpty());
    }
}
