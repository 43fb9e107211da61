package org.migkg.serve.html;

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

    static Optional<PostView> build(Sparql sparql, Links links, String iri, String jsonLd) {
        List<Solution> rows = sparql.select(POST, iri);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Solution p = rows.get(0);
        String label = p.text("label");
        String title = p.has("org") ? label + ", " + p.text("orgName") : label;
        Head head = EntityPages.head(title, iri, links, jsonLd).described("The post " + title + " and who held it.");
        List<PostView.Holder> holders = sparql.select(HOLDERS, iri).stream().map(h -> new PostView.Holder(
                links.to(h.iri("person"), h.text("name")), links.to(h.iri("event"), h.text("title")), Time.day(h.text("start")),
                h.text("position"))).toList();
        return Optional.of(new PostView(head, new Heading("Post", label, iri),
                p.has("org") ? links.to(p.iri("org"), p.text("orgName")) : null, p.text("country"), holders));
    }
}
