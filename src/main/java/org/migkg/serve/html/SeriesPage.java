package org.migkg.serve.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;

/** An event series or a partnership: who runs or funds it, and its events. */
final class SeriesPage {
    private static final Query SERIES = Sparql.parse("""
            SELECT ?name ?series WHERE {
              ?this schema:name ?name .
              { ?this a schema:EventSeries BIND (true AS ?series) } UNION { ?this a mk:Partnership BIND (false AS ?series) }
            } LIMIT 1""");
    private static final Query ORGANIZATIONS = Sparql.parse("""
            SELECT ?how ?org ?name WHERE {
              { ?this schema:organizer ?org BIND ("Organizers" AS ?how) }
              UNION { ?this schema:member ?org BIND ("Members" AS ?how) }
              UNION { ?this schema:funder ?org BIND ("Funders" AS ?how) }
              OPTIONAL { ?org schema:name ?name }
            } ORDER BY ?how ?name""");
    /** One page (%s) of its events. */
    private static final String EVENTS = """
            SELECT ?event ?title ?start WHERE {
              { SELECT DISTINCT ?event ?start WHERE { ?event mk:partOf ?this ; schema:name [] ; schema:startDate ?start } ORDER BY STR(?start) ?event %s }
              ?event schema:name ?title .
            } ORDER BY STR(?start) ?event""";
    private static final Query EVENT_COUNT = Sparql.parse("""
            SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE { ?event mk:partOf ?this ; schema:name [] ; schema:startDate [] }""");

    private SeriesPage() {}

    static Optional<SeriesView> build(Sparql sparql, Links links, String iri, String jsonLd, Paging paging) {
        List<Solution> rows = sparql.select(SERIES, iri);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String name = rows.get(0).text("name");
        boolean series = "true".equals(rows.get(0).text("series"));
        List<EventView.Group> organizations = new ArrayList<>();
        EntityPages.groupBy(sparql.select(ORGANIZATIONS, iri), "how").forEach((how, group) ->
                organizations.add(new EventView.Group(how, EntityPages.linkList(group, "org", "name", links))));
        long eventCount = sparql.count(EVENT_COUNT, iri);
        paging.check(eventCount);
        return Optional.of(new SeriesView(paging.paged(EntityPages.head(name, iri, links, jsonLd).described(name), eventCount),
                new Heading(series ? "Event series" : "Partnership", name, iri), organizations,
                EntityPages.eventList(sparql.select(Sparql.parse(EVENTS.formatted(paging.slice())), iri), links),
                paging.pager("Events", eventCount)));
    }
}
