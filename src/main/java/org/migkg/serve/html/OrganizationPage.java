package org.migkg.serve.html;

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
    /** One page (%s) of the events the organization organized, partnered or funded, each with how. */
    private static final String EVENTS = """
            SELECT ?event ?title ?start ?note WHERE {
              { SELECT DISTINCT ?event ?start WHERE {
                  ?event schema:organizer|mk:partner|schema:funder ?this ; a schema:Event ; schema:name [] ; schema:startDate ?start .
                } ORDER BY STR(?start) ?event %s }
              { ?event schema:organizer ?this BIND ("organizer" AS ?note) }
              UNION { ?event mk:partner ?this BIND ("partner" AS ?note) }
              UNION { ?event schema:funder ?this BIND ("funder" AS ?note) }
              ?event schema:name ?title .
            } ORDER BY STR(?start) ?event ?note""";
    private static final Query EVENT_COUNT = Sparql.parse("""
            SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE {
              ?event schema:organizer|mk:partner|schema:funder ?this ; a schema:Event ; schema:name [] ; schema:startDate [] .
            }""");
    private static final Query SERIES = Sparql.parse("""
            SELECT ?series ?name ?how WHERE {
              { ?series schema:organizer ?this BIND ("organizer" AS ?how) }
              UNION { ?series schema:member ?this BIND ("member" AS ?how) }
              UNION { ?series schema:funder ?this BIND ("funder" AS ?how) }
              ?series a ?type VALUES ?type { schema:EventSeries mk:Partnership }
              OPTIONAL { ?series schema:name ?name }
            } ORDER BY ?name ?how""");
    /** One page (%s) of its people, by name, each with every post they held in it and at which event. */
    private static final String PEOPLE = """
            SELECT ?person ?name ?post ?postLabel ?event ?title ?start WHERE {
              { SELECT DISTINCT ?person ?name WHERE {
                  ?p mk:heldPost ?post ; mk:participant ?person ; mk:event [] . ?post org:postIn ?this ; rdfs:label [] .
                  OPTIONAL { ?person schema:name ?name }
                } ORDER BY ?name ?person %s }
              ?p mk:heldPost ?post ; mk:participant ?person ; mk:event ?event .
              ?post org:postIn ?this ; rdfs:label ?postLabel .
              OPTIONAL { ?event schema:name ?title ; schema:startDate ?start }
            } ORDER BY ?name ?person STR(?start) ?post""";
    private static final Query PEOPLE_COUNT = Sparql.parse("""
            SELECT (COUNT(DISTINCT ?person) AS ?n) WHERE {
              ?p mk:heldPost ?post ; mk:participant ?person ; mk:event [] . ?post org:postIn ?this ; rdfs:label [] .
            }""");

    private OrganizationPage() {}

    static Optional<OrganizationView> build(Sparql sparql, Links links, String iri, String jsonLd, Paging paging) {
        List<Solution> rows = sparql.select(ORGANIZATION, iri);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Solution o = rows.get(0);
        String name = o.text("name");
        Head head = EntityPages.head(name, iri, links, jsonLd).described(name + ": its migration-policy events and people.");
        List<String> alternates = sparql.select(ALTERNATE_NAMES, iri).stream().map(r -> r.text("alt")).toList();
        List<OrganizationView.SeriesRole> series = new ArrayList<>();
        EntityPages.groupBy(sparql.select(SERIES, iri), "series").forEach((s, group) -> series.add(new OrganizationView.SeriesRole(
                links.to(s, group.get(0).text("name")), String.join(", ", group.stream().map(r -> r.text("how")).distinct().toList()))));

        long eventCount = sparql.count(EVENT_COUNT, iri);
        long peopleCount = sparql.count(PEOPLE_COUNT, iri);
        paging.check(eventCount, peopleCount);
        head = paging.paged(head, eventCount, peopleCount);
        List<Solution> people = sparql.select(Sparql.parse(PEOPLE.formatted(paging.slice())), iri);
        List<OrganizationView.Member> members = new ArrayList<>();
        EntityPages.groupBy(people, "person").forEach((person, group) -> members.add(new OrganizationView.Member(
                links.to(person, group.get(0).text("name")), group.stream().map(r -> new OrganizationView.PostAt(
                        links.to(r.iri("post"), r.text("postLabel")), links.to(r.iri("event"), r.text("title")), Time.day(r.text("start")))).toList())));
        Figure network = null;
        if (!people.isEmpty()) {
            network = Pictures.networkFigure("network", "Co-speaker network of the people of " + name,
                    Pictures.network(sparql, links, List.copyOf(EntityPages.groupBy(people, "person").keySet())));
            head = head.scripts(network.scripts());
        }
        return Optional.of(new OrganizationView(head, new Heading("Organization", name, iri),
                alternates.isEmpty() ? null : String.join("; ", alternates), o.text("country"),
                o.has("homepage") ? Links.web(o.text("homepage"), o.text("homepage")) : null,
                o.has("parent") ? links.to(o.iri("parent"), o.text("parentName")) : null,
                EntityPages.linkList(sparql.select(CHILDREN, iri), "child", "name", links), o.has("unreviewed"),
                EntityPages.eventList(sparql.select(Sparql.parse(EVENTS.formatted(paging.slice())), iri), links),
                paging.pager("Events", eventCount), series, network, members, paging.pager("People", peopleCount)));
    }
}
