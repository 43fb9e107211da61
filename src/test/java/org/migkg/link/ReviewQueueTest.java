package org.migkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migkg.records.Aliases;
import org.migkg.records.Corpus;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;

/**
 * The shipped data without its curated event decisions: linking leaves the two pairs the records' review items were
 * about for review (the podcast post and the webinar page, the conference and the evening debate), and the review
 * queue asks about them with the commands that settle them.
 */
class ReviewQueueTest {
    static Corpus corpus;
    static Linked linked;

    @BeforeAll
    static void link() {
        Corpus shipped = new DataReader(Path.of("")).read(DataLayout.of(List.of(Path.of("data")), Path.of("data")));
        Aliases people = new Aliases(shipped.aliases().samePerson(), shipped.aliases().differentPeople());
        corpus = new Corpus(shipped.events(), shipped.organizations(), people, shipped.register(), List.of());
        linked = new Linker().link(corpus);
    }

    @Test
    void theTwoShippedPairsAreLeftForReview() {
        List<List<String>> pairs = linked.events().uncertain().stream().map(u -> List.of(u.recordA(), u.recordB())).toList();
        assertEquals(List.of(
                List.of("2019-10-21-rueckkehr-um-jeden-preis-abendveranstaltung", "2019-10-21-rueckkehr-um-jeden-preis-fachtagung"),
                List.of("2022-02-15-gender-responsive-reintegration-returned-migrants", "2022-02-gender-responsive-reintegration-process-returned-migrants")),
                pairs);
        assertTrue(linked.events().uncertain().get(0).why().contains("hours"), linked.events().uncertain().get(0).why());
        assertEquals(linked.events().eventOfRecord().size(), linked.events().events().size(), "nothing is merged without a decision");
    }

    @Test
    void theQueueAsksAboutThemWithTheirEvidenceAndTheCommandsThatSettleThem() {
        List<ReviewQueue.Question> events = ReviewQueue.of(corpus, linked).stream().filter(q -> q.kind() == ReviewQueue.Kind.EVENTS).toList();
        assertEquals(2, events.size());
        ReviewQueue.Question gender = events.stream().filter(q -> q.key().contains("gender")).findFirst().orElseThrow();
        assertEquals(12, gender.weight(), "four people would count twice");
        assertTrue(gender.evidence().stream().anyMatch(e -> e.contains("similar-title +4.000")), gender.evidence().toString());
        assertEquals(List.of(
                "migkg review same-event 2022-02-15-gender-responsive-reintegration-returned-migrants 2022-02-gender-responsive-reintegration-process-returned-migrants",
                "migkg review different-events 2022-02-15-gender-responsive-reintegration-returned-migrants 2022-02-gender-responsive-reintegration-process-returned-migrants"),
                gender.closedBy());
    }
}
