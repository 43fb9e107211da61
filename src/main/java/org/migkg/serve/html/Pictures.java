package org.migkg.serve.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Query;
import org.migkg.rdf.Iris;
import org.migkg.serve.HtmlEscape;

/**
 * The pictures: a co-speaker network (Cytoscape.js) and events over time (Chart.js). The page carries each picture's
 * data as a JSON element; {@code /static/pictures.js} draws it. A table or list on the same page says the same in text.
 */
final class Pictures {
    /** Most people a network shows, so a busy organization still gives a readable picture. */
    static final int MAX_NODES = 60;

    /** The person's pairs with the events each shared: one index and one count a pair, before any name is read. */
    private static final Query PAIR_COUNTS = Sparql.parse("""
            SELECT ?pair ?shared WHERE { ?pair mk:coSpeakerPerson ?this ; mk:eventCount ?shared }""");
    /** The given pairs' other people, ranked by shared events, then name. */
    private static final String CO_SPEAKERS = """
            SELECT ?other ?name ?shared WHERE {
              %s
              ?pair mk:coSpeakerPerson ?other ; mk:eventCount ?shared .
              FILTER (?other != ?this)
              OPTIONAL { ?other schema:name ?name }
            } ORDER BY DESC(?shared) ?name ?other LIMIT %d""";
    /** How many co-speakers: one pair per co-speaker, so the pairs naming the person, counted from one index. */
    private static final Query CO_SPEAKER_COUNT = Sparql.parse("""
            SELECT (COUNT(?pair) AS ?n) WHERE { ?pair mk:coSpeakerPerson ?this }""");
    /** Each centre person's co-speakers, ranked as {@link #CO_SPEAKERS} ranks them, the centre's order kept by ?i. */
    private static final String CENTRE_CO_SPEAKERS = """
            SELECT ?i ?this ?other ?name ?shared WHERE {
              %s
              ?pair mk:coSpeakerPerson ?this ; a mk:CoSpeaking ; mk:coSpeakerPerson ?other ; mk:eventCount ?shared .
              FILTER (?other != ?this)
              OPTIONAL { ?other schema:name ?name }
            } ORDER BY ?i DESC(?shared) ?name ?other""";
    private static final String NAMES = """
            SELECT ?this (MIN(?name) AS ?label) WHERE { %s OPTIONAL { ?this schema:name ?name } } GROUP BY ?this""";
    /**
     * Which of the possible pairs among the shown people (?a, ?b, ?pair, each pair's IRI made from the two people's)
     * did co-speak, with how many events each shared. Looking the pairs up costs the same for busy people as for
     * others; following each shown person's pairs read all of a busy co-speaker's thousands.
     */
    private static final String EDGES = """
            SELECT ?a ?b ?shared WHERE {
              %s
              ?pair a mk:CoSpeaking ; mk:eventCount ?shared .
            } ORDER BY ?a ?b""";

    private Pictures() {}

    /**
     * The person's top co-speakers, by shared events, then name. Only the pairs that can be among them are named: those
     * sharing at least as many events as the top-th pair (ties included, so the order by name stays exact). A busy
     * person has tens of thousands of pairs; reading every other person's name to keep a few took most of the page.
     */
    static List<Solution> coSpeakers(Sparql sparql, String person, int top) {
        List<Solution> pairs = sparql.select(PAIR_COUNTS, person);
        if (pairs.isEmpty()) {
            return List.of();
        }
        long[] shared = pairs.stream().mapToLong(r -> r.number("shared")).sorted().toArray();
        long least = shared[Math.max(0, shared.length - top)];
        List<String> candidates = pairs.stream().filter(r -> r.number("shared") >= least).map(r -> r.iri("pair")).toList();
        return sparql.select(Sparql.parse(CO_SPEAKERS.formatted(Sparql.values("pair", candidates), top)), person);
    }

    static long coSpeakerCount(Sparql sparql, String person) {
        return sparql.count(CO_SPEAKER_COUNT, person);
    }

    /**
     * The network around {@code centre} people: them, their co-speakers, and who spoke with whom among all of these.
     * Three queries however many people it shows.
     */
    static ObjectNode network(Sparql sparql, Links links, List<String> centre) {
        List<String> shown = centre.subList(0, Math.min(centre.size(), MAX_NODES));
        List<Solution> around = shown.size() < MAX_NODES
                ? sparql.select(Sparql.parse(CENTRE_CO_SPEAKERS.formatted(Sparql.indexedValues("i", "this", shown))))
                : List.of();
        return network(sparql, links, centre, around);
    }

    /** The same, given the centre's co-speakers (?other, ?name) in the order they join the picture. */
    static ObjectNode network(Sparql sparql, Links links, List<String> centre, List<Solution> coSpeakers) {
        Map<String, String> nodes = new LinkedHashMap<>();
        List<String> shown = centre.subList(0, Math.min(centre.size(), MAX_NODES));
        Map<String, String> centreNames = new HashMap<>();
        for (Solution r : sparql.select(Sparql.parse(NAMES.formatted(Sparql.values("this", shown))))) {
            centreNames.put(r.iri("this"), r.text("label"));
        }
        shown.forEach(person -> nodes.put(person, centreNames.getOrDefault(person, person)));
        for (Solution r : coSpeakers) {
            if (nodes.size() < MAX_NODES) {
                nodes.putIfAbsent(r.iri("other"), r.text("name"));
            }
        }
        ObjectNode json = SchemaJson.JSON.createObjectNode();
        ArrayNode nodeArray = json.putArray("nodes");
        nodes.forEach((iri, name) -> nodeArray.addObject().put("id", iri).put("label", name == null ? iri : name)
                .put("href", links.href(iri)).put("centre", centre.contains(iri)));
        ArrayNode edges = json.putArray("edges");
        for (Solution r : sparql.select(Sparql.parse(EDGES.formatted(pairValues(sparql.store().iris(), nodes.keySet()))))) {
            edges.addObject().put("source", r.iri("a")).put("target", r.iri("b")).put("weight", r.number("shared"));
        }
        return json;
    }

    /** A VALUES block of every pair of the people (?a before ?b as their IRIs sort) with the pair's IRI. */
    private static String pairValues(Iris iris, java.util.Collection<String> people) {
        List<String> sorted = people.stream().sorted().toList();
        StringBuilder b = new StringBuilder("VALUES (?a ?b ?pair) {");
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                String a = sorted.get(i);
                String bIri = sorted.get(j);
                iris.coSpeakingOfPeople(a, bIri).ifPresent(pair -> b.append(" (").append(Sparql.term(a)).append(' ')
                        .append(Sparql.term(bIri)).append(' ').append(Sparql.term(pair)).append(')'));
            }
        }
        return b.append(" }").toString();
    }

    static Figure networkFigure(String id, String caption, ObjectNode data) {
        return new Figure(false, id, caption, HtmlEscape.scriptJson(SchemaJson.write(data)),
                List.of(Webjars.CYTOSCAPE, Layout.PICTURES_SCRIPT), null);
    }

    /** Events per year, one series per label: rows with ?year, ?series and ?count. */
    static ObjectNode eventsOverTime(List<Solution> rows) {
        SortedMap<String, Map<String, Long>> bySeries = new TreeMap<>(Pictures::bySeriesOrder);
        TreeSet<String> years = new TreeSet<>();
        for (Solution r : rows) {
            years.add(r.text("year"));
            bySeries.computeIfAbsent(r.text("series"), k -> new LinkedHashMap<>()).merge(r.text("year"), r.number("count"), Long::sum);
        }
        ObjectNode json = SchemaJson.JSON.createObjectNode();
        ArrayNode labels = json.putArray("labels");
        years.forEach(labels::add);
        ArrayNode datasets = json.putArray("datasets");
        bySeries.forEach((series, counts) -> {
            ObjectNode d = datasets.addObject().put("label", series);
            ArrayNode data = d.putArray("data");
            years.forEach(y -> data.add(counts.getOrDefault(y, 0L)));
        });
        return json;
    }

    /** "2 – Minimize ..." before "10 – ...": series labels that start with a number sort by it. */
    private static int bySeriesOrder(String a, String b) {
        int na = leadingNumber(a);
        int nb = leadingNumber(b);
        return na != nb ? Integer.compare(na, nb) : a.compareTo(b);
    }

    private static int leadingNumber(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i == 0 ? Integer.MAX_VALUE : Integer.parseInt(s.substring(0, Math.min(i, 9)));
    }

    static Figure chartFigure(String id, String caption, ObjectNode data) {
        return new Figure(true, id, caption, HtmlEscape.scriptJson(SchemaJson.write(data)),
                List.of(Webjars.CHART, Layout.PICTURES_SCRIPT), table(data));
    }

    private static Figure.Table table(ObjectNode data) {
        List<String> years = new ArrayList<>();
        data.get("labels").forEach(y -> years.add(y.asText()));
        List<Figure.Series> rows = new ArrayList<>();
        data.get("datasets").forEach(d -> {
            List<Long> counts = new ArrayList<>();
            d.get("data").forEach(n -> counts.add(n.asLong()));
            rows.add(new Figure.Series(d.get("label").asText(), counts));
        });
        return new Figure.Table(years, rows);
    }
}
