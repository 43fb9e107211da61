package org.migkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.migkg.rdf.Iris;
import org.migkg.rdf.MK;
import org.migkg.rdf.SchemaOrg;

/**
 * The counts graph recounted from the store: what the counts graph must hold, computed the way loads did before they
 * kept the counts from the mapped corpus, by scanning every statement of the store's other named graphs. Tests compare
 * the stored counts graph with it.
 */
public final class StoreRecount {
    private static final Node POST_IN = org.apache.jena.vocabulary.ORG.postIn.asNode();
    private static final Node MODERATOR = NodeFactory.createURI(Iris.role("moderator"));

    private StoreRecount() {}

    /** Fails unless the store's counts graph holds exactly what recounting the rest of the store gives. */
    public static void assertCountsAreARecount(KnowledgeStore store) {
        Txn.executeRead(store.dataset(), () -> {
            Set<String> recounted = new TreeSet<>();
            compute(store.dataset(), store.iris()).forEach(t -> recounted.add(t.toString()));
            Set<String> stored = new TreeSet<>();
            store.dataset().getGraph(NodeFactory.createURI(store.iris().countsGraph())).find()
                    .forEachRemaining(t -> stored.add(t.toString()));
            assertFalse(recounted.isEmpty(), "something to count");
            assertEquals(String.join("\n", recounted), String.join("\n", stored), "the counts graph is a recount of the store");
        });
    }

    /**
     * The counts the dataset's content gives, as triples, read from every named graph. The quads are scanned as they
     * are (a statement in two graphs is seen twice, which sets of distinct events absorb), which is far cheaper than
     * the union graph's duplicate-free view.
     */
    static Set<Triple> compute(DatasetGraph dataset, Iris iris) {
        QuadScan all = new QuadScan(dataset, NodeFactory.createURI(iris.countsGraph()));
        Set<Node> events = subjects(all, RDF.type.asNode(), SchemaOrg.Event.asNode());
        Map<Node, Node> eventOf = new HashMap<>();
        objects(all, MK.event.asNode(), (participation, event) -> {
            if (events.contains(event)) {
                eventOf.put(participation, event);
            }
        });

        Map<Node, Set<Node>> personEvents = new HashMap<>();
        Map<Node, Set<Node>> moderated = new HashMap<>();
        Map<Node, List<Node>> participants = new HashMap<>();
        objects(all, MK.participant.asNode(), (participation, person) -> {
            Node event = eventOf.get(participation);
            if (event != null) {
                personEvents.computeIfAbsent(person, k -> new HashSet<>()).add(event);
                participants.computeIfAbsent(participation, k -> new ArrayList<>(1)).add(person);
            }
        });
        objects(all, MK.role.asNode(), (participation, role) -> {
            if (role.equals(MODERATOR) && participants.containsKey(participation)) {
                for (Node person : participants.get(participation)) {
                    moderated.computeIfAbsent(person, k -> new HashSet<>()).add(eventOf.get(participation));
                }
            }
        });

        Map<Node, Set<Node>> organized = eventsOf(all, SchemaOrg.organizer.asNode(), events);
        Map<Node, Set<Node>> partnered = eventsOf(all, MK.partner.asNode(), events);
        Map<Node, Set<Node>> funded = eventsOf(all, SchemaOrg.funder.asNode(), events);
        Map<Node, List<Node>> orgsOfPost = new HashMap<>();
        objects(all, POST_IN, (post, org) -> orgsOfPost.computeIfAbsent(post, k -> new ArrayList<>(1)).add(org));
        Map<Node, Set<Node>> staffed = new HashMap<>();
        Map<Node, Set<Node>> holders = new HashMap<>();
        Map<List<Node>, Set<Node>> personInOrg = new HashMap<>();
        objects(all, MK.heldPost.asNode(), (participation, post) -> {
            Node event = eventOf.get(participation);
            if (event == null) {
                return;
            }
            for (Node org : orgsOfPost.getOrDefault(post, List.of())) {
                staffed.computeIfAbsent(org, k -> new HashSet<>()).add(event);
                holders.computeIfAbsent(org, k -> new HashSet<>()).addAll(participants.getOrDefault(participation, List.of()));
                for (Node person : participants.getOrDefault(participation, List.of())) {
                    personInOrg.computeIfAbsent(List.of(person, org), k -> new HashSet<>()).add(event);
                }
            }
        });

        Map<Node, Set<Node>> objectiveEvents = eventsOf(all, MK.addressesObjective.asNode(), events);
        Map<Node, Integer> yearOf = new HashMap<>();
        objects(all, SchemaOrg.startDate.asNode(), (event, start) -> {
            String lexical = start.isLiteral() ? start.getLiteralLexicalForm() : "";
            if (events.contains(event) && lexical.length() >= 4 && lexical.substring(0, 4).chars().allMatch(Character::isDigit)) {
                yearOf.merge(event, Integer.parseInt(lexical.substring(0, 4)), Math::min);
            }
        });

        Map<Node, Set<Node>> shared = new HashMap<>();
        Set<Node> pairs = subjects(all, RDF.type.asNode(), MK.CoSpeaking.asNode());
        objects(all, MK.sharedEvent.asNode(), (pair, event) -> {
            if (pairs.contains(pair) && events.contains(event)) {
                shared.computeIfAbsent(pair, k -> new HashSet<>()).add(event);
            }
        });

        Set<Triple> counts = new HashSet<>();
        shared.forEach((pair, es) -> counts.add(count(pair, MK.eventCount.asNode(), es.size())));
        personEvents.forEach((person, es) -> counts.add(count(person, MK.eventCount.asNode(), es.size())));
        moderated.forEach((person, es) -> counts.add(count(person, MK.moderatedEventCount.asNode(), es.size())));

        Set<Node> orgs = new HashSet<>();
        List.of(organized, partnered, funded, staffed).forEach(m -> orgs.addAll(m.keySet()));
        for (Node org : orgs) {
            Set<Node> any = new HashSet<>();
            List.of(organized, partnered, funded, staffed).forEach(m -> any.addAll(m.getOrDefault(org, Set.of())));
            counts.add(count(org, MK.eventCount.asNode(), any.size()));
            counts.add(count(org, MK.organizedEventCount.asNode(), organized.getOrDefault(org, Set.of()).size()));
            counts.add(count(org, MK.partneredEventCount.asNode(), partnered.getOrDefault(org, Set.of()).size()));
            counts.add(count(org, MK.fundedEventCount.asNode(), funded.getOrDefault(org, Set.of()).size()));
            counts.add(count(org, MK.postEventCount.asNode(), staffed.getOrDefault(org, Set.of()).size()));
            counts.add(count(org, MK.postHolderCount.asNode(), holders.getOrDefault(org, Set.of()).size()));
        }
        personInOrg.forEach((pair, es) -> {
            Node person = pair.get(0);
            Node org = pair.get(1);
            if (person.isURI() && org.isURI()) {
                iris.personOrganizationCount(person.getURI(), org.getURI()).map(NodeFactory::createURI).ifPresent(node -> {
                    counts.add(Triple.create(node, RDF.type.asNode(), MK.PersonOrganizationCount.asNode()));
                    counts.add(Triple.create(node, MK.countedPerson.asNode(), person));
                    counts.add(Triple.create(node, MK.countedOrganization.asNode(), org));
                    counts.add(count(node, MK.eventCount.asNode(), es.size()));
                });
            }
        });

        Map<Integer, Integer> perYear = new HashMap<>();
        yearOf.values().forEach(y -> perYear.merge(y, 1, Integer::sum));
        perYear.forEach((year, n) -> {
            Node node = NodeFactory.createURI(iris.yearCount(year));
            counts.add(Triple.create(node, RDF.type.asNode(), MK.YearCount.asNode()));
            counts.add(count(node, MK.year.asNode(), year));
            counts.add(count(node, MK.eventCount.asNode(), n));
        });
        objectiveEvents.forEach((objective, es) -> {
            counts.add(count(objective, MK.eventCount.asNode(), es.size()));
            if (!objective.isURI() || !objective.getURI().startsWith(MK.GCM_OBJECTIVE)) {
                return;
            }
            String number = objective.getURI().substring(MK.GCM_OBJECTIVE.length());
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
                Node node = NodeFactory.createURI(iris.objectiveYearCount(year, Integer.parseInt(number)));
                counts.add(Triple.create(node, RDF.type.asNode(), MK.ObjectiveYearCount.asNode()));
                counts.add(count(node, MK.year.asNode(), year));
                counts.add(Triple.create(node, MK.countedObjective.asNode(), objective));
                counts.add(count(node, MK.eventCount.asNode(), n));
            });
        });
        return counts;
    }

    /** For each object of {@code property} on an event (organizer, partner, funder, objective), the events stating it. */
    private static Map<Node, Set<Node>> eventsOf(QuadScan all, Node property, Set<Node> events) {
        Map<Node, Set<Node>> byObject = new HashMap<>();
        objects(all, property, (event, object) -> {
            if (events.contains(event)) {
                byObject.computeIfAbsent(object, k -> new HashSet<>()).add(event);
            }
        });
        return byObject;
    }

    private static Set<Node> subjects(QuadScan all, Node property, Node object) {
        Set<Node> subjects = new HashSet<>();
        all.find(property, object, (s, o) -> subjects.add(s));
        return subjects;
    }

    private static void objects(QuadScan all, Node property, BiConsumer<Node, Node> each) {
        all.find(property, Node.ANY, each);
    }

    /** Statements with a given predicate in every named graph but the counts graph itself. */
    private record QuadScan(DatasetGraph dataset, Node countsGraph) {
        void find(Node property, Node object, BiConsumer<Node, Node> each) {
            dataset.find(Node.ANY, Node.ANY, property, object).forEachRemaining(q -> {
                if (!q.getGraph().equals(countsGraph)) {
                    each.accept(q.getSubject(), q.getObject());
                }
            });
        }
    }

    private static Triple count(Node subject, Node property, int n) {
        return Triple.create(subject, property, NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger));
    }

}
