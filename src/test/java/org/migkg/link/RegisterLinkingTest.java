package org.migkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migkg.records.Aliases;
import org.migkg.records.Corpus;
import org.migkg.records.Organization;
import org.migkg.records.Register;
import org.migkg.records.Register.RegisteredMention;
import org.migkg.records.Register.RegisteredOrganization;
import org.migkg.records.Register.RegisteredPerson;

/** How linking keeps the ids of the register, and how only curators retire them. */
class RegisterLinkingTest {

    private static String personOf(Linked linked, String event, int participant) {
        return linked.personOf().get(new Mention(event, participant));
    }

    private static String orgOf(Linked linked, String event, int participant) {
        return linked.organizationOfPost().get(new PostRef(new Mention(event, participant), 0));
    }

    private static RegisteredPerson person(String id, String event, String name) {
        return new RegisteredPerson(id, name, List.of(new RegisteredMention(event, name, null)));
    }

    @Test
    void aNamesakeWhoTurnsUpLaterButEarlierInTimeGetsANewId() {
        TestCorpus first = new TestCorpus().event("b", "2022-02-15", "Camille Le Coz | Migration Policy Institute");
        Register register = first.link().register().register();
        assertEquals(List.of("camille-le-coz"), register.people().stream().map(RegisteredPerson::id).toList());

        Linked later = new TestCorpus().event("b", "2022-02-15", "Camille Le Coz | Migration Policy Institute")
                .event("a", "1999-05-01", "Camille Le Coz | Fedasil").register(register).link();
        assertEquals("camille-le-coz", personOf(later, "b", 1));
        assertEquals("camille-le-coz-fedasil", personOf(later, "a", 1));
        assertEquals(1, later.register().newPeople());
    }

    @Test
    void mentionsTheRegisterGivesTwoIdsAreNotMergedButReported() {
        Register register = new Register(List.of(person("sijal-aziz", "a", "Sijal Aziz"), person("sijal-aziz-weldo", "b", "Sijal Aziz")), List.of());
        Linked linked = new TestCorpus().event("a", "2022-01-01", "Sijal Aziz | WELDO").event("b", "2023-01-01", "Sijal Aziz | WELDO")
                .register(register).link();
        assertEquals("sijal-aziz", personOf(linked, "a", 1));
        assertEquals("sijal-aziz-weldo", personOf(linked, "b", 1));
        assertEquals(1, linked.uncertain().size());
        assertTrue(linked.uncertain().get(0).why().contains("already published as two people"), linked.uncertain().get(0).why());
        assertFalse(linked.register().changed());
    }

    @Test
    void aPublishedPersonKeepsAMentionNoRuleWouldJoinNow() {
        Register register = new Register(List.of(new RegisteredPerson("sijal-aziz", "Sijal Aziz", List.of(
                new RegisteredMention("a", "Sijal Aziz", null), new RegisteredMention("b", "S. Aziz", null)))), List.of());
        Linked linked = new TestCorpus().event("a", "2022-01-01", "Sijal Aziz | WELDO").event("b", "2023-01-01", "S. Aziz")
                .event("c", "2024-01-01", "Sara Aziz | IOM").register(register).link();
        assertEquals("sijal-aziz", personOf(linked, "b", 1), "'S. Aziz' could now be Sara as well, but was published as Sijal");
        assertEquals("sara-aziz", personOf(linked, "c", 1));
        assertTrue(linked.people().get("sijal-aziz").evidence().stream().anyMatch(e -> e.rule().equals("registered-same-person")));
    }

    @Test
    void mentionsAreKnownByEventAndNameSoEditingTheListMovesNoOne() {
        TestCorpus before = new TestCorpus().event("a", "2022-01-01", "Sijal Aziz | WELDO", "Mariana Meshi | Different and Equal");
        Register register = before.link().register().register();
        Linked after = new TestCorpus().event("a", "2022-01-01", "Elke Löbel | BMZ", "Mariana Meshi | Different and Equal", "Sijal Aziz | WELDO")
                .register(register).link();
        assertEquals("sijal-aziz", personOf(after, "a", 3));
        assertEquals("mariana-meshi", personOf(after, "a", 2));
    }

    @Test
    void aCuratedMergeRetiresAPublishedIdWithAllItsMentions() {
        Register register = new Register(List.of(person("camille-le-coz", "a", "Camille Le Coz"),
                new RegisteredPerson("camille-le-coz-fedasil", "Camille Le Coz", List.of(new RegisteredMention("b", "Camille Le Coz", null),
                        new RegisteredMention("c", "C. Le Coz", null)))), List.of());
        Aliases merge = new Aliases(List.of(new Aliases.SamePerson("camille-le-coz", List.of("a#1"), List.of("camille-le-coz-fedasil"), null)), List.of());
        Linked linked = new TestCorpus().event("a", "2022-01-01", "Camille Le Coz | MPI").event("b", "1999-01-01", "Camille Le Coz | Fedasil")
                .event("c", "2000-01-01", "C. Le Coz | Fedasil").register(register).aliases(merge).link();
        assertEquals(List.of("camille-le-coz"), linked.people().keySet().stream().toList());
        assertEquals(List.of("camille-le-coz-fedasil"), linked.people().get("camille-le-coz").replaces());
        assertEquals(3, linked.people().get("camille-le-coz").mentions().size());
    }

    @Test
    void anUnreviewedOrganizationKeepsTheIdItWasFirstPublishedUnder() {
        Linked first = new TestCorpus().event("a", "2022-01-01", "Jan Peeters | ARN").link();
        assertEquals("arn", orgOf(first, "a", 1));
        Linked later = new TestCorpus().event("a", "2022-01-01", "Jan Peeters | ARN")
                .event("b", "2021-01-01", "Ana Ruiz | Acme Relief Network (ARN)", "Li Wei | Acme Relief Network")
                .register(first.register().register()).link();
        assertEquals(List.of("arn", "arn", "arn"), List.of(orgOf(later, "a", 1), orgOf(later, "b", 1), orgOf(later, "b", 2)),
                "without the register, the full name would have renamed it acme-relief-network");
        assertEquals(2, later.register().newForms());
    }

    @Test
    void anUnreviewedOrganizationTheCatalogueTakesInRedirectsToIt() {
        Register register = new Register(List.of(), List.of(new RegisteredOrganization("acme-relief-network", "Acme Relief Network",
                List.of("Acme Relief Network"))));
        TestCorpus records = new TestCorpus().event("a", "2022-01-01", "Jan Peeters | Acme Relief Network").register(register);
        List<Organization> catalogue = new ArrayList<>(TestCorpus.catalogue());
        catalogue.add(new Organization("acme", "Acme Relief Network", List.of("ARN"), List.of(), null, null, null, null, List.of()));
        Corpus corpus = records.corpus();
        Linked linked = new Linker().link(new Corpus(corpus.events(), catalogue, corpus.aliases(), corpus.register(), List.of()));
        assertEquals("acme", orgOf(linked, "a", 1));
        assertEquals(List.of("acme-relief-network"),
                linked.organizations().stream().filter(o -> o.id().equals("acme")).findFirst().orElseThrow().replaces());
        assertEquals("acme-relief-network", linked.retiredOrganizationOfPost().get(new PostRef(new Mention("a", 1), 0)),
                "the post's old IRI redirects too");
    }
}
