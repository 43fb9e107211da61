package org.migkg.serve.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;

/** A person: events over time with the role and post at each, co-speakers (a network picture), organizations. */
final class PersonPage {
    /** Co-speakers the picture and the list show, by shared events; the query library has them all. */
    static final int TOP_CO_SPEAKERS = 25;

    private static final Query PERSON = Sparql.parse("""
            SELECT ?name ?alt WHERE { ?this a schema:Person ; schema:name ?name OPTIONAL { ?this schema:alternateName ?alt } }
            ORDER BY ?alt""");
    /**
     * One page of the person's events: the participations are sliced first (%s), then their details joined. Every
     * event has a title, so the slice reads only the dates it orders by.
     */
    private static final String TIMELINE = """
            SELECT ?event ?title ?start ?p ?roleLabel ?position ?post ?postLabel ?org ?orgName WHERE {
              { SELECT DISTINCT ?p ?event ?start WHERE {
                  ?p mk:participant ?this ; mk:event ?event . ?event schema:startDate ?start .
                } ORDER BY STR(?start) ?event ?p %s }
              ?event schema:name ?title .
              OPTIONAL { ?p mk:role/skos:prefLabel ?roleLabel }
              OPTIONAL { ?p mk:statedPosition ?position }
              OPTIONAL { ?p mk:heldPost ?post . ?post rdfs:label ?postLabel
                         OPTIONAL { ?post org:postIn ?org . ?org schema:name ?orgName } }
            } ORDER BY STR(?start) ?event ?p ?post""";
    /**
     * The timeline's rows, counted from one index: every participation belongs to a titled, dated event (a record
     * cannot be loaded without both), so the timeline's joins would only make the count read each event again.
     */
    private static final Query EVENT_COUNT = Sparql.parse("""
            SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p mk:participant ?this }""");
    /** The organizations the person held posts in, with at how many events: kept at load time in the counts graph. */
    private static final Query ORGANIZATIONS = Sparql.parse("""
            SELECT ?org ?name ?events WHERE {
              ?count mk:countedPerson ?this ; mk:countedOrganization ?org ; mk:eventCount ?events .
              OPTIONAL { ?org schema:name ?name }
            }""");
    private static final Query UNDER_REVIEW = Sparql.parse("""
            SELECT ?note WHERE { ?this mk:identityUnderReview ?note } ORDER BY ?note""");
    private static final Query EVIDENCE = Sparql.parse("""
            SELECT ?evidence ?rule ?score ?comment WHERE {
              ?this mk:identityEvidence ?evidence . ?evidence mk:rule ?rule ; mk:score ?score .
              OPTIONAL { ?evidence rdfs:comment ?comment }
            } ORDER BY ?evidence""");

    private PersonPage() {}

    /** An organization the person held a post in, and at how many distinct events. */
    private record HeldIn(String iri, String name, long events) {}

    /** The organizations of the person's posts, the one at the most events first, then by name. */
    private static List<HeldIn> organizations(Sparql sparql, String person) {
        Map<String, Long> events = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Solution r : sparql.select(ORGANIZATIONS, person)) {
            events.put(r.iri("org"), r.number("events"));
            if (r.has("name")) {
                names.merge(r.iri("org"), r.text("name"), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        return events.entrySet().stream()
                .map(e -> new HeldIn(e.getKey(), names.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(HeldIn::events).reversed()
                        .thenComparing(HeldIn::name, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(HeldIn::iri))
                .toList();
    }

    static Optional<PersonView> build(Sparql sparql, Links links, String iri, String jsonLd, Paging paging) {
        List<Solution> person = sparql.select(PERSON, iri);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        String name = person.get(0).text("name");
        Head head = EntityPages.head(name, iri, links, jsonLd).described(name + ": the migration-policy events they spoke at, with role and post.");
        List<String> notes = sparql.select(UNDER_REVIEW, iri).stream().map(r -> r.text("note")).toList();
        List<String> alternates = person.stream().filter(r -> r.has("alt")).map(r -> r.text("alt")).distinct().toList();

        long eventCount = sparql.count(EVENT_COUNT, iri);
        paging.check(eventCount);
        head = paging.paged(head, eventCount);
        List<PersonView.Appearance> events = new ArrayList<>();
        for (List<Solution> one : EntityPages.groupBy(sparql.select(Sparql.parse(TIMELINE.formatted(paging.slice())), iri), "p").values()) {
            Solution r = one.get(0);
            events.add(new PersonView.Appearance(Time.day(r.text("start")), links.to(r.iri("event"), r.text("title")),
                    r.text("roleLabel"), r.text("position"), EntityPages.posts(one, links)));
        }
        List<Counted> organizations = organizations(sparql, iri).stream()
                .map(o -> new Counted(links.to(o.iri(), o.name()), EntityPages.count(o.events(), "event"))).toList();

        List<Solution> coSpeakers = Pictures.coSpeakers(sparql, iri, TOP_CO_SPEAKERS);
        long coSpeakerCount = Pictures.coSpeakerCount(sparql, iri);
        Figure network = null;
        if (!coSpeakers.isEmpty()) {
            network = Pictures.networkFigure("network", "Co-speaker network of " + name,
                    Pictures.network(sparql, links, List.of(iri), coSpeakers));
            head = head.scripts(network.scripts());
        }
        // A frequent speaker has hundreds: the page shows the top ones, the query library has them all.
        List<Counted> listed = coSpeakers.stream()
                .map(c -> new Counted(links.to(c.iri("other"), c.text("name")), EntityPages.count(c.number("shared"), "shared event"))).toList();
        String all = "/library/co-speakers?person=" + java.net.URLEncoder.encode(iri, java.nio.charset.StandardCharsets.UTF_8);
        List<PersonView.Evidence> evidence = sparql.select(EVIDENCE, iri).stream()
                .map(e -> new PersonView.Evidence(e.text("rule"), e.text("score"), e.text("comment"))).toList();
        return Optional.of(new PersonView(head, new Heading("Person", name, iri), notes,
                alternates.isEmpty() ? null : String.join("; ", alternates), events, paging.pager("Events", eventCount), organizations,
                network, listed, Math.max(0, coSpeakerCount - listed.size()), all, evidence));
    }
}
