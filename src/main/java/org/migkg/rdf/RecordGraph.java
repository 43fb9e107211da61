package org.migkg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.migkg.link.Linked;
import org.migkg.records.EventRecord;
import org.migkg.records.SourceRecord;

/**
 * A record's graph: what it states about its event (the event its records describe together), each of its
 * participants' participation (one per person and event, stating the role, name and position of the record that
 * names it first), and the graph's provenance.
 */
final class RecordGraph {
    private final EventStatements event;
    private final ParticipationStatements participations;
    private final RecordProvenance provenance;

    RecordGraph(Iris iris, Linked linked) {
        this.event = new EventStatements(iris, linked);
        this.participations = new ParticipationStatements(iris, linked);
        this.provenance = new RecordProvenance(iris);
    }

    Model of(SourceRecord source) {
        EventRecord e = source.event();
        Model m = Prefixes.newModel();
        Resource subject = event.write(m, e);
        for (int i = 0; i < e.participants().size(); i++) {
            participations.write(m, subject, e, i);
        }
        provenance.write(m, subject, source);
        return m;
    }
}
