package org.migkg.serve.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;

/** A post (a position in an organization) and who held it at which event. */
final class PostPage {
    private static final Query POST = Sparql.parse("""
            SELECT ?label ?org ?orgName ?country WHERE {
              ?this a org:Post ; rdfs:label ?label .
              OPTIONAL { ?this org:postIn ?org OPTIONAL { ?org schema:name ?orgName } }
              OPTIONAL { ?this mk:country ?country }
            } LIMIT 1""");
    private static final Query HOLDERS = Sparql.parse("""
            SELECT ?person ?name ?event ?title ?start ?position WHERE {
              ?p mk:heldPost ?this ; mk:participant ?person ; mk:event ?event .
              OPTIONAL { ?person schema:name ?name }
              OPTIONAL { ?event schema:name ?title ; schema:startDate ?start }
              OPTIONAL { ?p mk:statedPosition ?position }
            } ORDER BY STR(?start) ?name""");

    private PostPage() {}

    static Optional<Page> build(Sparql sparql, Links links, String iri) {
        List<Row> rows = sparql.select(POST, iri);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row p = rows.get(0);
        String label = p.text("label");
        String title = p.has("org") ? label + ", " + p.text("orgName") : label;
        Page page = EntityPages.page(title, iri, links);
        page.description = "The post " + title + " and who held it.";
        ObjectNode json = SchemaJson.top("Role", iri, label);
        page.add(EntityPages.heading("Post", label, iri)).add("<dl class=\"facts\">\n");
        if (p.has("org")) {
            page.add("<dt>In</dt><dd>").add(links.to(p.iri("org"), p.text("orgName"))).add("</dd>\n");
        }
        if (p.has("country")) {
            page.add("<dt>Country</dt><dd>").add(Html.text(p.text("country"))).add("</dd>\n");
        }
        page.add("</dl>\n");
        StringBuilder list = new StringBuilder("<ul class=\"holders\">\n");
        for (Row h : sparql.select(HOLDERS, iri)) {
            list.append("<li>").append(links.to(h.iri("person"), h.text("name"))).append(" at ")
                    .append(links.to(h.iri("event"), h.text("title"))).append(" <span class=\"date\">")
                    .append(Dates.shortTime(h.text("start"))).append("</span>");
            if (h.has("position")) {
                list.append("<div class=\"position\">").append(Html.text(h.text("position"))).append("</div>");
            }
            list.append("</li>\n");
        }
        page.add(EntityPages.section("holders", "Held by", list.append("</ul>\n").toString()));
        page.jsonLd = SchemaJson.write(json);
        return Optional.of(page);
    }
}
