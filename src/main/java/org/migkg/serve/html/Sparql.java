package org.migkg.serve.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.migkg.rdf.Prefixes;
import org.migkg.store.KnowledgeStore;

/** Runs the pages' SELECT queries on the store, with {@code ?this} bound to the page's entity. */
final class Sparql {
    private final KnowledgeStore store;

    Sparql(KnowledgeStore store) {
        this.store = store;
    }

    KnowledgeStore store() {
        return store;
    }

    /** Parses a page query once, with the project's prefixes declared. */
    static Query parse(String body) {
        return QueryFactory.create(Prefixes.sparql() + body);
    }

    List<Row> select(Query query) {
        return select(query, Map.of());
    }

    List<Row> select(Query query, String thisIri) {
        return select(query, Map.of("this", ResourceFactory.createResource(thisIri)));
    }

    List<Row> select(Query query, Map<String, RDFNode> bindings) {
        return read(() -> {
            QueryExecutionDatasetBuilder b = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query);
            bindings.forEach(b::substitution);
            try (QueryExecution qe = b.build()) {
                List<Row> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(s -> {
                    Map<String, RDFNode> values = new HashMap<>();
                    s.varNames().forEachRemaining(v -> values.put(v, s.get(v)));
                    rows.add(new Row(values));
                });
                return rows;
            }
        });
    }

    /** Runs {@code work} in one read transaction, so all of a page's queries see the same data. */
    <T> T read(Supplier<T> work) {
        return Txn.calculateRead(store.dataset(), work);
    }
}
