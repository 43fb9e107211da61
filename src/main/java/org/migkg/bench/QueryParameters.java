package org.migkg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.migkg.rdf.Prefixes;
import org.migkg.store.KnowledgeStore;

/**
 * Values for the queries the benchmark sends, picked from the loaded corpus. Picked once and not timed: on a busy
 * machine a pick may take longer than the store's limit for queries.
 */
final class QueryParameters {
    private QueryParameters() {}

    /** For the library: its most frequent speaker, the first of their events, the most often addressed GCM objective and cross-cutting theme. */
    static Map<String, String> library(KnowledgeStore store) {
        String query = Prefixes.sparql() + """
                SELECT ?person ?event ?objective ?theme WHERE {
                  { SELECT ?person (COUNT(*) AS ?n) WHERE { ?x mk:participant ?person } GROUP BY ?person ORDER BY DESC(?n) ?person LIMIT 1 }
                  { SELECT ?person (MIN(STR(?e)) AS ?event) WHERE { ?x mk:participant ?person ; mk:event ?e } GROUP BY ?person }
                  OPTIONAL { SELECT ?objective WHERE { ?a mk:addressesObjective ?objective } GROUP BY ?objective ORDER BY DESC(COUNT(*)) ?objective LIMIT 1 }
                  OPTIONAL { SELECT ?theme WHERE { ?b mk:crossCuttingTheme ?theme } GROUP BY ?theme ORDER BY DESC(COUNT(*)) ?theme LIMIT 1 }
                }""";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = untimed(store, query)) {
                QuerySolution row = qe.execSelect().next();
                Map<String, String> values = new TreeMap<>();
                row.varNames().forEachRemaining(v -> {
                    RDFNode value = row.get(v);
                    values.put(v, value.isResource() ? value.asResource().getURI() : value.asLiteral().getLexicalForm());
                });
                return values;
            }
        });
    }

    /** For the HTTP requests: the {@code n} people with the most participations, most first. */
    static List<String> frequentSpeakers(KnowledgeStore store, int n) {
        String query = Prefixes.sparql() + "SELECT ?person (COUNT(*) AS ?n) WHERE { ?x mk:participant ?person } "
                + "GROUP BY ?person ORDER BY DESC(?n) ?person LIMIT " + n;
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = untimed(store, query)) {
                List<String> people = new ArrayList<>();
                qe.execSelect().forEachRemaining(row -> people.add(row.getResource("person").getURI()));
                return people;
            }
        });
    }

    private static QueryExecution untimed(KnowledgeStore store, String query) {
        return QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query).timeout(1, TimeUnit.HOURS).build();
    }
}
