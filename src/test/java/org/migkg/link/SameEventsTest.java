package org.migkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.migkg.records.Aliases;
import org.migkg.records.Corpus;
import org.migkg.records.DataReader;
import org.migkg.records.EventRecord;
import org.migkg.records.SourceRecord;

/** Records that describe one real event become one event; curated decisions win; look-alikes stay apart. */
class SameEventsTest {
    static final String PAGE = "2023-07-25-improving-communications-voluntary-return-reintegration";
    static final String NEWS = "2023-07-25-vrrn-webinar-communicating-return-reintegration";

    private final List<SourceRecord> records = new ArrayList<>();
    private Aliases aliases = Aliases.NONE;

    /** A record: participants are "Name | Organization as written". */
    private ObjectNode record(String id, String start, String title, String page, List<String> organizers, String... participants) {
        ObjectNode e = DataReader.JSON.createObjectNode().put("id", id).put("title", title).put("eventType", "webinar").put("start", start);
        organizers.forEach(e.withArray("organizers")::add);
        ArrayNode list = e.putArray("participants");
        for (String participant : participants) {
            String[] parts = participant.split("\\s*\\|\\s*");
            ObjectNode p = list.addObject().put("name", parts[0]).put("role", "speaker");
            for (int i = 1; i < parts.length; i++) {
                p.withArray("posts").addObject().put("title", "Director").put("organization", parts[i]);
            }
        }
        e.putObject("source").put("url", page).put("document", "test/" + id);
        return e;
    }

    private SameEventsTest add(ObjectNode e) {
        records.add(new SourceRecord(Path.of(e.get("id").asText() + ".json"), "", DataReader.JSON.convertValue(e, EventRecord.class)));
        return this;
    }

    private Linked link() {
        return new Linker().link(new Corpus(records, TestCorpus.catalogue(), aliases, List.of()));
    }

    private SameEventsTest pageAndNews() {
        add(record(PAGE, "2023-07-25", "Improving Communications in the Voluntary Return and Reintegration Network",
                "https://www.migrationpolicy.org/events/vrrn", List.of("mpi", "giz"),
                "Sijal Aziz | WELDO", "Catherine Rombauts | Fedasil", "Haldeng Nkomba Frank Ulrich | Ministry of Foreign Affairs of Cameroon",
                "Camille Le Coz | MPI Europe"));
        add(record(NEWS, "2023-07-25", "VRRN webinar: communicating voluntary return and reintegration",
                "https://www.giz.de/news/vrrn-webinar", List.of("giz"),
                "Camille Le Coz", "Dr. Sijal Aziz | Women Empowerment Literacy and Development Organization"));
        return this;
    }

    @Test
    void twoPublishersPagesAboutOneWebinarAreOneEventWithBothRecords() {
        Linked linked = pageAndNews().link();
        EventIdentity.Event event = linked.events().eventOf(NEWS);
        assertEquals(PAGE, event.id(), "the first record by id names the event");
        assertEquals(List.of(PAGE, NEWS), event.records(), "the page with more people comes first and gives the title");
        assertEquals(List.of(NEWS), event.retired());
        assertEquals(1, event.evidence().size());
        EventIdentity.Evidence evidence = event.evidence().get(0);
        assertEquals(SameEvents.SCORED, evidence.rule());
        Set<String> reasons = new TreeSet<>(evidence.reasons().stream().map(Linked.Reason::type).toList());
        assertTrue(reasons.containsAll(Set.of("same-day", "similar-title", "shared-people", "shared-organizations")), reasons.toString());
        assertEquals(0, evidence.score().compareTo(evidence.reasons().stream().map(Linked.Reason::weight)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)), "the score is the sum of its reasons");
    }

    @Test
    void aPersonBothPagesNameIsOneParticipationWithBothMentions() {
        Linked linked = pageAndNews().link();
        EventIdentity.Participation aziz = linked.events().participationOf().get(new Mention(NEWS, 2));
        assertEquals(new Mention(PAGE, 1), aziz.first(), "the page that names her first states her role and position");
        assertEquals(List.of(new Mention(PAGE, 1), new Mention(NEWS, 2)), aziz.mentions());
        assertEquals(1, aziz.order());
        assertEquals(4, linked.events().participationOf().values().stream().distinct().count(), "four people, four participations");
        assertEquals(List.of(4), linked.events().participationOf().values().stream().map(EventIdentity.Participation::order)
                .filter(o -> o > 3).distinct().toList(), "orders run on without gaps");
        assertTrue(linked.relations().stream().noneMatch(r -> r.eventA().equals(NEWS) || r.eventB().equals(NEWS)),
                "relations are between events, not between the records of one");
    }

    @Test
    void aCuratedDifferentDecisionKeepsTwoEventsAndLeavesNothingToReview() {
        aliases = new Aliases(List.of(), List.of(), List.of(), List.of(new Aliases.DifferentEvents(List.of(NEWS, PAGE), "two sessions")));
        Linked linked = pageAndNews().link();
        assertEquals(PAGE, linked.events().eventOfRecord().get(PAGE));
        assertEquals(NEWS, linked.events().eventOfRecord().get(NEWS));
        assertEquals(List.of(), linked.events().uncertain());
    }

    @Test
    void aCuratedSameDecisionMergesWhatTheScoreWouldNotAndItsEventIdWins() {
        add(record("2022-02-15-gender-webinar", "2022-02-15T09:00:00-05:00", "Working Towards a More Gender-Responsive Reintegration Process",
                "https://migrationnetwork.un.org/gender", List.of("mpi"), "Sijal Aziz | WELDO"));
        add(record("2022-02-gender-podcast", "2022-02", "Gender-responsive reintegration: the podcast",
                "https://migrationpolicy.podbean.com/gender", List.of()));
        aliases = new Aliases(List.of(), List.of(), List.of(new Aliases.SameEvent("2022-02-gender-podcast",
                List.of("2022-02-15-gender-webinar", "2022-02-gender-podcast"), List.of("2022-gender-old"), "one webinar")), List.of());
        Linked linked = link();
        EventIdentity.Event event = linked.events().eventOf("2022-02-15-gender-webinar");
        assertEquals("2022-02-gender-podcast", event.id(), "the curated id, not the first by id");
        assertEquals("2022-02-15-gender-webinar", event.records().get(0), "the record giving the day gives the dates");
        assertEquals(List.of("2022-02-15-gender-webinar", "2022-gender-old"), event.retired());
        assertEquals(SameEvents.CURATED, event.evidence().get(0).rule());
    }

    @Test
    void hoursThatDoNotMeetOnOneDayLeaveThePairForReview() {
        add(record("2019-10-21-conference", "2019-10-21T10:00:00+02:00", "Rückkehr um jeden Preis?", "https://calendar.boell.de/x",
                List.of("heinrich-boell-stiftung", "medico-international")));
        add(record("2019-10-21-evening", "2019-10-21T19:00:00+02:00", "Rückkehr um jeden Preis?", "https://ffm.demosphere.net/y",
                List.of("heinrich-boell-stiftung", "medico-international")));
        records.set(0, withEnd(records.get(0), "2019-10-21T18:00:00+02:00"));
        Linked linked = link();
        assertFalse(linked.events().eventOf("2019-10-21-evening").merged());
        assertEquals(1, linked.events().uncertain().size());
        assertTrue(linked.events().uncertain().get(0).why().contains("hours"), linked.events().uncertain().get(0).why());
    }

    @Test
    void numberedPartsAndEventsListedOnOnePageStayApart() {
        String page = "https://www.migrationpolicy.org/news/imrf-side-events";
        add(record("2022-05-17-imrf-roundtable-one", "2022-05-17", "IMRF Roundtable One", page, List.of("mpi"), "Kathleen Newland | MPI"));
        add(record("2022-05-17-imrf-roundtable-two", "2022-05-17", "IMRF Roundtable Two", page, List.of("mpi"), "Camille Le Coz | MPI"));
        add(record("2022-05-17-social-cohesion", "2022-05-17", "IMRF: Making Social Cohesion Work", page, List.of("mpi")));
        Linked linked = link();
        assertEquals(3, linked.events().events().size());
        assertEquals(List.of(), linked.events().uncertain(), "nothing for a reviewer either");
    }

    @Test
    void aChainOfLikenessesDoesNotJoinTwoEvents() {
        String title = "Labour Mobility Partnerships: What Works";
        add(record("2021-05-19-morning", "2021-05-19", title, "https://a.example/1", List.of("oecd"),
                "Kathleen Newland | MPI", "Camille Le Coz | MPI", "Meghan Benton | MPI"));
        add(record("2021-05-19-afternoon", "2021-05-19", title + " for Employers", "https://b.example/2", List.of("oecd"),
                "Nassim Majidi | Samuel Hall", "Elizabeth Collett | MPI Europe", "Sijal Aziz | WELDO"));
        add(record("2021-05-recap", "2021-05", title, "https://c.example/3", List.of("oecd"),
                "Kathleen Newland | MPI", "Camille Le Coz | MPI", "Nassim Majidi | Samuel Hall", "Elizabeth Collett | MPI Europe"));
        Linked linked = link();
        assertTrue(linked.events().eventOf("2021-05-recap").merged(), "the recap matches one session");
        assertFalse(linked.events().eventOf("2021-05-19-morning").equals(linked.events().eventOf("2021-05-19-afternoon")),
                "the two sessions with different speakers are not one event through the recap, which matches both");
        assertTrue(linked.events().uncertain().stream().anyMatch(u -> u.why().contains("do not look alike")),
                linked.events().uncertain().toString());
    }

    private static SourceRecord withEnd(SourceRecord r, String end) {
        ObjectNode e = DataReader.JSON.valueToTree(r.event());
        e.put("end", end);
        return new SourceRecord(r.file(), r.sha256(), DataReader.JSON.convertValue(e, EventRecord.class));
    }
}
