package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migkg.serve.ReconcileClient.query;
import static org.migkg.serve.ReconcileClient.withProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migkg.SeedData;
import org.migkg.rdf.Iris;
import org.migkg.records.DataReader;
import org.migkg.store.DumpWriter;
import org.migkg.store.KnowledgeStore;
import org.migkg.pipeline.Loader;

/**
 * Reconciling names as analysts' tables write them against the whole shipped data set, with one curation turned
 * round: the two Martin Ruhs mentions (Oxford 2015, EUI 2023), which the curators made one person, are kept apart as
 * two, so that there are namesakes to tell apart. Expected entities are named by their names (and, for namesakes, an
 * organization) and looked up in the store, so the test holds whatever slugs the linker mints.
 */
class ReconciliationShippedNamesTest {
    static final Iris IRIS = new Iris("http://example.org/kg/");
    static final String PERSON = "https://schema.org/Person";
    static final String ORGANIZATION = "https://schema.org/Organization";
    static final String EVENT = "https://schema.org/Event";

    @TempDir
    static Path dir;
    static KnowledgeStore store;
    static KgServer server;
    static ReconcileClient client;

    @BeforeAll
    static void start() throws IOException {
        Path data = shippedWithNamesakes(dir.resolve("data"));
        store = KnowledgeStore.open(dir.resolve("store"), IRIS);
        new Loader(store, dir).load(List.of(data), data, false);
        // Published now, so the server has no dumps to write in the background while the store is closed.
        new DumpWriter(store, KgServer.sparqlEndpoint(store.iris())).write();
        server = KgServer.builder(store).port(0).build().start();
        client = new ReconcileClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** A copy of the shipped data in which the curated "one Martin Ruhs" is two people. */
    static Path shippedWithNamesakes(Path data) throws IOException {
        Files.createDirectories(data.resolve("events"));
        try (var events = Files.list(SeedData.SHIPPED.resolve("events"))) {
            for (Path e : events.toList()) {
                Files.copy(e, data.resolve("events").resolve(e.getFileName()));
            }
        }
        Files.copy(SeedData.SHIPPED.resolve("organizations.json"), data.resolve("organizations.json"));
        ObjectNode aliases = (ObjectNode) DataReader.JSON.readTree(SeedData.SHIPPED.resolve("aliases.json").toFile());
        ArrayNode same = (ArrayNode) aliases.get("samePerson");
        int turned = 0;
        for (int i = same.size() - 1; i >= 0; i--) {
            if (same.get(i).get("person").asText().equals("martin-ruhs")) {
                ObjectNode apart = aliases.withArrayProperty("differentPeople").addObject();
                apart.set("mentions", same.get(i).get("mentions"));
                same.remove(i);
                turned++;
            }
        }
        assertEquals(1, turned, "the shipped aliases curate Martin Ruhs as one person");
        DataReader.JSON.writeValue(data.resolve("aliases.json").toFile(), aliases);
        return data;
    }

    /** The id of the one person with this name (and, if given, this organization's id among their organizations). */
    static String person(String name, String organizationId) {
        String org = organizationId == null ? "" : "{ ?p org:memberOf <" + IRIS.organization(organizationId) + "> } UNION "
                + "{ ?p org:holds/org:postIn <" + IRIS.organization(organizationId) + "> }";
        return only("SELECT DISTINCT ?p WHERE { ?p a schema:Person ; schema:name \"" + name + "\" . " + org + " }");
    }

    static String organization(String name) {
        return only("SELECT ?p WHERE { ?p a schema:Organization ; schema:name \"" + name + "\" }");
    }

    static String event(String title, String start) {
        return only("SELECT ?p WHERE { ?p a schema:Event ; schema:name \"" + title + "\" ; schema:startDate ?d FILTER(STR(?d) = \"" + start + "\") }");
    }

    private static String only(String query) {
        List<QuerySolution> rows = SeedData.select(store, query);
        assertEquals(1, rows.size(), query);
        return rows.get(0).getResource("p").getURI().substring((IRIS.base() + "id/").length());
    }

    static JsonNode best(ObjectNode query) {
        JsonNode result = client.candidates(query);
        assertFalse(result.isEmpty(), () -> "no candidate for " + query);
        return result.get(0);
    }

    @Test
    void anInitialAndTheSurnameFindSijalAzizFirstWithAHighScore() {
        JsonNode c = best(query("S. Aziz", PERSON));
        assertEquals(person("Sijal Aziz", null), c.get("id").asText());
        assertEquals("Sijal Aziz", c.get("name").asText());
        assertTrue(c.get("score").asDouble() >= 70, c::toString);
        assertFalse(c.get("match").asBoolean(), "an initial alone is not decisive");
    }

    @Test
    void anAffiliationMakesTheInitialDecisive() {
        double alone = best(query("S. Aziz", PERSON)).get("score").asDouble();
        JsonNode c = best(withProperty(query("S. Aziz", PERSON), "affiliation", "WELDO"));
        assertEquals(person("Sijal Aziz", null), c.get("id").asText());
        assertTrue(c.get("score").asDouble() > alone, c::toString);
        assertTrue(c.get("match").asBoolean(), c::toString);
        JsonNode against = best(withProperty(query("S. Aziz", PERSON), "affiliation", "International Organization for Migration"));
        assertFalse(against.get("match").asBoolean(), "a conflicting affiliation is never a match");
        assertTrue(against.get("score").asDouble() < alone, against::toString);
    }

    @Test
    void theSurnameKeyWithoutSpacesFindsCamilleLeCoz() {
        JsonNode c = best(query("Camille LeCoz", PERSON));
        assertEquals(person("Camille Le Coz", null), c.get("id").asText());
        assertTrue(c.get("score").asDouble() >= 90, c::toString);
        assertTrue(c.get("match").asBoolean(), c::toString);
    }

    @Test
    void theAcronymFindsItsOrganization() {
        JsonNode c = best(query("WELDO", ORGANIZATION));
        assertEquals(organization("Women Empowerment Literacy and Development Organization"), c.get("id").asText());
        assertTrue(c.get("match").asBoolean(), c::toString);
        assertEquals(c.get("id"), best(query("weldo", null)).get("id"), "case aside, and without a type");
    }

    @Test
    void namesakesAreNoMatchUntilAnAffiliationOrAYearTellsThemApart() {
        JsonNode both = client.candidates(query("Martin Ruhs", PERSON));
        assertTrue(both.size() >= 2, both::toString);
        assertTrue(ReconciliationServiceTest.noMatch(both), both::toString);
        JsonNode eui = best(withProperty(query("Martin Ruhs", PERSON), "affiliation", "European University Institute"));
        assertEquals(person("Martin Ruhs", "eui"), eui.get("id").asText());
        assertTrue(eui.get("match").asBoolean(), eui::toString);
        JsonNode oxford = best(withProperty(query("Martin Ruhs", PERSON), "affiliation", "University of Oxford"));
        assertEquals(person("Martin Ruhs", "university-of-oxford"), oxford.get("id").asText());
        assertTrue(oxford.get("match").asBoolean(), oxford::toString);
        JsonNode in2015 = best(withProperty(query("Martin Ruhs", PERSON), "year", "2015"));
        assertEquals(person("Martin Ruhs", "university-of-oxford"), in2015.get("id").asText());
    }

    @Test
    void affiliationsAgreeAlongTheLineOfParentsButNotBetweenSiblings() {
        JsonNode inTheEu = best(withProperty(query("Nina Gregori", PERSON), "affiliation", "European Union"));
        assertEquals(person("Nina Gregori", "easo"), inTheEu.get("id").asText());
        assertTrue(inTheEu.get("match").asBoolean(), "EASO is part of the EU: " + inTheEu);
        JsonNode sibling = best(withProperty(query("Nina Gregori", PERSON), "affiliation", "European Commission"));
        assertFalse(sibling.get("match").asBoolean(), "the Commission is another part of the EU: " + sibling);
        JsonNode institute = best(withProperty(query("Koko Warner", PERSON), "affiliation", "IOM Global Data Institute"));
        assertEquals(person("Koko Warner", "iom"), institute.get("id").asText());
        assertTrue(institute.get("match").asBoolean(), "known only at IOM, she may be at its institute: " + institute);
    }

    @Test
    void eventsAreFoundByTitleWordsAndTheirDate() {
        String asylum = event("Asylum policy", "2015-11-13");
        JsonNode c = best(withProperty(query("Asylum policy", EVENT), "date", "13 November 2015"));
        assertEquals(asylum, c.get("id").asText());
        assertTrue(c.get("match").asBoolean(), c::toString);
        JsonNode otherDay = best(withProperty(query("Asylum policy", EVENT), "date", "2019-01-01"));
        assertFalse(otherDay.get("match").asBoolean(), otherDay::toString);

        String title = "Working Towards a More Gender-Responsive Reintegration Process for Returned Migrants";
        JsonNode merged = client.candidates(withProperty(query("Gender-Responsive Reintegration Process for Returned Migrants", EVENT), "date", "2022-02-15"));
        assertEquals(event(title, "2022-02-15T09:00:00-05:00"), merged.at("/0/id").asText(), merged::toString);
        assertTrue(merged.at("/0/match").asBoolean(), "the podcast post dated only 2022-02 is a record of this event, not a second one: " + merged);
    }

    @Test
    void aNonsenseNameIsNoMatch() {
        for (String type : new String[] {PERSON, ORGANIZATION, EVENT, null}) {
            assertTrue(ReconciliationServiceTest.noMatch(client.candidates(query("Xqzt Blorvath", type))));
        }
        assertTrue(ReconciliationServiceTest.noMatch(client.candidates(query("Sijal Blorvath", PERSON))));
    }

    /** A name as a table might write it, and the entity it means. */
    record Variant(String written, String type, String expectedId, String how) {}

    static List<Variant> variants() {
        List<Variant> v = new ArrayList<>();
        v.add(new Variant("S. Aziz", PERSON, person("Sijal Aziz", null), "initial"));
        v.add(new Variant("Camille LeCoz", PERSON, person("Camille Le Coz", null), "particle run together"));
        v.add(new Variant("LE COZ, Camille", PERSON, person("Camille Le Coz", null), "Last, First in capitals"));
        v.add(new Variant("Demetrios Papademetriou", PERSON, person("Demetrios G. Papademetriou", null), "middle initial dropped"));
        v.add(new Variant("Rainer Munz", PERSON, person("Rainer Münz", null), "accent removed"));
        v.add(new Variant("walter kalin", PERSON, person("Walter Kälin", null), "lower case, accent removed"));
        v.add(new Variant("Dr. Kathleen Newland", PERSON, person("Kathleen Newland", null), "honorific"));
        v.add(new Variant("K. Newland", PERSON, person("Kathleen Newland", null), "initial"));
        v.add(new Variant("Kathleen Newlnd", PERSON, person("Kathleen Newland", null), "typing slip"));
        v.add(new Variant("Michele Klein Solomon", PERSON, person("Michele Klein-Solomon", null), "hyphen dropped"));
        v.add(new Variant("Juan Jose Gomez Camacho", PERSON, person("Juan José Gómez Camacho", null), "accents removed"));
        v.add(new Variant("Juan Camacho", PERSON, person("Juan José Gómez Camacho", null), "middle names dropped"));
        v.add(new Variant("Antonio Vitorino", PERSON, person("António Vitorino", null), "accent removed"));
        v.add(new Variant("Catherine de Wenden", PERSON, person("Catherine Wihtol de Wenden", null), "middle name dropped"));
        v.add(new Variant("William Swing", PERSON, person("William Lacy Swing", null), "middle name dropped"));
        v.add(new Variant("Prof. Heaven Crawley", PERSON, person("Heaven Crawley", null), "honorific"));
        v.add(new Variant("Aziz Sijal", PERSON, person("Sijal Aziz", null), "order swapped"));
        v.add(new Variant("Jean-Louis De Brouwer", PERSON, person("Jean Louis de Brouwer", null), "hyphenated given name"));
        v.add(new Variant("Christelle Caporali Petit", PERSON, person("Christelle Caporali-Petit", null), "hyphen dropped"));
        v.add(new Variant("Elke Lobel", PERSON, person("Elke Löbel", null), "umlaut removed"));
        v.add(new Variant("A. Gurria", PERSON, person("Angel Gurría", null), "initial, accent removed"));
        v.add(new Variant("Gillian Trigs", PERSON, person("Gillian Triggs", null), "typing slip in the surname"));
        v.add(new Variant("Ratha, Dilip", PERSON, person("Dilip Ratha", null), "Last, First"));
        v.add(new Variant("Dilip Ratha (World Bank)", PERSON, person("Dilip Ratha", null), "organization in the name cell"));
        v.add(new Variant("SRINGATIN", PERSON, person("Sringatin", null), "single name in capitals"));
        v.add(new Variant("Kathleen Bush Joseph", PERSON, person("Kathleen Bush-Joseph", null), "hyphen dropped, namesake given name"));
        v.add(new Variant("N. Majidi", PERSON, person("Nassim Majidi", null), "initial"));
        v.add(new Variant("H.E. Ambassador Namira Negm", PERSON, person("Namira Negm", null), "titles"));
        v.add(new Variant("WELDO", ORGANIZATION, organization("Women Empowerment Literacy and Development Organization"), "acronym"));
        v.add(new Variant("IOM", ORGANIZATION, organization("International Organization for Migration"), "acronym"));
        v.add(new Variant("unhcr", ORGANIZATION, organization("Office of the United Nations High Commissioner for Refugees"), "acronym, lower case"));
        v.add(new Variant("Deutsche Gesellschaft fur Internationale Zusammenarbeit", ORGANIZATION,
                organization("Deutsche Gesellschaft für Internationale Zusammenarbeit"), "umlaut removed"));
        v.add(new Variant("The Brookings Institution", ORGANIZATION, organization("Brookings Institution"), "article"));
        v.add(new Variant("Danish Refugee Council (DRC)", ORGANIZATION, organization("Danish Refugee Council"), "acronym in parentheses"));
        v.add(new Variant("WELDO (Pakistan)", ORGANIZATION, organization("Women Empowerment Literacy and Development Organization"), "trailing country"));
        v.add(new Variant("International Organisation for Migration", ORGANIZATION, organization("International Organization for Migration"), "British spelling"));
        v.add(new Variant("Migration Policy Inst.", ORGANIZATION, organization("Migration Policy Institute"), "abbreviated word"));
        v.add(new Variant("UN Refugee Agency", ORGANIZATION, organization("Office of the United Nations High Commissioner for Refugees"), "other name"));
        v.add(new Variant("OECD Development Center", ORGANIZATION, organization("OECD Development Centre"), "American spelling"));
        v.add(new Variant("Federal Ministry for Economic Cooperation & Development", ORGANIZATION,
                organization("Federal Ministry for Economic Cooperation and Development"), "ampersand"));
        v.add(new Variant("Migration Policy Institute Europe", ORGANIZATION, organization("Migration Policy Institute Europe"), "not its parent"));
        return v;
    }

    @Test
    void atLeastNineInTenNameVariantsFindTheirEntityFirst() {
        List<Variant> variants = variants();
        ObjectNode batch = ReconcileClient.JSON.createObjectNode();
        for (int i = 0; i < variants.size(); i++) {
            batch.set("q" + i, query(variants.get(i).written(), variants.get(i).type()));
        }
        JsonNode answer = client.reconcile(batch);
        int first = 0;
        int matched = 0;
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            JsonNode top = answer.at("/q" + i + "/result/0");
            boolean hit = v.expectedId().equals(top.path("id").asText());
            boolean match = hit && top.path("match").asBoolean();
            first += hit ? 1 : 0;
            matched += match ? 1 : 0;
            table.append(String.format("  %-5s %-5s %5.1f  %-40s %-28s -> %s%n", hit ? "top1" : "MISS", match ? "match" : "", top.path("score").asDouble(),
                    v.written(), v.how(), top.path("id").asText("(none)")));
        }
        double rate = (double) first / variants.size();
        System.out.printf("Reconciliation hit rate: %d of %d name variants top-1 (%.1f%%), %d decided as match%n%s",
                first, variants.size(), 100 * rate, matched, table);
        assertTrue(rate >= 0.9, String.format("top-1 %.1f%%%n%s", 100 * rate, table));
    }
}
