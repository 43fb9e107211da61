package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.junit.jupiter.api.Test;

/** Reading a query file's header, and binding its parameters. */
class LibraryQueryTest {
    static final String TIMELINE = """
            # title: A person's timeline
            # description: Events of one person in date order.
            # param: person (required) a person's IRI or name
            # param: year (optional) only this year
            # example: person=Sijal Aziz
            #
            # Note: free comment lines are not part of the header fields.
            PREFIX schema: <https://schema.org/>
            SELECT ?name WHERE {
              ?p schema:name ?name .
              BIND (COALESCE(?year, "") AS ?wantedYear)
              FILTER (sameTerm(?p, ?person) || STR(?name) = STR(?person))
            }
            ORDER BY ?name
            """;

    @Test
    void headerGivesTitleDescriptionParametersAndExample() {
        LibraryQuery q = LibraryQuery.parse("person-timeline", TIMELINE);
        assertEquals("person-timeline", q.name());
        assertEquals("A person's timeline", q.title());
        assertEquals("Events of one person in date order.", q.description());
        assertEquals(List.of(new LibraryQuery.Parameter("person", true, "a person's IRI or name"),
                new LibraryQuery.Parameter("year", false, "only this year")), q.parameters());
        assertEquals(Map.of("person", "Sijal Aziz"), q.example());
        assertEquals(TIMELINE, q.text());
    }

    @Test
    void aHeaderWithoutTitleOrDescriptionIsRefusedNamingTheFile() {
        IllegalArgumentException noTitle = assertThrows(IllegalArgumentException.class,
                () -> LibraryQuery.parse("untitled", "# description: d\nSELECT * WHERE {}"));
        assertEquals("untitled.rq: the header has no '# title:' line", noTitle.getMessage());
        IllegalArgumentException noDescription = assertThrows(IllegalArgumentException.class,
                () -> LibraryQuery.parse("bare", "# title: t\nSELECT * WHERE {}"));
        assertEquals("bare.rq: the header has no '# description:' line", noDescription.getMessage());
    }

    @Test
    void aTitleAfterTheQueryStartsIsNotAHeader() {
        assertThrows(IllegalArgumentException.class, () -> LibraryQuery.parse("late", "SELECT * WHERE {}\n# title: t\n# description: d\n"));
    }

    @Test
    void malformedParameterLinesAndUnusedParametersAreRefusedNamingTheLine() {
        IllegalArgumentException noKind = assertThrows(IllegalArgumentException.class,
                () -> LibraryQuery.parse("q", "# title: t\n# description: d\n# param: person a person\nSELECT ?person WHERE {}"));
        assertTrue(noKind.getMessage().startsWith("q.rq line 3: a parameter line reads"), noKind.getMessage());
        IllegalArgumentException unused = assertThrows(IllegalArgumentException.class,
                () -> LibraryQuery.parse("q", "# title: t\n# description: d\n# param: person (required) a person\n# uses ?person only here\nSELECT ?x WHERE {}"));
        assertEquals("q.rq: parameter 'person' is declared but ?person is not used", unused.getMessage());
        IllegalArgumentException badExample = assertThrows(IllegalArgumentException.class,
                () -> LibraryQuery.parse("q", "# title: t\n# description: d\n# example: nobody=1\nSELECT ?x WHERE {}"));
        assertEquals("q.rq: the example binds 'nobody', which is not a declared parameter", badExample.getMessage());
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        LibraryQuery q = LibraryQuery.parse("person-timeline", TIMELINE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("year", "2022")));
        assertEquals("the query person-timeline needs the parameter 'person': a person's IRI or name", e.getMessage());
    }

    @Test
    void anUnknownParameterIsNamedWithTheKnownOnes() {
        LibraryQuery q = LibraryQuery.parse("person-timeline", TIMELINE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("person", "x", "persn", "y")));
        assertEquals("the query person-timeline has no parameter 'persn'; its parameters are: person, year", e.getMessage());
    }

    @Test
    void valuesBecomeOneIriOrOneLiteralEach() {
        LibraryQuery q = LibraryQuery.parse("person-timeline", TIMELINE);
        assertEquals(List.of("sameTerm(?p, <https://w3id.org/migkg/id/person/sijal-aziz>)"),
                sameTermCalls(q.bind(Map.of("person", "https://w3id.org/migkg/id/person/sijal-aziz"))));
        assertEquals(List.of("sameTerm(?p, <https://w3id.org/migkg/id/person/sijal-aziz>)"),
                sameTermCalls(q.bind(Map.of("person", "<https://w3id.org/migkg/id/person/sijal-aziz>"))));
        assertEquals(List.of("sameTerm(?p, \"Sijal Aziz\")"), sameTermCalls(q.bind(Map.of("person", "Sijal Aziz"))));
    }

    @Test
    void aValueThatTriesToCloseTheStringStaysOneLiteral() {
        LibraryQuery q = LibraryQuery.parse("person-timeline", TIMELINE);
        String attack = "x\") || true) } SELECT * WHERE { ?s ?p ?o } #";
        Query bound = QueryFactory.create(q.bind(Map.of("person", attack)));
        assertEquals(List.of("name"), bound.getResultVars(), "the query keeps its shape");
        assertEquals(List.of("sameTerm(?p, \"x\\\") || true) } SELECT * WHERE { ?s ?p ?o } #\")"), sameTermCalls(bound.toString()));
    }

    @Test
    void optionalParametersLeftOutStayUnboundVariables() {
        LibraryQuery q = LibraryQuery.parse("person-timeline", TIMELINE);
        String text = q.bind(Map.of("person", "Sijal Aziz"));
        assertTrue(text.contains("COALESCE(?year, \"\")"), text);
        assertFalse(text.contains("?person"), text);
    }

    static final String PAGED = """
            # title: People
            # description: Everyone, by name.
            # page: 20
            PREFIX schema: <https://schema.org/>
            SELECT ?name WHERE {
              { SELECT ?p WHERE { ?p a schema:Person } ORDER BY ?p LIMIT 20 # page end
              }
              ?p schema:name ?name .
            }
            ORDER BY ?name
            LIMIT 20 OFFSET 0 # page
            """;

    @Test
    void aPagedQueryReadsTheFirstPageAsItIsAndAnyPageWhenAsked() {
        LibraryQuery q = LibraryQuery.parse("people", PAGED);
        assertEquals(20, q.pageSize());
        Query first = QueryFactory.create(q.bind(Map.of()));
        assertEquals(20, first.getLimit());
        assertEquals(0, first.getOffset());
        Query third = QueryFactory.create(q.bind(Map.of("limit", "5", "offset", "10")));
        assertEquals(5, third.getLimit());
        assertEquals(10, third.getOffset());
        assertTrue(third.toString().contains("LIMIT   15"), "the page end is offset + limit: " + third);
        assertEquals(new LibraryQuery.Page(5, 10), q.page(Map.of("limit", "5", "offset", "10")));
        assertEquals(3, q.page(Map.of("limit", "5", "offset", "10")).number());
    }

    @Test
    void pagingValuesMustBeWholeNumbersInRange() {
        LibraryQuery q = LibraryQuery.parse("people", PAGED);
        for (String bad : List.of("0", "-1", "ten", "5 OFFSET 0 } SELECT", "10001")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("limit", bad)));
            assertEquals("the query people takes a limit from 1 to 10,000, not '" + bad + "'", e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("offset", "-3")));
        assertTrue(e.getMessage().startsWith("the query people takes a offset from 0 to"), e.getMessage());
    }

    @Test
    void aQueryWithoutPagingRefusesPagingValues() {
        LibraryQuery q = LibraryQuery.parse("person-timeline", TIMELINE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("person", "x", "limit", "5")));
        assertEquals("the query person-timeline is not paged: it always gives all its rows, so it takes no limit", e.getMessage());
    }

    @Test
    void aPagedHeaderMustMatchThePageTheFileReads() {
        IllegalArgumentException noClause = assertThrows(IllegalArgumentException.class,
                () -> LibraryQuery.parse("q", "# title: t\n# description: d\n# page: 10\nSELECT ?x WHERE {} LIMIT 10"));
        assertEquals("q.rq: a paged query has one line ending 'LIMIT 10 OFFSET 0 # page'", noClause.getMessage());
        IllegalArgumentException otherSize = assertThrows(IllegalArgumentException.class,
                () -> LibraryQuery.parse("q", "# title: t\n# description: d\n# page: 10\nSELECT ?x WHERE {} LIMIT 20 OFFSET 0 # page\n"));
        assertTrue(otherSize.getMessage().startsWith("q.rq: its one '# page' clause must read 'LIMIT 10 OFFSET 0'"), otherSize.getMessage());
        IllegalArgumentException unmarked = assertThrows(IllegalArgumentException.class,
                () -> LibraryQuery.parse("q", "# title: t\n# description: d\nSELECT ?x WHERE {} LIMIT 20 OFFSET 0 # page\n"));
        assertEquals("q.rq: it marks a page clause but its header has no '# page:' line", unmarked.getMessage());
    }

    private static List<String> sameTermCalls(String queryText) {
        Query query = QueryFactory.create(queryText);
        List<String> calls = new java.util.ArrayList<>();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementFilter el) {
                el.getExpr().getFunction().getArgs().stream()
                        .filter(a -> a.isFunction() && a.getFunction().getFunctionSymbol().getSymbol().equalsIgnoreCase("sameTerm"))
                        .forEach(a -> calls.add("sameTerm(" + a.getFunction().getArg(1) + ", " + a.getFunction().getArg(2) + ")"));
            }
        });
        return calls;
    }
}
