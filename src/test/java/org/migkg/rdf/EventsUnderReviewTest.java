package org.migkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.migkg.link.Linked;
import org.migkg.link.Linker;
import org.migkg.records.Aliases;
import org.migkg.records.Corpus;
import org.migkg.records.DataReader;
import org.migkg.records.EventRecord;
import org.migkg.records.SourceRecord;

/** Two records the linker could not decide on are two events, each telling readers it might be the other. */
class EventsUnderReviewTest {

    private static SourceRecord record(String id, String start, String end) {
        ObjectNode e = DataReader.JSON.createObjectNode().put("id", id).put("title", "Rückkehr um jeden Preis?")
                .put("eventType", "conference").put("start", start).put("end", end);
        e.putArray("organizers").add("heinrich-boell-stiftung").add("medico-international");
        e.putArray("participants");
        e.putObject("source").put("document", "test/" + id);
        return new SourceRecord(Path.of(id + ".json"), "", DataReader.JSON.convertValue(e, EventRecord.class));
    }

    @Test
    void eachEventOfAnUncertainPairSaysWhichOtherItMightBe() {
        Linked linked = new Linker().link(new Corpus(List.of(
                record("2019-10-21-conference", "2019-10-21T10:00:00+02:00", "2019-10-21T18:00:00+02:00"),
                record("2019-10-21-evening", "2019-10-21T19:00:00+02:00", "2019-10-21T21:00:00+02:00")),
                List.of(), Aliases.NONE, List.of()));
        assertEquals(1, linked.events().uncertain().size(), "the pair is left for review");
        Model links = ModelFactory.createModelForGraph(MappedDataset.whole(() -> new LinksGraph(Iris.DEFAULT).parts(linked)));
        Set<String> notes = new TreeSet<>();
        links.listStatements(null, MK.identityUnderReview, (String) null)
                .forEach(s -> notes.add(s.getSubject().getURI() + " " + s.getString()));
        String conference = Iris.DEFAULT.event("2019-10-21-conference");
        String evening = Iris.DEFAULT.event("2019-10-21-evening");
        assertEquals(Set.of(conference + " might be the same event as <" + evening + ">",
                evening + " might be the same event as <" + conference + ">"), notes);
    }
}
