package org.migkg.serve.html;

import java.util.ArrayList;
import java.util.List;
import org.migkg.serve.html.EventView.Fact;
import org.apache.jena.query.Query;

/** Every record an event is made from, with its provenance. */
final class EventSources {
    private static final Query SOURCE = Sparql.parse("""
            SELECT ?graph ?recordFile ?sha ?source ?document ?title ?retrieved ?publisher ?publisherName ?truncated ?loaded WHERE {
              ?graph a mk:RecordGraph ; foaf:primaryTopic ?this .
              OPTIONAL { ?graph mk:recordFile ?recordFile }
              OPTIONAL { ?graph mk:sha256 ?sha }
              OPTIONAL { ?graph dcterms:source ?source }
              OPTIONAL { ?graph mk:sourceDocument ?document }
              OPTIONAL { ?graph dcterms:title ?title }
              OPTIONAL { ?graph mk:retrieved ?retrieved }
              OPTIONAL { ?graph dcterms:publisher ?publisher OPTIONAL { ?publisher schema:name ?publisherName } }
              OPTIONAL { ?graph mk:truncatedSource ?truncated }
              OPTIONAL { ?graph prov:generatedAtTime ?loaded }
            } ORDER BY ?graph""");

    private EventSources() {}

    static List<EventView.Source> of(Sparql sparql, Links links, String iri) {
        return sources(sparql.select(SOURCE, iri), links);
    }

    /** Every record the event is made from: one block of provenance each (two sites' pages about one event give two). */
    private static List<EventView.Source> sources(List<Solution> rows, Links links) {
        List<EventView.Source> out = new ArrayList<>();
        for (List<Solution> graph : EntityPages.groupBy(rows, "graph").values()) {
            Solution s = graph.get(0);
            List<Fact> facts = new ArrayList<>();
            EventPage.fact(facts, "Saved copy", s.text("document"));
            EventPage.fact(facts, "Retrieved", s.text("retrieved"));
            if ("true".equals(s.text("truncated"))) {
                EventPage.fact(facts, "Note", "The saved copy is cut off; facts past the cut are missing.");
            }
            EventPage.fact(facts, "Record file", s.text("recordFile"));
            EventPage.fact(facts, "Record SHA-256", s.text("sha"));
            EventPage.fact(facts, "Loaded", s.text("loaded"));
            out.add(new EventView.Source(s.has("source") ? Links.web(s.text("source"), s.has("title") ? s.text("title") : s.text("source")) : null,
                    s.has("publisher") ? links.to(s.iri("publisher"), s.text("publisherName")) : null, facts, links.to(s.iri("graph"), s.iri("graph"))));
        }
        return out;
    }
}
