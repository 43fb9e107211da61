package org.migkg.serve.html;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;

/** The participants of an event in their stated order, each with role, stated name and position, posts, session and note. */
final class EventParticipants {
    private static final Query PARTICIPANTS = Sparql.parse("""
            SELECT ?order ?person ?name ?statedName ?roleLabel ?position ?session ?note ?post ?postLabel ?org ?orgName WHERE {
              ?p mk:event ?this ; mk:participant ?person ; mk:order ?order .
              OPTIONAL { ?person schema:name ?name }
              OPTIONAL { ?p mk:statedName ?statedName }
              OPTIONAL { ?p mk:role/skos:prefLabel ?roleLabel }
              OPTIONAL { ?p mk:statedPosition ?position }
              OPTIONAL { ?p mk:session ?session }
              OPTIONAL { ?p rdfs:comment ?note }
              OPTIONAL { ?p mk:heldPost ?post . ?post rdfs:label ?postLabel
                         OPTIONAL { ?post org:postIn ?org . ?org schema:name ?orgName } }
            } ORDER BY ?order ?post""");
    private EventParticipants() {}

    static List<EventView.Participant> of(Sparql sparql, Links links, String iri) {
        return participants(sparql.select(PARTICIPANTS, iri), links);
    }

    private static List<EventView.Participant> participants(List<Solution> rows, Links links) {
        List<EventView.Participant> out = new ArrayList<>();
        for (List<Solution> one : EntityPages.groupBy(rows, "order").values()) {
            Solution p = one.get(0);
            String name = p.has("name") ? p.text("name") : p.text("statedName");
            String stated = p.has("statedName") && !p.text("statedName").equals(name) ? p.text("statedName") : null;
            out.add(new EventView.Participant(p.number("order"), links.to(p.iri("person"), name), p.text("roleLabel"), stated,
                    p.text("position"), EntityPages.posts(one, links), p.text("session"), p.text("note")));
        }
        return out;
    }
}
