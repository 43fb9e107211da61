package org.migkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.migkg.link.EventIdentity;
import org.migkg.link.Linked;

/**
 * The links graph, one part at a time (no triple is in two parts): each related pair of events, each co-speaking
 * pair, each event of several records, each pair of events left for review. Parts carry no prefixes: there is one
 * per relation, and prefixes are a matter of how a graph is written.
 */
final class LinksGraph {
    private final Iris iris;
    private final ReasonNodes reasons;
    private final ReviewMarks review;

    LinksGraph(Iris iris) {
        this.iris = iris;
        this.reasons = new ReasonNodes(iris);
        this.review = new ReviewMarks(iris);
    }

    Stream<Graph> parts(Linked linked) {
        Map<String, List<EventIdentity.Participation>> joined = new HashMap<>();
        linked.events().participationOf().forEach((mention, p) -> {
            if (p.first().equals(mention) && p.mentions().size() > 1) {
                joined.computeIfAbsent(linked.events().eventOfRecord().get(mention.eventId()), k -> new ArrayList<>()).add(p);
            }
        });
        return Stream.of(linked.relations().stream().map(r -> relation(r).getGraph()),
                linked.coSpeakers().stream().map(c -> coSpeaking(c).getGraph()),
                linked.events().events().values().stream().filter(e -> !e.retired().isEmpty() || !e.evidence().isEmpty())
                        .map(e -> sameEvent(e, joined.getOrDefault(e.id(), List.of())).getGraph()),
                linked.events().uncertain().stream().map(u -> review.events(linked, u)).filter(Objects::nonNull)
                        .map(Model::getGraph)).flatMap(s -> s);
    }

    /**
     * The ids an event's other records and curators retired, as owl:sameAs the event (and the participation IRIs of
     * mentions joined to another record's participation, as owl:sameAs that one), and why its records are one.
     */
    private Model sameEvent(EventIdentity.Event e, List<EventIdentity.Participation> joined) {
        Model m = ModelFactory.createDefaultModel();
        Resource event = m.createResource(iris.event(e.id()));
        e.retired().forEach(old -> m.createResource(iris.event(old)).addProperty(OWL.sameAs, event));
        for (EventIdentity.Participation p : joined) {
            Resource participation = m.createResource(iris.participation(p.first().eventId(), p.first().order()));
            p.mentions().stream().filter(x -> !x.equals(p.first()))
                    .forEach(x -> m.createResource(iris.participation(x.eventId(), x.order())).addProperty(OWL.sameAs, participation));
        }
        for (int i = 0; i < e.evidence().size(); i++) {
            EventIdentity.Evidence ev = e.evidence().get(i);
            Resource node = m.createResource(iris.event(e.id()) + "/evidence/" + (i + 1), MK.SameEventEvidence);
            event.addProperty(MK.sameEventEvidence, node);
            node.addProperty(MK.rule, ev.rule());
            node.addLiteral(MK.score, TypedLiterals.decimal(m, ev.score()));
            node.addProperty(MK.mergedRecord, m.createResource(iris.eventGraph(ev.recordA())));
            node.addProperty(MK.mergedRecord, m.createResource(iris.eventGraph(ev.recordB())));
            reasons.write(m, node, MK.matchReason, ev.reasons());
        }
        return m;
    }

    private Model relation(Linked.EventRelation r) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(iris.event(r.eventA()));
        Resource b = m.createResource(iris.event(r.eventB()));
        a.addProperty(MK.relatedEvent, b);
        b.addProperty(MK.relatedEvent, a);
        Resource rel = m.createResource(iris.relation(r.eventA(), r.eventB()), MK.EventRelation);
        rel.addProperty(MK.relates, a).addProperty(MK.relates, b);
        rel.addLiteral(MK.score, TypedLiterals.decimal(m, r.score()));
        reasons.write(m, rel, MK.reason, r.reasons());
        return m;
    }

    private Model coSpeaking(Linked.CoSpeaking c) {
        Model m = ModelFactory.createDefaultModel();
        Resource a = m.createResource(iris.person(c.personA()));
        Resource b = m.createResource(iris.person(c.personB()));
        a.addProperty(MK.coSpeaker, b);
        b.addProperty(MK.coSpeaker, a);
        Resource node = m.createResource(iris.coSpeaking(c.personA(), c.personB()), MK.CoSpeaking);
        node.addProperty(MK.coSpeakerPerson, a).addProperty(MK.coSpeakerPerson, b);
        c.events().forEach(e -> node.addProperty(MK.sharedEvent, m.createResource(iris.event(e))));
        return m;
    }
}
