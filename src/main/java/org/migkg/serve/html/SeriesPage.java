package org.migkg.serve.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
    private static final Query EVENTS = Sparql.parse("""
            SELECT ?event ?title ?start WHERE { ?event mk:partOf ?this ; schema:name ?title ; schema:startDate ?start } ORDER BY STR(?start) ?event""");

    private SeriesPage() {}

    static Optional<Page> build(Sparql sparql, Links links, String iri) {
        List<Row> rows = sparql.select(SERIES, iri);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String name = rows.get(0).text("name");
        boolean series = "true".equals(rows.get(0).text("series"));
        Page page = EntityPages.page(name, iri, links);
        page.description = name;
        ObjectNode json = SchemaJson.top(series ? "EventSeries" : "Project", iri, name);
        page.add(EntityPages.heading(series ? "Event series" : "Partnership", name, iri));
        List<Row> orgs = sparql.select(ORGANIZATIONS, iri);
        if (!orgs.isEmpty()) {
            page.add("<dl class=\"facts\">\n");
            EntityPages.groupBy(orgs, "how").forEach((how, group) ->
                    page.add("<dt>").add(Html.text(how)).add("</dt><dd>").add(EntityPages.linkList(group, "org", "name", links)).add("</dd>\n"));
            page.add("</dl>\n");
        }
        List<Row> events = sparql.select(EVENTS, iri);
        events.forEach(e -> SchemaJson.array(json, series ? "subEvent" : "event").add(SchemaJson.ref("Event", e.iri("event"), e.text("title"))));
        page.add(EntityPages.section("events", "Events", EntityPages.eventList(events, links)));
        page.jsonLd = SchemaJson.write(json);
        return Optional.of(page);
    }
}
