package org.migkg.serve.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.migkg.serve.html.EventView.Fact;
import org.migkg.serve.html.EventView.Group;
import java.util.Optional;
import org.apache.jena.query.Query;

/** An event's card: date and stated times, participants in order with role and post, organizations, related events. */
final class EventPage {
    private static final Query CARD = Sparql.parse("""
            SELECT ?name ?alt ?start ?end ?typeLabel ?statedType ?mode ?venue ?location ?description ?url ?language WHERE {
              ?this a schema:Event ; schema:name ?name ; schema:startDate ?start .
              OPTIONAL { ?this schema:alternateName ?alt }
              OPTIONAL { ?this schema:endDate ?end }
              OPTIONAL { ?this mk:eventType/skos:prefLabel ?typeLabel }
              OPTIONAL { ?this mk:statedType ?statedType }
              OPTIONAL { ?this schema:eventAttendanceMode ?mode }
              OPTIONAL { ?this mk:statedVenue ?venue }
              OPTIONAL { ?this schema:location ?location }
              OPTIONAL { ?this schema:description ?description }
              OPTIONAL { ?this schema:url ?url }
              OPTIONAL { ?this schema:inLanguage ?language }
            } LIMIT 1""");
    /** The events this one might be (the note names the other's IRI between angle brackets). */
    private static final Query SAME_EVENT_UNDER_REVIEW = Sparql.parse("""
            SELECT ?other (SAMPLE(?title) AS ?name) WHERE {
              ?this mk:identityUnderReview ?note .
              BIND(IRI(REPLACE(?note, "^[^<]*<([^>]+)>.*$", "$1")) AS ?other)
              OPTIONAL { ?other schema:name ?title }
            } GROUP BY ?other ORDER BY ?other""");
    private static final Query UNDER_REVIEW = Sparql.parse("""
            SELECT DISTINCT ?person ?name WHERE { ?this schema:performer ?person . ?person mk:identityUnderReview ?note ; schema:name ?name }
            ORDER BY ?name""");
    private static final Query STATED_TIMES = Sparql.parse("SELECT ?time WHERE { ?this mk:statedTime ?time } ORDER BY ?time");
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
    private static final Query ORGANIZATIONS = Sparql.parse("""
            SELECT ?relation ?org ?name WHERE {
              { ?this schema:organizer ?org BIND ("Organizers" AS ?relation) }
              UNION { ?this mk:partner ?org BIND ("Partners" AS ?relation) }
              UNION { ?this schema:funder ?org BIND ("Funders" AS ?relation) }
              OPTIONAL { ?org schema:name ?name }
            } ORDER BY DESC(?relation = "Organizers") ?relation ?name""");
    private static final Query PART_OF = Sparql.parse("""
            SELECT ?series ?name ?kind WHERE {
              ?this mk:partOf ?series .
              OPTIONAL { ?series schema:name ?name }
              BIND (IF(EXISTS { ?series a schema:EventSeries }, "Series", "Partnership") AS ?kind)
            } ORDER BY ?name""");
    private static final Query STATEMENTS = Sparql.parse("SELECT ?statement WHERE { ?this mk:membershipStatement ?statement } ORDER BY ?statement");
    private static final Query CONCEPTS = Sparql.parse("""
            SELECT ?kind ?concept ?notation ?label ?short WHERE {
              { ?this mk:addressesObjective ?concept BIND ("objective" AS ?kind) }
              UNION { ?this mk:crossCuttingTheme ?concept BIND ("theme" AS ?kind) }
              OPTIONAL { ?concept skos:notation ?notation }
              OPTIONAL { ?concept skos:prefLabel ?label }
              OPTIONAL { ?concept skos:altLabel ?short }
            } ORDER BY ?kind xsd:integer(?notation) ?notation""");
    private static final Query FACETS = Sparql.parse("""
            SELECT ?field ?value WHERE {
              VALUES (?p ?field) {
                (schema:keywords "Topics") (mk:geographicScope "Geographic scope") (mk:sdg "SDG goals")
                (mk:sdgTarget "SDG targets") (mk:hubTypeOfEvent "Type of event (hub)") (mk:hubEventCategory "Event category (hub)")
                (mk:hubTargetAudience "Target audience (hub)") (mk:hubWorkstreamOutput "Workstream output (hub)")
                (mk:hubRegionalReviewProcess "Regional review process (hub)") (mk:openReviewItem "Open review items")
              }
              ?this ?p ?value .
            } ORDER BY ?field ?value""");
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
    private static final Query SOURCE = Sparql.parse("""
            SELECT ?graph ?recordFile ?sha ?source ?document ?title ?retrieved ?publisher ?publisherName ?truncated ?loaded WHERE {
              ?graph a mk:RecordGraph ; foaf:primaryTopic ?this .
              OPTIONAL { ?graph mk:recordFile ?recordFile }
              OPTIONAL { ?graph mk:sha256 ?sha }
              OPTIONAL { ?graph dcterms:source ?source }
              OPTIONAL { ?graph mk:sourceDocument ?document }
              OPTIONAL { ?graph dcterms:title ?title }
              OPTIONAL { ?graph mk:retrieved ?retrieved }
              OPTIONAL { ?graph dcterms:publisher ?publisher OPTIONAL { ?publisher schema:name ?publisherName } }
              OPTIONAL { ?graph mk:truncatedSource ?truncated }
              OPTIONAL { ?graph prov:generatedAtTime ?loaded }
            } ORDER BY ?graph""");

    private EventPage() {}

    static Optional<EventView> build(Sparql sparql, Links links, String iri, String jsonLd) {
        List<Row> card = sparql.select(CARD, iri);
        if (card.isEmpty()) {
            return Optional.empty();
        }
        Row e = card.get(0);
        String name = e.text("name");
        Head head = EntityPages.head(name, iri, links, jsonLd).described("Event on " + Dates.isoDay(e.text("start")) + ": " + name);
        String kind = e.has("typeLabel") ? e.text("typeLabel") : "event";
        Heading heading = new Heading(capitalize(kind) + (e.has("statedType") ? " · " + e.text("statedType") : ""), name, iri);
        List<Link> underReview = sparql.select(UNDER_REVIEW, iri).stream().map(r -> links.to(r.iri("person"), r.text("name"))).toList();
        List<Link> mightBe = sparql.select(SAME_EVENT_UNDER_REVIEW, iri).stream()
                .map(r -> links.to(r.iri("other"), r.has("name") ? r.text("name") : r.iri("other"))).toList();
        List<String> times = sparql.select(STATED_TIMES, iri).stream().map(t -> t.text("time")).toList();
        List<Fact> facts = new ArrayList<>();
        fact(facts, "Venue as stated", e.text("venue"));
        fact(facts, "Location", e.text("location"));
        fact(facts, "Language", e.text("language"));
        List<Row> concepts = sparql.select(CONCEPTS, iri);
        Map<String, List<Row>> byKind = EntityPages.groupBy(concepts, "kind");
        return Optional.of(new EventView(head, heading, underReview, mightBe, e.text("alt"), Time.readable(e.text("start")),
                e.has("end") ? Time.readable(e.text("end")) : null, times, e.has("mode") ? attendance(e.iri("mode")) : null, facts,
                e.has("url") ? Links.web(e.text("url"), e.text("url")) : null,
                participants(sparql.select(PARTICIPANTS, iri), links), organizations(sparql.select(ORGANIZATIONS, iri), links),
                sparql.select(PART_OF, iri).stream().map(s -> new EventView.SeriesRef(s.text("kind"), links.to(s.iri("series"), s.text("name")))).toList(),
                sparql.select(STATEMENTS, iri).stream().map(s -> s.text("statement")).toList(),
                EntityPages.distinct(byKind.getOrDefault("objective", List.of()), "concept").stream()
                        .map(r -> new EventView.Objective(r.text("notation"), links.to(r.iri("concept"), r.text("label")))).toList(),
                EntityPages.distinct(byKind.getOrDefault("theme", List.of()), "concept").stream()
                        .map(r -> links.to(r.iri("concept"), r.text("label"))).toList(),
                paragraphs(e.text("description")), facets(sparql.select(FACETS, iri), links),
                related(sparql.select(RELATED, iri), links), sources(sparql.select(SOURCE, iri), links)));
    }

    private static List<EventView.Participant> participants(List<Row> rows, Links links) {
        List<EventView.Participant> out = new ArrayList<>();
        for (List<Row> one : EntityPages.groupBy(rows, "order").values()) {
            Row p = one.get(0);
            String name = p.has("name") ? p.text("name") : p.text("statedName");
            String stated = p.has("statedName") && !p.text("statedName").equals(name) ? p.text("statedName") : null;
            out.add(new EventView.Participant(p.number("order"), links.to(p.iri("person"), name), p.text("roleLabel"), stated,
                    p.text("position"), EntityPages.posts(one, links), p.text("session"), p.text("note")));
        }
        return out;
    }

    private static List<Group> organizations(List<Row> rows, Links links) {
        List<Group> out = new ArrayList<>();
        EntityPages.groupBy(rows, "relation").forEach((relation, group) -> out.add(new Group(relation, EntityPages.linkList(group, "org", "name", links))));
        return out;
    }

    private static List<Group> facets(List<Row> rows, Links links) {
        List<Group> out = new ArrayList<>();
        EntityPages.groupBy(rows, "field").forEach((field, group) -> out.add(new Group(field, group.stream()
                .map(r -> r.iri("value") != null ? links.to(r.iri("value"), r.iri("value")) : Link.text(r.text("value"))).toList())));
        return out;
    }

    private static List<EventView.Related> related(List<Row> rows, Links links) {
        List<EventView.Related> out = new ArrayList<>();
        for (List<Row> one : EntityPages.groupBy(rows, "other").values()) {
            Row r = one.get(0);
            List<EventView.Reason> reasons = new ArrayList<>();
            for (List<Row> reason : EntityPages.groupBy(one, "type").values()) {
                Row first = reason.get(0);
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

    /** Every record the event is made from: one block of provenance each (two sites' pages about one event give two). */
    private static List<EventView.Source> sources(List<Row> rows, Links links) {
        List<EventView.Source> out = new ArrayList<>();
        for (List<Row> graph : EntityPages.groupBy(rows, "graph").values()) {
            Row s = graph.get(0);
            List<Fact> facts = new ArrayList<>();
            fact(facts, "Saved copy", s.text("document"));
            fact(facts, "Retrieved", s.text("retrieved"));
            if ("true".equals(s.text("truncated"))) {
                fact(facts, "Note", "The saved copy is cut off; facts past the cut are missing.");
            }
            fact(facts, "Record file", s.text("recordFile"));
            fact(facts, "Record SHA-256", s.text("sha"));
            fact(facts, "Loaded", s.text("loaded"));
            out.add(new EventView.Source(s.has("source") ? Links.web(s.text("source"), s.has("title") ? s.text("title") : s.text("source")) : null,
                    s.has("publisher") ? links.to(s.iri("publisher"), s.text("publisherName")) : null, facts, links.to(s.iri("graph"), s.iri("graph"))));
        }
        return out;
    }

    /** Text split on blank lines into paragraphs. */
    static List<String> paragraphs(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(s.split("\\n\\s*\\n")).map(String::strip).toList();
    }

    private static void fact(List<Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(label, value));
        }
    }

    private static String attendance(String modeIri) {
        if (modeIri.endsWith("OnlineEventAttendanceMode")) {
            return "Online";
        }
        if (modeIri.endsWith("OfflineEventAttendanceMode")) {
            return "In person";
        }
        return "Online and in person";
    }

    static String humanize(String slug) {
        String s = slug.replace('-', ' ');
        return capitalize(s);
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
