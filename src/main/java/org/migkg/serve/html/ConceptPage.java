package org.migkg.serve.html;

import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;

/** A GCM objective or guiding principle (cross-cutting theme): what it says, and the events that address it over time. */
final class ConceptPage {
    private static final Query CONCEPT = Sparql.parse("""
            SELECT ?label ?short ?notation ?definition ?scheme ?schemeLabel WHERE {
              ?this a skos:Concept ; skos:inScheme ?scheme .
              VALUES ?scheme { <https://w3id.org/migkg/gcm/objectives> <https://w3id.org/migkg/gcm/principles> }
              OPTIONAL { ?this skos:prefLabel ?label }
              OPTIONAL { ?this skos:altLabel ?short }
              OPTIONAL { ?this skos:notation ?notation }
              OPTIONAL { ?this skos:definition ?definition }
              OPTIONAL { ?scheme skos:prefLabel ?schemeLabel }
            } LIMIT 1""");
    private static final Query MATCHES = Sparql.parse("""
            SELECT ?match WHERE { ?this skos:relatedMatch|skos:closeMatch|skos:exactMatch ?match } ORDER BY ?match""");
    /** One page (%s) of the events that address it. */
    private static final String EVENTS = """
            SELECT ?event ?title ?start WHERE {
              { SELECT DISTINCT ?event ?start WHERE {
                  ?event mk:addressesObjective|mk:crossCuttingTheme ?this ; schema:name [] ; schema:startDate ?start .
                } ORDER BY STR(?start) ?event %s }
              ?event schema:name ?title .
            } ORDER BY STR(?start) ?event""";
    private static final Query EVENT_COUNT = Sparql.parse("""
            SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE {
              ?event mk:addressesObjective|mk:crossCuttingTheme ?this ; schema:name [] ; schema:startDate [] .
            }""");
    private static final Query PER_YEAR = Sparql.parse("""
            SELECT ?year ?series (COUNT(DISTINCT ?event) AS ?count) WHERE {
              ?event mk:addressesObjective|mk:crossCuttingTheme ?this ; schema:startDate ?start .
              BIND (SUBSTR(STR(?start), 1, 4) AS ?year)
              BIND ("Events" AS ?series)
            } GROUP BY ?year ?series""");

    private ConceptPage() {}

    static Optional<ConceptView> build(Sparql sparql, Links links, String iri, String jsonLd, Paging paging) {
        List<Solution> rows = sparql.select(CONCEPT, iri);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Solution c = rows.get(0);
        boolean objective = c.iri("scheme").endsWith("objectives");
        String label = c.has("label") ? c.text("label") : iri;
        String title = objective ? "Objective " + c.text("notation") + ": " + (c.has("short") ? c.text("short") : label) : label;
        Head head = EntityPages.head(title, iri, links, jsonLd).described(title);
        long eventCount = sparql.count(EVENT_COUNT, iri);
        paging.check(eventCount);
        head = paging.paged(head, eventCount);
        List<EventItem> events = EntityPages.eventList(sparql.select(Sparql.parse(EVENTS.formatted(paging.slice())), iri), links);
        Figure chart = null;
        if (!events.isEmpty()) {
            chart = Pictures.chartFigure("timeline", "Events per year", Pictures.eventsOverTime(sparql.select(PER_YEAR, iri)));
            head = head.scripts(chart.scripts());
        }
        return Optional.of(new ConceptView(head,
                new Heading(objective ? "GCM objective " + c.text("notation") : "GCM guiding principle (cross-cutting theme)", label, iri),
                c.text("short"), c.text("definition"), links.to(c.iri("scheme"), c.text("schemeLabel")),
                EntityPages.linkList(sparql.select(MATCHES, iri), "match", "match", links), chart, events,
                paging.pager("Events", eventCount)));
    }
}
