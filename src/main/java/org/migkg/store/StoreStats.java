package org.migkg.store;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QueryFactory;

/** Counts a user wants after a load, read from the store itself. */
public record StoreStats(long events, long people, long organizations, long triples) {

    private static final String QUERY = """
            PREFIX schema: <https://schema.org/>
            SELECT
              (COUNT(DISTINCT ?event) AS ?events)
              (COUNT(DISTINCT ?person) AS ?people)
              (COUNT(DISTINCT ?org) AS ?orgs)
            WHERE {
              { ?event a schema:Event FILTER NOT EXISTS { ?event a schema:EventSeries } }
              UNION { ?person a schema:Person }
              UNION { ?org a schema:Organization }
            }""";

    public static StoreStats of(StoreReader store) {
        long triples = store.contentTriples();
        return store.read(() -> {
            try (QueryExecution qe = store.query(QueryFactory.create(QUERY)).build()) {
                QuerySolution row = qe.execSelect().next();
                return new StoreStats(row.getLiteral("events").getLong(), row.getLiteral("people").getLong(),
                        row.getLiteral("orgs").getLong(), triples);
            }
        });
    }
}
