package org.migkg.serve.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
    private static final Query EVENTS = Sparql.parse("""
            SELECT ?event ?title ?start WHERE {
              ?event mk:addressesObjective|mk:crossCuttingTheme ?this ; schema:name ?title ; schema:startDate ?start .
            } ORDER BY STR(?start) ?event""");
    private static final Query PER_YEAR = Sparql.parse("""
            SELECT ?year ?series (COUNT(DISTINCT ?event) AS ?count) WHERE {
              ?event mk:addressesObjective|mk:crossCuttingTheme ?this ; schema:startDate ?start .
              BIND (SUBSTR(STR(?start), 1, 4) AS ?year)
              BIND ("Events" AS ?series)
            } GROUP BY ?year ?series""");

    private ConceptPage() {}

    static Optional<Page> build(Sparql sparql, Links links, String iri) {
        List<Row> rows = sparql.select(CONCEPT, iri);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row c = rows.get(0);
        boolean objective = c.iri("scheme").endsWith("objectives");
        String label = c.has("label") ? c.text("label") : iri;
        String title = objective ? "Objective " + c.text("notation") + ": " + (c.has("short") ? c.text("short") : label) : label;
        Page page = EntityPages.page(title, iri, links);
        page.description = title;
        ObjectNode json = SchemaJson.top("DefinedTerm", iri, label);
        if (c.has("notation")) {
            json.put("termCode", c.text("notation"));
        }
        page.add(EntityPages.heading(objective ? "GCM objective " + c.text("notation") : "GCM guiding principle (cross-cutting theme)", label, iri));
        page.add("<dl class=\"facts\">\n");
        if (c.has("short")) {
            page.add("<dt>Short label</dt><dd>").add(Html.text(c.text("short"))).add("</dd>\n");
        }
        if (c.has("definition")) {
            page.add("<dt>Definition</dt><dd>").add(Html.text(c.text("definition"))).add("</dd>\n");
            json.put("description", c.text("definition"));
        }
        page.add("<dt>Scheme</dt><dd>").add(links.to(c.iri("scheme"), c.text("schemeLabel"))).add("</dd>\n");
        json.set("inDefinedTermSet", SchemaJson.ref("DefinedTermSet", c.iri("scheme"), c.text("schemeLabel")));
        List<Row> matches = sparql.select(MATCHES, iri);
        if (!matches.isEmpty()) {
            page.add("<dt>Related</dt><dd>").add(EntityPages.linkList(matches, "match", "match", links)).add("</dd>\n");
        }
        page.add("</dl>\n");
        List<Row> events = sparql.select(EVENTS, iri);
        String content = events.isEmpty() ? "<p>No event in the graph addresses it yet.</p>\n"
                : Pictures.chartFigure(page, "timeline", "Events per year", Pictures.eventsOverTime(sparql.select(PER_YEAR, iri)))
                + EntityPages.eventList(events, links);
        page.add(EntityPages.section("events", "Events over time", content));
        page.jsonLd = SchemaJson.write(json);
        return Optional.of(page);
    }
}
