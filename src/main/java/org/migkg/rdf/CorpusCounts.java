package org.migkg.rdf;

import org.apache.jena.graph.Graph;
import org.migkg.link.EventFact;
import org.migkg.link.EventIdentity;
import org.migkg.link.Linked;
import org.migkg.link.Mention;
import org.migkg.link.PostRef;
import org.migkg.records.Corpus;
import org.migkg.records.EventRecord;
import org.migkg.records.EventTime;
import org.migkg.records.SourceRecord;

/**
 * The counts graph of a whole linked corpus ({@link CountsGraph}), from the facts the record graphs and the links
 * graph state about events, participations, posts and co-speaking pairs, without mapping the record graphs.
 */
public final class CorpusCounts {
    private CorpusCounts() {}

    public static Graph of(Iris iris, Corpus corpus, Linked linked) {
        CountsGraph counts = new CountsGraph(iris);
        for (SourceRecord source : corpus.events()) {
            EventRecord e = source.event();
            EventIdentity.Event identity = linked.events().eventOf(e.id());
            String event = iris.event(identity.id());
            counts.event(event);
            if (EventStatements.factsStated(identity, e.id()).contains(EventFact.DATES)) {
                counts.start(event, EventTime.parse(e.start()).lexical());
            }
            e.organizers().forEach(o -> counts.organizer(event, iris.organization(o)));
            e.partners().forEach(o -> counts.partner(event, iris.organization(o)));
            e.funders().forEach(o -> counts.funder(event, iris.organization(o)));
            e.gcmObjectives().forEach(n -> counts.objective(event, Iris.objective(n)));
            for (int i = 0; i < e.participants().size(); i++) {
                EventRecord.Participant p = e.participants().get(i);
                Mention mention = new Mention(e.id(), i + 1);
                String participation = ParticipationStatements.iri(iris, linked, mention);
                boolean first = linked.events().participationOf().get(mention).first().equals(mention);
                counts.participation(participation, event, iris.person(linked.personOf().get(mention)),
                        first ? Iris.role(p.role()) : null);
                for (int j = 0; j < p.posts().size(); j++) {
                    String orgId = linked.organizationOfPost().get(new PostRef(mention, j));
                    if (p.posts().get(j).title() != null && orgId != null) {
                        counts.post(participation, iris.organization(orgId));
                    }
                }
            }
        }
        linked.coSpeakers().forEach(c -> counts.coSpeaking(iris.coSpeaking(c.personA(), c.personB()),
                c.events().stream().map(iris::event).toList()));
        return counts.graph();
    }
}
