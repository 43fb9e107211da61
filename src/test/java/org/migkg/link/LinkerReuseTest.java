package org.migkg.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migkg.records.Corpus;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;
import org.migkg.records.EventRecord;
import org.migkg.records.SourceRecord;

/** A linker that links again reuses its event decisions only when what they read is the same. */
class LinkerReuseTest {
    static final Corpus SHIPPED = new DataReader(Path.of("")).read(DataLayout.of(List.of(Path.of("data")), Path.of("data")));

    /** The event-level outcome a link gives, to compare one linker's second link with a new linker's first. */
    record EventOutcome(EventIdentity identity, List<Linked.EventRelation> relations, List<Linked.CoSpeaking> coSpeakers) {
        static EventOutcome of(Linked l) {
            return new EventOutcome(l.events(), l.relations(), l.coSpeakers());
        }
    }

    @Test
    void linkingAnotherCorpusGivesWhatANewLinkerGives() {
        Linker linker = new Linker();
        EventOutcome first = EventOutcome.of(linker.link(SHIPPED));
        for (Corpus other : List.of(withoutFirstRecord(SHIPPED), retitled(SHIPPED))) {
            EventOutcome fresh = EventOutcome.of(new Linker().link(other));
            assertFalse(first.equals(fresh), "the change alters the events' links, so reusing them would show");
            assertTrue(fresh.equals(EventOutcome.of(linker.link(other))), "the second link is what a new linker gives");
            assertTrue(first.equals(EventOutcome.of(linker.link(SHIPPED))), "and back");
        }
    }

    @Test
    void linkingTheSameRecordsAgainstAnotherRegisterGivesWhatANewLinkerGives() {
        Linker linker = new Linker();
        Linked once = linker.link(SHIPPED);
        Corpus extended = SHIPPED.withRegister(once.register().register());
        assertTrue(new Linker().link(extended).equals(linker.link(extended)));
    }

    private static Corpus withoutFirstRecord(Corpus c) {
        return c.withEvents(new ArrayList<>(c.events().subList(1, c.events().size())));
    }

    /** Every event's title becomes the first event's, which changes how alike their texts read. */
    private static Corpus retitled(Corpus c) {
        String title = c.events().get(0).event().title();
        List<SourceRecord> events = new ArrayList<>();
        for (SourceRecord r : c.events()) {
            events.add(new SourceRecord(r.file(), r.name(), r.sha256(), withTitle(r.event(), title)));
        }
        return c.withEvents(events);
    }

    private static EventRecord withTitle(EventRecord e, String title) {
        ObjectNode tree = DataReader.JSON.valueToTree(e);
        tree.put("title", title);
        return DataReader.JSON.convertValue(tree, EventRecord.class);
    }
}
