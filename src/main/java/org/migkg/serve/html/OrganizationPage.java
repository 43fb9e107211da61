package org.migkg.serve.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;

/** An organization: events it organized, partnered or funded, its people through their posts, parent and parts. */
final class OrganizationPage {
    private static final Query ORGANIZATION = Sparql.parse("""
            SELECT ?name ?country ?homepage ?parent ?parentName ?unreviewed WHERE {
              ?this a schema:Organization ; schema:name ?name .
              OPTIONAL { ?this mk:country ?country }
              OPTIONAL { ?this schema:url ?homepage }
              OPTIONAL { ?this org:subOrganizationOf ?parent OPTIONAL { ?parent schema:name ?parentName } }
              OPTIONAL { ?this mk:unreviewed ?unreviewed }
            } LIMIT 1""");
    private static final Query ALTERNATE_NAMES = Sparql.parse("SELECT ?alt WHERE { ?this schema:alternateName ?alt } ORDER BY ?alt");
    private static final Query CHILDREN = Sparql.parse("""
            SELECT ?child ?name WHERE { ?child org:subOrganizationOf ?this OPTIONAL { ?child schema:name ?name } } ORDER BY ?name""");
    private static final Query EVENTS = Sparql.parse("""
            SELECT ?event ?title ?start ?note WHERE {
              { ?event schema:organizer ?this BIND ("organizer" AS ?note) }
              UNION { ?event mk:partner ?this BIND ("partner" AS ?note) }
              UNION { ?event schema:funder ?this BIND ("funder" AS ?note) }
              ?event a schema:Event ; schema:name ?title ; schema:startDate ?start .
            } ORDER BY STR(?start) ?event ?note""");
    private static final Query SERIES = Sparql.parse("""
            SELECT ?series ?name ?how WHERE {
              { ?series schema:organizer ?this BIND ("organizer" AS ?how) }
              UNION { ?series schema:member ?this BIND ("member" AS ?how) }
              UNION { ?series schema:funder ?this BIND ("funder" AS ?how) }
              ?series a ?type VALUES ?type { schema:EventSeries mk:Partnership }
              OPTIONAL { ?series schema:name ?name }
            } ORDER BY ?name ?how""");
    private static final Query PEOPLE = Sparql.parse("""
            SELECT ?person ?name ?post ?postLabel ?event ?title ?start WHERE {
              ?p mk:heldPost ?post ; mk:participant ?person ; mk:event ?event .
              ?post org:postIn ?this ; rdfs:label ?postLabel .
              OPTIONAL { ?person schema:name ?name }
              OPTIONAL { ?event schema:name ?title ; schema:startDate ?start }
            } ORDER BY ?name ?person STR(?start) ?post""");

    private OrganizationPage() {}

    static Optional<Page> build(Sparql sparql, Links links, String iri) {
        List<Row> rows = sparql.select(ORGANIZATION, iri);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row o = rows.get(0);
        String name = o.text("name");
        Page page = EntityPages.page(name, iri, links);
        page.description = name + ": its migration-policy events and people.";
        ObjectNode json = SchemaJson.top("Organization", iri, name);
        page.add(EntityPages.heading("Organization", name, iri));
        List<String> alternates = sparql.select(ALTERNATE_NAMES, iri).stream().map(r -> r.text("alt")).toList();
        if (!alternates.isEmpty()) {
            page.add("<p class=\"subtitle\">Also known as ").add(Html.text(String.join("; ", alternates))).add("</p>\n");
            alternates.forEach(a -> SchemaJson.array(json, "alternateName").add(a));
        }
        page.add("<dl class=\"facts\">\n");
        if (o.has("country")) {
            page.add("<dt>Country</dt><dd>").add(Html.text(o.text("country"))).add("</dd>\n");
        }
        if (o.has("homepage")) {
            page.add("<dt>Homepage</dt><dd>").add(Html.link(o.text("homepage"), o.text("homepage"))).add("</dd>\n");
            json.put("url", o.text("homepage"));
        }
        if (o.has("parent")) {
            page.add("<dt>Part of</dt><dd>").add(links.to(o.iri("parent"), o.text("parentName"))).add("</dd>\n");
            json.set("parentOrganization", SchemaJson.ref("Organization", o.iri("parent"), o.text("parentName")));
        }
        List<Row> children = sparql.select(CHILDREN, iri);
        if (!children.isEmpty()) {
            page.add("<dt>Parts</dt><dd>").add(EntityPages.linkList(children, "child", "name", links)).add("</dd>\n");
            children.forEach(c -> SchemaJson.array(json, "subOrganization").add(SchemaJson.ref("Organization", c.iri("child"), c.text("name"))));
        }
        if (o.has("unreviewed")) {
            page.add("<dt>Note</dt><dd>Named on an event page but not yet in the curated catalogue.</dd>\n");
        }
        page.add("</dl>\n");

        List<Row> events = sparql.select(EVENTS, iri);
        if (!events.isEmpty()) {
            page.add(EntityPages.section("events", "Events organized, partnered or funded", EntityPages.eventList(events, links)));
        }
        List<Row> series = sparql.select(SERIES, iri);
        if (!series.isEmpty()) {
            StringBuilder list = new StringBuilder("<ul>\n");
            EntityPages.groupBy(series, "series").forEach((s, group) -> list.append("<li>").append(links.to(s, group.get(0).text("name")))
                    .append(" <span class=\"role\">").append(Html.text(String.join(", ", group.stream().map(r -> r.text("how")).distinct().toList())))
                    .append("</span></li>\n"));
            page.add(EntityPages.section("series", "Series and partnerships", list.append("</ul>\n").toString()));
        }

        List<Row> people = sparql.select(PEOPLE, iri);
        if (!people.isEmpty()) {
            StringBuilder list = new StringBuilder("<ul class=\"people\">\n");
            List<String> centre = new ArrayList<>();
            EntityPages.groupBy(people, "person").forEach((person, group) -> {
                centre.add(person);
                list.append("<li>").append(links.to(person, group.get(0).text("name"))).append("<ul>");
                for (Row r : group) {
                    list.append("<li>").append(links.to(r.iri("post"), r.text("postLabel"))).append(" at ")
                            .append(links.to(r.iri("event"), r.text("title"))).append(" <span class=\"date\">")
                            .append(Dates.shortTime(r.text("start"))).append("</span></li>");
                }
                list.append("</ul></li>\n");
            });
            list.append("</ul>\n");
            String picture = Pictures.networkFigure(page, "network", "Co-speaker network of the people of " + name,
                    Pictures.network(sparql, links, centre));
            page.add(EntityPages.section("people", "People, through the posts they held", picture + list));
        }
        page.jsonLd = SchemaJson.write(json);
        return Optional.of(page);
    }
}
