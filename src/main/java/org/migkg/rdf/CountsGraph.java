package org.migkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The counts graph ({@link Iris#countsGraph()}): the numbers analysts sort by, kept as triples so that the library's
 * ranked queries read them instead of aggregating the corpus on every run.
 * <ul>
 *   <li>a person's {@code mk:eventCount} (events taken part in) and {@code mk:moderatedEventCount};</li>
 *   <li>an organization's {@code mk:eventCount} (events it was at in any way) with how: organizer, partner, funder,
 *       through its people's posts, and how many distinct people held those posts;</li>
 *   <li>per person and organization they held a post in, an {@code mk:PersonOrganizationCount}: the events at which
 *       they did;</li>
 *   <li>a co-speaking pair's {@code mk:eventCount}: the events the two shared;</li>
 *   <li>a GCM objective's {@code mk:eventCount}, and per calendar year an {@code mk:YearCount} and, for each objective
 *       addressed that year, an {@code mk:ObjectiveYearCount}.</li>
 * </ul>
 * Every count is of distinct events. {@link CorpusCounts} states to it, for the whole corpus, the facts the
 * record graphs and the links graph state (which event a participation is of, who took part, the role, the
 * organizations of the posts held, ...): counting them in memory is cheap, and a load writes only the counts that
 * changed, like any shared graph.
 */
public final class CountsGraph {
    private static final String MODERATOR = Iris.role("moderator");

    private final Iris iris;
    private final Set<String> events = new HashSet<>();
    private final Map<String, String> eventOf = new HashMap<>();
    private final Map<String, Set<String>> participants = new HashMap<>();
    private final Set<String> moderations = new HashSet<>();
    private final Map<String, Set<String>> postOrganizations = new HashMap<>();
    private final Map<String, Set<String>> organized = new HashMap<>();
    private final Map<String, Set<String>> partnered = new HashMap<>();
    private final Map<String, Set<String>> funded = new HashMap<>();
    private final Map<String, Set<String>> addressed = new HashMap<>();
    private final Map<String, Integer> yearOf = new HashMap<>();
    private final Map<String, List<String>> shared = new HashMap<>();

    CountsGraph(Iris iris) {
        this.iris = iris;
    }

    /** An event (a {@code schema:Event}). */
    void event(String event) {
        events.add(event);
    }

    /** The event's {@code schema:startDate}, as its lexical form: the year is its first four digits. */
    void start(String event, String lexical) {
        if (lexical.length() >= 4 && lexical.substring(0, 4).chars().allMatch(Character::isDigit)) {
            yearOf.merge(event, Integer.parseInt(lexical.substring(0, 4)), Math::min);
        }
    }

    void organizer(String event, String organization) {
        organized.computeIfAbsent(organization, k -> new HashSet<>()).add(event);
    }

    void partner(String event, String organization) {
        partnered.computeIfAbsent(organization, k -> new HashSet<>()).add(event);
    }

    void funder(String event, String organization) {
        funded.computeIfAbsent(organization, k -> new HashSet<>()).add(event);
    }

    void objective(String event, String objective) {
        addressed.computeIfAbsent(objective, k -> new HashSet<>()).add(event);
    }

    /** A participation's {@code mk:event} and {@code mk:participant}, and its {@code mk:role} where it states one. */
    void participation(String participation, String event, String person, String roleOrNull) {
        eventOf.put(participation, event);
        participants.computeIfAbsent(participation, k -> new HashSet<>(2)).add(person);
        if (MODERATOR.equals(roleOrNull)) {
            moderations.add(participation);
        }
    }

    /** A post the participation held ({@code mk:heldPost}) in an organization ({@code org:postIn}). */
    void post(String participation, String organization) {
        postOrganizations.computeIfAbsent(participation, k -> new HashSet<>(2)).add(organization);
    }

    /** A co-speaking pair ({@code mk:CoSpeaking}) and the events it names ({@code mk:sharedEvent}). */
    void coSpeaking(String pair, List<String> sharedEvents) {
        shared.computeIfAbsent(pair, k -> new ArrayList<>()).addAll(sharedEvents);
    }

    Graph graph() {
        Map<String, Set<String>> personEvents = new HashMap<>();
        Map<String, Set<String>> moderated = new HashMap<>();
        Map<String, Set<String>> staffed = new HashMap<>();
        Map<String, Set<String>> holders = new HashMap<>();
        Map<String, Map<String, Set<String>>> postsOfPerson = new HashMap<>();
        eventOf.forEach((participation, event) -> {
            if (!events.contains(event)) {
                return;
            }
            Set<String> people = participants.get(participation);
            for (String person : people) {
                personEvents.computeIfAbsent(person, k -> new HashSet<>()).add(event);
                if (moderations.contains(participation)) {
                    moderated.computeIfAbsent(person, k -> new HashSet<>()).add(event);
                }
            }
            for (String org : postOrganizations.getOrDefault(participation, Set.of())) {
                staffed.computeIfAbsent(org, k -> new HashSet<>()).add(event);
                holders.computeIfAbsent(org, k -> new HashSet<>()).addAll(people);
                for (String person : people) {
                    postsOfPerson.computeIfAbsent(person, k -> new HashMap<>()).computeIfAbsent(org, k -> new HashSet<>()).add(event);
                }
            }
        });

        Graph counts = GraphFactory.createDefaultGraph();
        shared.forEach((pair, es) -> {
            long n = es.stream().filter(events::contains).distinct().count();
            if (n > 0) {
                counts.add(count(pair, MK.eventCount.asNode(), n));
            }
        });
        personEvents.forEach((person, es) -> counts.add(count(person, MK.eventCount.asNode(), es.size())));
        moderated.forEach((person, es) -> counts.add(count(person, MK.moderatedEventCount.asNode(), es.size())));

        Set<String> orgs = new HashSet<>();
        List<Map<String, Set<String>>> ways = List.of(organized, partnered, funded, staffed);
        ways.forEach(m -> orgs.addAll(m.keySet()));
        for (String org : orgs) {
            Set<String> any = new HashSet<>();
            ways.forEach(m -> any.addAll(m.getOrDefault(org, Set.of())));
            counts.add(count(org, MK.eventCount.asNode(), any.size()));
            counts.add(count(org, MK.organizedEventCount.asNode(), organized.getOrDefault(org, Set.of()).size()));
            counts.add(count(org, MK.partneredEventCount.asNode(), partnered.getOrDefault(org, Set.of()).size()));
            counts.add(count(org, MK.fundedEventCount.asNode(), funded.getOrDefault(org, Set.of()).size()));
            counts.add(count(org, MK.postEventCount.asNode(), staffed.getOrDefault(org, Set.of()).size()));
            counts.add(count(org, MK.postHolderCount.asNode(), holders.getOrDefault(org, Set.of()).size()));
        }
        postsOfPerson.forEach((person, byOrg) -> byOrg.forEach((org, es) ->
                iris.personOrganizationCount(person, org).ifPresent(node -> {
                    counts.add(Triple.create(uri(node), RDF.type.asNode(), MK.PersonOrganizationCount.asNode()));
                    counts.add(Triple.create(uri(node), MK.countedPerson.asNode(), uri(person)));
                    counts.add(Triple.create(uri(node), MK.countedOrganization.asNode(), uri(org)));
                    counts.add(count(node, MK.eventCount.asNode(), es.size()));
                })));

        Map<Integer, Integer> perYear = new HashMap<>();
        yearOf.values().forEach(y -> perYear.merge(y, 1, Integer::sum));
        perYear.forEach((year, n) -> {
            String node = iris.yearCount(year);
            counts.add(Triple.create(uri(node), RDF.type.asNode(), MK.YearCount.asNode()));
            counts.add(count(node, MK.year.asNode(), year));
            counts.add(count(node, MK.eventCount.asNode(), n));
        });
        addressed.forEach((objective, es) -> {
            counts.add(count(objective, MK.eventCount.asNode(), es.size()));
            String number = objective.startsWith(MK.GCM_OBJECTIVE) ? objective.substring(MK.GCM_OBJECTIVE.length()) : "";
            if (!number.matches("\\d{1,3}")) {
                return;
            }
            Map<Integer, Integer> byYear = new HashMap<>();
            es.forEach(e -> {
                Integer year = yearOf.get(e);
                if (year != null) {
                    byYear.merge(year, 1, Integer::sum);
                }
            });
            byYear.forEach((year, n) -> {
                String node = iris.objectiveYearCount(year, Integer.parseInt(number));
                counts.add(Triple.create(uri(node), RDF.type.asNode(), MK.ObjectiveYearCount.asNode()));
                counts.add(count(node, MK.year.asNode(), year));
                counts.add(Triple.create(uri(node), MK.countedObjective.asNode(), uri(objective)));
                counts.add(count(node, MK.eventCount.asNode(), n));
            });
        });
        return counts;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Triple count(String subject, Node property, long n) {
        return Triple.create(uri(subject), property, NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger));
    }
}
