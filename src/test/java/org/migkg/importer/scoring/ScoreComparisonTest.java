package org.migkg.importer.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migkg.importer.PageImport;
import org.migkg.records.EventRecord;

/** The comparison on invented pages, their readings and hand-written drafts (src/test/resources/importer/scoring). */
class ScoreComparisonTest {
    private static final Path FIXTURES = Path.of("src/test/resources/importer/scoring");
    private static final String WEBINAR = "901_example-institute-webinar-care-workers";
    private static final String PROFILE = "902_example-institute-staff-profile";
    private static final String LISTING = "903_example-network-seminar-listing";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PageScorer scorer = new PageScorer(OrganizationKeys.read(Path.of("data/organizations.json")));

    @Test
    void judgesEachFieldAndPersonOfAnEvent() throws IOException {
        PageScore s = score(WEBINAR, drafts(WEBINAR));
        Tally t = s.tally();
        assertTrue(s.pageRight());
        assertEquals(11, t.judged(), "5 event fields, 2+1+2 for the people found, 1 invented person");
        assertEquals(6, t.right(), "title, organizers (MPI's name against its id), objectives, Berg's role and posts, Okafor's role");
        assertEquals(2, t.wrongFlagged(), "start and Lind's role, both in the review list");
        assertEquals(3, t.wrongSilent(), "type, Okafor's posts, the invented Mark Vance");
        assertEquals(List.of("/start", "/eventType", "/participants/1/posts", "/participants/2/role", "/participants/3"),
                s.wrong().stream().map(WrongField::field).toList());
        assertEquals(List.of(true, false, false, true, false), s.wrong().stream().map(WrongField::flagged).toList());
        assertEquals(5, t.people());
        assertEquals(3, t.found(), "T. Lind is Tomas Lind; Dr. Anna Berg is Anna Berg");
        assertEquals(2, t.missed());
        assertEquals(1, t.missedFlagged(), "a review item names Holm; none names Adler");
        assertEquals(List.of(new MissedPerson(readingTitle(), "Peter Holm", true), new MissedPerson(readingTitle(), "Ruth Adler", false)),
                s.missedPeople());
        assertEquals(1, t.invented());
        assertEquals(4, t.silentErrors(), "three silent fields and Adler");
        assertEquals(1, t.datesStated());
        assertEquals(0, t.datesRead(), "the start is an hour out");
        assertEquals(4, t.reviewItems());
        assertEquals(3, t.reviewHits(), "/start, Lind's role and the item naming Holm; /id points at nothing wrong");
        assertEquals(new WrongField(readingTitle(), "/eventType", "conference", "webinar", false), s.wrong().get(1));
    }

    @Test
    void aNonEventRefusedAsNotAnEventIsRight() throws IOException {
        PageScore s = score(PROFILE, drafts(PROFILE));
        assertTrue(s.pageRight());
        assertEquals(Tally.ZERO, s.tally());
    }

    @Test
    void aNonEventRefusedForAnotherReasonOrImportedIsWrong() throws IOException {
        Path page = FIXTURES.resolve("pages/" + PROFILE + ".txt");
        PageScore unreadable = score(PROFILE, new PageImport.Refused(page, PageImport.Reason.UNREADABLE, page + ": states no date"));
        assertFalse(unreadable.pageRight());
        assertEquals("UNREADABLE", unreadable.outcome().reason());
        assertEquals("states no date", unreadable.outcome().why());

        PageImport.Drafts imported = (PageImport.Drafts) drafts(WEBINAR);
        PageScore drafted = score(PROFILE, new PageImport.Drafts(page, imported.drafts()));
        assertFalse(drafted.pageRight());
        assertEquals(1, drafted.tally().eventsInvented());
        assertEquals(4, drafted.tally().invented(), "everyone in an event the page does not describe is invented");
        assertEquals(4, drafted.tally().wrongFlagged() + drafted.tally().wrongSilent());
        assertEquals(1, drafted.tally().reviewHits(), "only the item on /participants/2/role points at a wrong field");
    }

    @Test
    void anEventPageRefusedLosesItsPeopleAndDateButSaysSo() {
        Path page = FIXTURES.resolve("pages/" + WEBINAR + ".txt");
        PageScore s = score(WEBINAR, new PageImport.Refused(page, PageImport.Reason.UNREADABLE, "states no date"));
        assertFalse(s.pageRight());
        Tally t = s.tally();
        assertEquals(0, t.judged());
        assertEquals(1, t.eventsMissed());
        assertEquals(5, t.missed());
        assertEquals(5, t.missedFlagged(), "the refusal itself tells the user");
        assertEquals(0, t.silentErrors());
        assertEquals(0, t.datesRead());
        assertEquals(1, t.datesStated());
    }

    @Test
    void aListingPairsDraftsByDateThenTitleAndCountsInventedEvents() throws IOException {
        PageScore s = score(LISTING, drafts(LISTING));
        Tally t = s.tally();
        assertTrue(s.pageRight());
        assertEquals(10, t.judged());
        assertEquals(10, t.right(), "each draft is paired with its own event though in another order");
        assertEquals(0, t.eventsMissed());
        assertEquals(1, t.eventsInvented());
        assertEquals(2, t.datesRead());
        assertEquals(1, t.reviewItems());
        assertEquals(0, t.reviewHits());
    }

    @Test
    void targetsAreJudgedOnTheTotals() throws IOException {
        List<PageScore> pages = List.of(score(WEBINAR, drafts(WEBINAR)), score(PROFILE, drafts(PROFILE)), score(LISTING, drafts(LISTING)));
        ScoreReport report = ScoreReport.of(pages, List.of(), List.of());
        assertEquals(List.of(true, true, false, false, false, true), report.targets().stream().map(Target::met).toList());
        assertEquals("3/5 found (60.0%), 1 invented", report.targets().get(2).figure());
        assertEquals("4 silent (3 fields, 1 people dropped) in 21 judged fields: 19.0 per 100", report.targets().get(3).figure());
        assertEquals("2/3 stated dates read", report.targets().get(4).figure());
        String table = ScoreTable.render(report, true);
        assertTrue(table.contains("SILENT  /eventType: conference -> webinar"), table);
        assertTrue(table.contains("flagged missed person: Peter Holm"), table);
        assertTrue(ScoreJson.render(report).contains("\"wrongSilent\" : 3"));
    }

    private static String readingTitle() {
        return "Care Workers on the Move: Recruitment Corridors After the Pandemic";
    }

    private PageScore score(String name, PageImport result) {
        return scorer.score(ReadingFiles.read(FIXTURES.resolve("readings/" + name + ".json")), result);
    }

    private static PageImport drafts(String name) throws IOException {
        Path page = FIXTURES.resolve("pages/" + name + ".txt");
        JsonNode root = JSON.readTree(FIXTURES.resolve("drafts/" + name + ".json").toFile());
        if (root.has("refused")) {
            JsonNode r = root.get("refused");
            return new PageImport.Refused(page, PageImport.Reason.valueOf(r.get("reason").asText()), r.get("why").asText());
        }
        List<EventRecord> drafts = new ArrayList<>();
        for (JsonNode d : root.get("drafts")) {
            drafts.add(JSON.treeToValue(d, EventRecord.class));
        }
        return new PageImport.Drafts(page, drafts);
    }
}
