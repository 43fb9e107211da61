package org.migkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/**
 * related-events on relations shaped as the linker writes them, including a reason that shares no entity (text
 * similarity): every reason must still be listed, with the linker's explanation where nothing is shared.
 */
class RelatedEventsReasonsTest {
    static final String GRAPH = """
            @prefix mk: <https://w3id.org/migkg/ontology#> .
            @prefix schema: <https://schema.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix id: <https://w3id.org/migkg/id/> .
            id:event\\/a a schema:Event ; schema:name "Event A" ; schema:startDate "2021-01-01"^^xsd:date .
            id:event\\/b a schema:Event ; schema:name "Event B" ; schema:startDate "2022-02-02"^^xsd:date .
            id:event\\/c a schema:Event ; schema:name "Event C" ; schema:startDate "2020-03-03"^^xsd:date .
            id:person\\/p schema:name "Pat Example" .
            id:relation\\/a--b a mk:EventRelation ; mk:relates id:event\\/a, id:event\\/b ; mk:score 3.5 ;
                mk:reason id:relation\\/a--b\\/reason\\/shared-people, id:relation\\/a--b\\/reason\\/similar-text .
            id:relation\\/a--b\\/reason\\/shared-people mk:reasonType "shared-people" ; mk:weight 3.0 ; mk:sharedEntity id:person\\/p .
            id:relation\\/a--b\\/reason\\/similar-text mk:reasonType "similar-text" ; mk:weight 0.5 ;
                rdfs:comment "title and description similarity 0.25; shared terms (stemmed): return" .
            id:relation\\/a--c a mk:EventRelation ; mk:relates id:event\\/a, id:event\\/c ; mk:score 0.4 ;
                mk:reason id:relation\\/a--c\\/reason\\/similar-text .
            id:relation\\/a--c\\/reason\\/similar-text mk:reasonType "similar-text" ; mk:weight 0.4 .
            """;

    @Test
    void reasonsWithoutSharedEntitiesAreListedWithTheirExplanation() {
        Dataset dataset = DatasetFactory.create();
        RDFParser.fromString(GRAPH, Lang.TURTLE).parse(dataset.getDefaultModel());
        String query = QueryLibrary.load().find("related-events").orElseThrow().bind(Map.of("event", "https://w3id.org/migkg/id/event/a"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            ResultSetFormatter.outputAsCSV(out, qe.execSelect());
        }
        assertEquals("""
                score,date,title,reasons,relatedEvent
                3.5,2022-02-02,Event B,"shared-people +3.0: Pat Example
                similar-text +0.5: title and description similarity 0.25; shared terms (stemmed): return",https://w3id.org/migkg/id/event/b
                0.4,2020-03-03,Event C,similar-text +0.4,https://w3id.org/migkg/id/event/c
                """, LibraryCases.normalise(out.toString(StandardCharsets.UTF_8)));
    }
}
