package org.migkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migkg.records.Organization;

/** Organizations as stated positions write them resolve to the catalogue; the rest become unreviewed, never dropped. */
class OrganizationLinkingTest {

    private static String orgOf(Linked linked, String event, int participant) {
        return linked.organizationOfPost().get(new PostRef(new Mention(event, participant), 0));
    }

    @Test
    void variantsResolveToTheDeclaredOrganization() {
        Linked linked = new TestCorpus().event("e", "2024-01-01",
                "A One | Federal Ministry for Economic Cooperation and Development (BMZ), Germany",
                "B Two | WELDO (Pakistan)",
                "C Three | MPI Europe",
                "D Four | migration policy institute",
                "E Five | Gesellschaft für Internationale Zusammenarbeit Deutsche",
                "F Six | Deutsche Gesellschaft fur Internationale Zusammenarbeit",
                "G Seven | Women Empowerment, Literacy & Development Organization",
                "H Eight | The International Organization for Migration (IOM), Geneva").link();
        assertEquals(List.of("bmz", "weldo", "mpi-europe", "mpi", "giz", "giz", "weldo", "iom"),
                List.of(1, 2, 3, 4, 5, 6, 7, 8).stream().map(i -> orgOf(linked, "e", i)).toList());
        assertTrue(linked.unreviewedOrganizations().isEmpty());
    }

    @Test
    void unmatchedOrganizationsBecomeUnreviewedWithStableIds() {
        TestCorpus corpus = new TestCorpus()
                .event("a", "2024-01-01", "A One | Altai Consulting, Afghanistan", "B Two | Refugee Studies Centre (RSC)")
                .event("b", "2024-02-01", "C Three | ALTAI CONSULTING", "D Four | RSC");
        Linked linked = corpus.link();
        assertEquals(List.of("altai-consulting", "refugee-studies-centre"), linked.unreviewedOrganizations().stream().sorted().toList());
        assertEquals("altai-consulting", orgOf(linked, "a", 1));
        assertEquals("altai-consulting", orgOf(linked, "b", 1));
        assertEquals("refugee-studies-centre", orgOf(linked, "a", 2));
        assertEquals("refugee-studies-centre", orgOf(linked, "b", 2), "the acronym alone joins the name it was given with");
        Organization rsc = linked.organizations().stream().filter(o -> o.id().equals("refugee-studies-centre")).findFirst().orElseThrow();
        assertEquals(List.of("RSC"), rsc.acronyms());
        assertEquals(linked.unreviewedOrganizations(), corpus.link().unreviewedOrganizations(), "same corpus, same ids");
    }

    @Test
    void anAcronymAloneJoinsTheOneNewNameThatSpellsIt() {
        Linked linked = new TestCorpus()
                .event("a", "2024-01-01", "A One | MFA", "B Two | Migrant Forum in Asia")
                .event("b", "2024-02-01", "C Three | RSMN", "D Four | Refugee Studies Migration Network", "E Five | Regional Safe Mobility Network").link();
        assertEquals(orgOf(linked, "a", 2), orgOf(linked, "a", 1), "MFA is the Migrant Forum in Asia");
        assertEquals("migrant-forum-in-asia", orgOf(linked, "a", 1));
        assertEquals("rsmn", orgOf(linked, "b", 1), "two new names spell RSMN: the acronym stays its own");
    }

    @Test
    void anAcronymAloneResolvesToTheOneCataloguedNameThatSpellsIt() {
        List<Organization> catalogue = List.of(
                new Organization("migrant-forum-in-asia", "Migrant Forum in Asia", List.of(), List.of(), "ngo", null, null, null, List.of()),
                new Organization("ministry-of-labour", "Ministry of Labour", List.of(), List.of(), "government", null, null, null, List.of()),
                new Organization("mol-foundation", "Mobility and Labour", List.of(), List.of(), "ngo", null, null, null, List.of()));
        org.migkg.records.OrganizationResolver resolver = new org.migkg.records.OrganizationResolver(catalogue);
        assertEquals(java.util.Optional.of("migrant-forum-in-asia"), resolver.resolve("MFA"));
        assertEquals(java.util.Optional.empty(), resolver.resolve("ML"), "two catalogued names spell it: neither");
        assertEquals(java.util.Optional.empty(), resolver.resolve("Mfa Consulting"));
    }
}
