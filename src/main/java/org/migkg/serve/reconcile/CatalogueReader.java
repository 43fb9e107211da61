package org.migkg.serve.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.migkg.rdf.Prefixes;
import org.migkg.store.StoreReader;
import org.migkg.text.Countries;

/** Reads the catalogue from the store in one read transaction, with the same SPARQL a client could send. */
final class CatalogueReader {
    private final StoreReader store;
    private final String idSpace;

    private CatalogueReader(StoreReader store) {
        this.store = store;
        this.idSpace = store.iris().base() + "id/";
    }

    static Catalogue read(StoreReader store) {
        CatalogueReader reader = new CatalogueReader(store);
        return store.read(reader::catalogue);
    }

    private record Post(String title, String organization, String country) {}

    private Catalogue catalogue() {
        Map<String, String> parents = new LinkedHashMap<>();
        values("?s schema:parentOrganization ?v").forEach((s, v) -> parents.put(s, v.get(0)));
        Map<String, List<String>> orgNames = names("schema:Organization", "");
        Map<String, List<String>> orgCountries = values("?s a schema:Organization ; mk:country ?v");
        List<Entry> entries = new ArrayList<>();
        orgNames.forEach((iri, names) -> entry(ReconType.ORGANIZATION, iri, names, Set.of(iri), countries(orgCountries.get(iri)),
                List.of(), organizationFacts(iri, names, orgCountries, parents, orgNames)).ifPresent(entries::add));
        entries.addAll(people(orgNames, orgCountries));
        entries.addAll(events(orgNames));
        return new Catalogue(idSpace, entries, parents);
    }

    private List<Entry> people(Map<String, List<String>> orgNames, Map<String, List<String>> orgCountries) {
        Map<String, List<String>> memberships = values("?s a schema:Person . { ?s org:memberOf ?v } UNION { ?s org:holds/org:postIn ?v }");
        Map<String, List<Post>> posts = posts();
        Map<String, List<DateSpan>> runs = runs("?e schema:performer ?s");
        List<Entry> out = new ArrayList<>();
        names("schema:Person", "").forEach((iri, names) -> {
            List<String> organizations = memberships.getOrDefault(iri, List.of());
            List<Post> held = posts.getOrDefault(iri, List.of());
            Set<String> countries = new LinkedHashSet<>();
            held.stream().map(Post::country).filter(c -> c != null).forEach(c -> countries.add(Evidence.countryKey(c)));
            organizations.forEach(o -> countries.addAll(countries(orgCountries.get(o))));
            List<DateSpan> dates = runs.getOrDefault(iri, List.of());
            entry(ReconType.PERSON, iri, names, new LinkedHashSet<>(organizations), countries, dates,
                    personFacts(held, organizations, dates, orgNames)).ifPresent(out::add);
        });
        return out;
    }

    private List<Entry> events(Map<String, List<String>> orgNames) {
        Map<String, List<DateSpan>> runs = runs("?s a schema:Event . BIND(?s AS ?e)");
        Map<String, List<String>> locations = values("?s a schema:Event ; schema:location ?v");
        Map<String, List<String>> organizers = values("?s a schema:Event ; schema:organizer|mk:partner|schema:funder ?v");
        List<Entry> out = new ArrayList<>();
        names("schema:Event", "FILTER NOT EXISTS { ?s a schema:EventSeries }").forEach((iri, names) -> {
            List<String> location = locations.getOrDefault(iri, List.of());
            List<String> orgs = organizers.getOrDefault(iri, List.of());
            List<DateSpan> dates = runs.getOrDefault(iri, List.of());
            List<String> facts = new ArrayList<>();
            dates.forEach(d -> facts.add(d.toString()));
            facts.addAll(location);
            orgs.stream().limit(2).forEach(o -> facts.add(shortName(orgNames.get(o), o)));
            entry(ReconType.EVENT, iri, names, new LinkedHashSet<>(orgs), locatedIn(location), dates, facts).ifPresent(out::add);
        });
        return out;
    }

    /** The countries a location names, whole or in one of its comma-separated parts ("Agadir, Morocco"). */
    private static Set<String> locatedIn(List<String> locations) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : locations) {
            List<String> parts = new ArrayList<>(List.of(l.split(",")));
            parts.add(l);
            parts.forEach(part -> Countries.named(part.strip()).ifPresent(c -> out.add(Evidence.countryKey(c))));
        }
        return out;
    }

    private Optional<Entry> entry(ReconType type, String iri, List<String> names, Set<String> organizations,
                                  Set<String> countries, List<DateSpan> dates, List<String> facts) {
        if (!iri.startsWith(idSpace + type.idPrefix) || names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Entry(type, iri.substring(idSpace.length()), iri, List.copyOf(names), Set.copyOf(organizations),
                Set.copyOf(countries), List.copyOf(dates), List.copyOf(facts)));
    }

    /** Each entity's schema:name first (the least, if several), then its other names. */
    private Map<String, List<String>> names(String type, String filter) {
        Map<String, List<String>> preferred = values("?s a " + type + " ; schema:name ?v " + filter);
        Map<String, List<String>> other = values("?s a " + type + " ; schema:alternateName ?v " + filter);
        Map<String, List<String>> out = new TreeMap<>();
        preferred.forEach((iri, names) -> {
            Set<String> all = new LinkedHashSet<>(names);
            all.addAll(other.getOrDefault(iri, List.of()));
            out.put(iri, List.copyOf(all));
        });
        return out;
    }

    /** The runs (start through end) of the events {@code pattern} binds to {@code ?e}, by {@code ?s}. */
    private Map<String, List<DateSpan>> runs(String pattern) {
        Map<String, List<DateSpan>> out = new TreeMap<>();
        for (QuerySolution row : select("SELECT DISTINCT ?s ?e ?start ?end WHERE { " + pattern + " . ?e a schema:Event ; schema:startDate ?start "
                + "OPTIONAL { ?e schema:endDate ?end } } ORDER BY ?s ?start ?e")) {
            Optional<DateSpan> start = DateSpan.stored(lexical(row.get("start")));
            if (start.isEmpty()) {
                continue;
            }
            DateSpan run = row.contains("end") ? DateSpan.stored(lexical(row.get("end"))).map(start.get()::through).orElse(start.get()) : start.get();
            out.computeIfAbsent(row.getResource("s").getURI(), k -> new ArrayList<>()).add(run);
        }
        return out;
    }

    private Map<String, List<Post>> posts() {
        Map<String, List<Post>> out = new TreeMap<>();
        for (QuerySolution row : select("SELECT DISTINCT ?s ?title ?org ?country WHERE { ?s a schema:Person ; org:holds ?post . "
                + "?post rdfs:label ?title . OPTIONAL { ?post org:postIn ?org } OPTIONAL { ?post mk:country ?country } } ORDER BY ?s ?title ?org")) {
            out.computeIfAbsent(row.getResource("s").getURI(), k -> new ArrayList<>()).add(new Post(lexical(row.get("title")),
                    row.contains("org") ? row.getResource("org").getURI() : null, row.contains("country") ? lexical(row.get("country")) : null));
        }
        return out;
    }

    /** {@code SELECT ?s ?v WHERE { pattern }}: each subject IRI's distinct values (IRIs or lexical forms), in order. */
    private Map<String, List<String>> values(String pattern) {
        Map<String, Set<String>> sets = new TreeMap<>();
        for (QuerySolution row : select("SELECT DISTINCT ?s ?v WHERE { " + pattern + " } ORDER BY ?s ?v")) {
            RDFNode s = row.get("s");
            if (s.isURIResource()) {
                sets.computeIfAbsent(s.asResource().getURI(), k -> new LinkedHashSet<>()).add(lexical(row.get("v")));
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        sets.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    private List<QuerySolution> select(String query) {
        try (QueryExecution qe = store.query(QueryFactory.create(Prefixes.sparql() + query)).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static String lexical(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static Set<String> countries(List<String> written) {
        Set<String> out = new LinkedHashSet<>();
        if (written != null) {
            written.forEach(c -> out.add(Evidence.countryKey(c)));
        }
        return out;
    }

    /** The shortest of an organization's names, usually its acronym. */
    private static String shortName(List<String> names, String iri) {
        return names == null ? iri : names.stream().min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse(iri);
    }

    private static List<String> organizationFacts(String iri, List<String> names, Map<String, List<String>> countries,
                                                  Map<String, String> parents, Map<String, List<String>> orgNames) {
        List<String> facts = new ArrayList<>();
        if (names.size() > 1) {
            facts.add(String.join(", ", names.subList(1, Math.min(names.size(), 4))));
        }
        facts.addAll(countries.getOrDefault(iri, List.of()));
        String parent = parents.get(iri);
        if (parent != null && orgNames.containsKey(parent)) {
            facts.add("part of " + orgNames.get(parent).get(0));
        }
        return facts;
    }

    /** Posts at organizations first, then the events spoken at, then the rest. */
    private static List<String> personFacts(List<Post> posts, List<String> organizations, List<DateSpan> dates,
                                            Map<String, List<String>> orgNames) {
        List<String> facts = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        posts.stream().sorted(Comparator.comparing((Post p) -> p.organization() == null)).forEach(p -> {
            facts.add(p.organization() == null ? p.title() : p.title() + ", " + shortName(orgNames.get(p.organization()), p.organization()));
            shown.add(p.organization());
        });
        organizations.stream().filter(o -> !shown.contains(o)).forEach(o -> facts.add(shortName(orgNames.get(o), o)));
        if (!dates.isEmpty()) {
            int first = dates.stream().mapToInt(d -> d.from().getYear()).min().orElseThrow();
            int last = dates.stream().mapToInt(d -> d.from().getYear()).max().orElseThrow();
            String events = dates.size() + (dates.size() == 1 ? " event, " : " events, ") + (first == last ? first : first + "–" + last);
            facts.add(Math.min(2, facts.size()), events);
        }
        return facts;
    }
}
