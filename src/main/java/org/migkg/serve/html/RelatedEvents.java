package org.migkg.serve.html;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;

/** The events related to an event, best first, each with the reasons and their weights. */
final class RelatedEvents {
    private static final Query RELATED = Sparql.parse("""
            SELECT ?other ?otherName ?otherStart ?score ?type ?weight ?comment ?shared ?sharedLabel WHERE {
              ?rel a mk:EventRelation ; mk:relates ?this, ?other ; mk:score ?score .
              FILTER (?other != ?this)
              OPTIONAL { ?other schema:name ?otherName }
              OPTIONAL { ?other schema:startDate ?otherStart }
              OPTIONAL {
                ?rel mk:reason ?reason . ?reason mk:reasonType ?type ; mk:weight ?weight .
                OPTIONAL { ?reason rdfs:comment ?comment }
                OPTIONAL { ?reason mk:sharedEntity ?shared OPTIONAL { ?shared schema:name|skos:prefLabel ?sharedLabel } }
              }
            } ORDER BY DESC(?score) ?other DESC(?weight) ?type ?sharedLabel""");
    private RelatedEvents() {}

    static List<EventView.Related> of(Sparql sparql, Links links, String iri) {
        return related(sparql.select(RELATED, iri), links);
    }

    private static List<EventView.Related> related(List<Solution> rows, Links links) {
        List<EventView.Related> out = new ArrayList<>();
        for (List<Solution> one : EntityPages.groupBy(rows, "other").values()) {
            Solution r = one.get(0);
            List<EventView.Reason> reasons = new ArrayList<>();
            for (List<Solution> reason : EntityPages.groupBy(one, "type").values()) {
                Solution first = reason.get(0);
                if (first.has("type")) {
                    reasons.add(new EventView.Reason(humanize(first.text("type")), first.text("weight"),
                            EntityPages.linkList(reason, "shared", "sharedLabel", links), first.text("comment")));
                }
            }
            out.add(new EventView.Related(links.to(r.iri("other"), r.text("otherName")),
                    r.has("otherStart") ? Time.day(r.text("otherStart")) : null, r.text("score"), reasons));
        }
        return out;
    }

    private static String humanize(String slug) {
        String s = slug.replace('-', ' ');
        return EventPage.capitalize(s);
    }
}
