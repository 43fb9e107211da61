package org.migkg.serve.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.migkg.serve.html.EventView.Fact;
import org.migkg.serve.html.EventView.Group;
import java.util.Optional;
import org.apache.jena.query.Query;

/**
 * An event's card: date and stated times, facts, organizations, series, objectives and facets; the participants
 * ({@link EventParticipants}), related events ({@link RelatedEvents}) and sources ({@link EventSources}) come from their own builders.
 */
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
    private EventPage() {}

    static Optional<EventView> build(Sparql sparql, Links links, String iri, String jsonLd) {
        List<Solution> card = sparql.select(CARD, iri);
        if (card.isEmpty()) {
            return Optional.empty();
        }
        Solution e = card.get(0);
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
        List<Solution> concepts = sparql.select(CONCEPTS, iri);
        Map<String, List<Solution>> byKind = EntityPages.groupBy(concepts, "kind");
        return Optional.of(new EventView(head, heading, underReview, mightBe, e.text("alt"), Time.readable(e.text("start")),
                e.has("end") ? Time.readable(e.text("end")) : null, times, e.has("mode") ? attendance(e.iri("mode")) : null, facts,
                e.has("url") ? Links.web(e.text("url"), e.text("url")) : null,
                EventParticipants.of(sparql, links, iri), organizations(sparql.select(ORGANIZATIONS, iri), links),
                sparql.select(PART_OF, iri).stream().map(s -> new EventView.SeriesRef(s.text("kind"), links.to(s.iri("series"), s.text("name")))).toList(),
                sparql.select(STATEMENTS, iri).stream().map(s -> s.text("statement")).toList(),
                EntityPages.distinct(byKind.getOrDefault("objective", List.of()), "concept").stream()
                        .map(r -> new EventView.Objective(r.text("notation"), links.to(r.iri("concept"), r.text("label")))).toList(),
                EntityPages.distinct(byKind.getOrDefault("theme", List.of()), "concept").stream()
                        .map(r -> links.to(r.iri("concept"), r.text("label"))).toList(),
                EntityPages.paragraphs(e.text("description")), facets(sparql.select(FACETS, iri), links),
                RelatedEvents.of(sparql, links, iri), EventSources.of(sparql, links, iri)));
    }

    private static List<Group> organizations(List<Solution> rows, Links links) {
        List<Group> out = new ArrayList<>();
        EntityPages.groupBy(rows, "relation").forEach((relation, group) -> out.add(new Group(relation, EntityPages.linkList(group, "org", "name", links))));
        return out;
    }

    private static List<Group> facets(List<Solution> rows, Links links) {
        List<Group> out = new ArrayList<>();
        EntityPages.groupBy(rows, "field").forEach((field, group) -> out.add(new Group(field, group.stream()
                .map(r -> r.iri("value") != null ? links.to(r.iri("value"), r.iri("value")) : Link.text(r.text("value"))).toList())));
        return out;
    }

    static void fact(List<Fact> facts, String label, String value) {
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

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
