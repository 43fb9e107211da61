package org.migkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migkg.records.Aliases;

/** Who is who: merges with evidence, uncertain pairs, curated decisions, and ids that do not move. */
class PeopleLinkingTest {

    private static String person(Linked linked, String event, int order) {
        return linked.personOf().get(new Mention(event, order));
    }

    @Test
    void variantsOfOneNameWithOneOrganizationAreOnePersonWithEvidence() {
        Linked linked = new TestCorpus()
                .event("a", "2022-02-15", "Sijal Aziz | WELDO (Pakistan)")
                .event("b", "2023-07-25", "Aziz, Sijal | Women Empowerment Literacy and Development Organization")
                .event("c", "2024-01-10", "Dr. Sijal A. Aziz | weldo", "Camille Le Coz | MPI Europe")
                .event("d", "2024-03-01", "S. Aziz | WELDO", "C. Le Coz | MPI").link();
        assertEquals(List.of("sijal-aziz", "sijal-aziz", "sijal-aziz", "sijal-aziz"),
                List.of(person(linked, "a", 1), person(linked, "b", 1), person(linked, "c", 1), person(linked, "d", 1)));
        assertEquals("camille-le-coz", person(linked, "d", 2), "MPI Europe is part of MPI");
        Linked.Person sijal = linked.people().get("sijal-aziz");
        assertEquals("Sijal Aziz", sijal.name());
        assertTrue(sijal.evidence().stream().anyMatch(e -> e.rule().equals("name-variant-shared-organization")
                && e.score().compareTo(new BigDecimal("0.9")) == 0 && e.mentions().size() == 2));
        assertTrue(linked.uncertain().isEmpty());
    }

    @Test
    void sameNameWithDifferentOrganizationsIsUncertainAndKeepsTwoIds() {
        Linked linked = new TestCorpus()
                .event("a", "2020-05-01", "Maria Garcia | IOM")
                .event("b", "2021-05-01", "Maria Garcia | GIZ").link();
        assertEquals("maria-garcia", person(linked, "a", 1), "the first to appear keeps the plain id");
        assertEquals("maria-garcia-giz", person(linked, "b", 1), "a namesake gets her organization appended");
        assertEquals(1, linked.uncertain().size());
        assertTrue(linked.uncertain().get(0).why().contains("organizations differ"), linked.uncertain().get(0).why());
    }

    @Test
    void aCareerMoveWithTheSamePeopleAroundIsOnePerson() {
        Linked linked = new TestCorpus()
                .event("a", "2019-05-01", "Maria Garcia | IOM", "Ana Lopez | UNHCR", "Karim Said | ILO")
                .event("b", "2020-05-01", "Maria Garcia | IOM", "Ana Lopez | UNHCR")
                .event("c", "2023-03-01", "Maria Garcia | GIZ", "Ana Lopez | UNHCR", "Karim Said | ILO").link();
        assertEquals(person(linked, "a", 1), person(linked, "c", 1));
        Linked.Person maria = linked.people().get(person(linked, "a", 1));
        assertTrue(maria.evidence().stream().anyMatch(e -> e.rule().equals("same-name-career-move-shared-co-speakers")
                && e.detail().contains("2019-05-01 to 2020-05-01") && e.detail().contains("2023-03-01")), maria.evidence().toString());
    }

    @Test
    void theSameNameAtTwoOrganizationsInOnePeriodStaysTwoPeople() {
        Linked linked = new TestCorpus()
                .event("a", "2019-05-01", "Maria Garcia | IOM", "Ana Lopez | UNHCR", "Karim Said | ILO")
                .event("b", "2020-05-01", "Maria Garcia | GIZ", "Ana Lopez | UNHCR", "Karim Said | ILO")
                .event("c", "2021-05-01", "Maria Garcia | IOM").link();
        assertNotEquals(person(linked, "a", 1), person(linked, "b", 1), "the posts overlap in time: not a move");
        assertTrue(linked.uncertain().stream().anyMatch(u -> u.why().contains("2019-05-01 to 2021-05-01")), linked.uncertain().toString());
    }

    @Test
    void aNamesakeYearsApartWithNoOneInCommonStaysApartAndIsListed() {
        Linked linked = new TestCorpus()
                .event("a", "1999-05-01", "Camille Le Coz | Fedasil", "Jan Peeters | Fedasil")
                .event("b", "2022-05-01", "Camille Le Coz | MPI", "Kathleen Newland | MPI").link();
        assertNotEquals(person(linked, "a", 1), person(linked, "b", 1));
        assertTrue(linked.uncertain().stream().anyMatch(u -> u.why().contains("one period ending before the other begins")),
                linked.uncertain().toString());
    }

    @Test
    void anOrganizationNamedOnlyByItsAcronymIsEvidenceOnceItResolves() {
        Linked linked = new TestCorpus()
                .event("a", "2021-05-01", "William Gois | MFA")
                .event("b", "2022-05-01", "William Gois | Migrant Forum in Asia")
                .event("c", "2022-06-01", "W. Gois | Migrant Forum in Asia").link();
        assertEquals(person(linked, "a", 1), person(linked, "b", 1));
        assertEquals(person(linked, "a", 1), person(linked, "c", 1));
        Linked.Person gois = linked.people().get(person(linked, "a", 1));
        assertTrue(gois.evidence().stream().anyMatch(e -> e.rule().equals("same-name-shared-organization")), gois.evidence().toString());
        assertTrue(linked.uncertain().isEmpty(), linked.uncertain().toString());
    }

    @Test
    void aVariantBetweenTwoPeopleIsNotMerged() {
        Linked linked = new TestCorpus()
                .event("a", "2020-05-01", "Sijal Aziz | WELDO")
                .event("b", "2021-05-01", "Sara Aziz | WELDO")
                .event("c", "2022-05-01", "S. Aziz | WELDO").link();
        assertEquals(3, linked.people().size());
        assertTrue(linked.uncertain().stream().anyMatch(u -> u.nameA().equals("S. Aziz") || u.nameB().equals("S. Aziz")));
    }

    @Test
    void laterVariantsDoNotChangeAPersonsId() {
        TestCorpus corpus = new TestCorpus()
                .event("a", "2022-02-15", "Sijal Aziz | WELDO")
                .event("b", "2023-07-25", "Sijal Aziz | WELDO");
        assertEquals("sijal-aziz", person(corpus.link(), "a", 1));
        corpus.event("c", "2019-01-01", "S. Aziz | WELDO")
                .event("d", "2019-02-01", "Sijal Ahmed Aziz | WELDO")
                .event("e", "2019-03-01", "Aziz, Sijal Ahmed | WELDO");
        Linked later = corpus.link();
        assertEquals(1, later.people().size());
        assertEquals("sijal-aziz", person(later, "c", 1));
        assertEquals("sijal-aziz", person(later, "a", 1));
    }

    @Test
    void aNamesakeWhoAppearsLaterDoesNotTakeTheId() {
        TestCorpus corpus = new TestCorpus().event("a", "2020-05-01", "Maria Garcia | IOM");
        assertEquals("maria-garcia", person(corpus.link(), "a", 1));
        Linked later = corpus.event("b", "2024-05-01", "Maria Garcia | GIZ").event("c", "2024-06-01", "Maria Garcia | GIZ").link();
        assertEquals("maria-garcia", person(later, "a", 1));
        assertEquals("maria-garcia-giz", person(later, "b", 1));
        assertEquals("maria-garcia-giz", person(later, "c", 1));
    }

    @Test
    void curatedDecisionsWin() {
        Aliases aliases = new Aliases(
                List.of(new Aliases.SamePerson("sijal-aziz", List.of("a#1", "b#1"), List.of("sijal-aziz-khan"), "married name")),
                List.of(new Aliases.DifferentPeople(List.of("c#1", "d#1"), "two researchers of the same name at MPI")));
        Linked linked = new TestCorpus()
                .event("a", "2020-01-01", "Sijal Aziz | WELDO")
                .event("b", "2021-01-01", "Sijal Aziz-Khan | UNHCR")
                .event("c", "2020-01-01", "Kathleen Newland | MPI")
                .event("d", "2021-01-01", "Kathleen Newland | MPI")
                .aliases(aliases).link();
        assertEquals("sijal-aziz", person(linked, "b", 1));
        Linked.Person sijal = linked.people().get("sijal-aziz");
        assertEquals(List.of("sijal-aziz-khan"), sijal.replaces());
        assertTrue(sijal.evidence().stream().anyMatch(e -> e.rule().equals("curated-same-person")));
        assertNotEquals(person(linked, "c", 1), person(linked, "d", 1));
    }

    @Test
    void twoMentionsInOneEventWithDifferentNamesAreTwoPeople() {
        Linked linked = new TestCorpus().event("a", "2020-01-01", "Sijal Aziz | WELDO", "S. Aziz | WELDO").link();
        assertEquals(2, linked.people().size());
    }
}
