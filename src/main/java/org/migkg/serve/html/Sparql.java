package org.migkg.serve.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.migkg.rdf.Prefixes;
import org.migkg.store.StoreReader;

/** Runs the pages' SELECT queries on the store, with {@code ?this} bound to the page's entity. */
final class Sparql {
    private final StoreReader store;

    Sparql(StoreReader store) {
        this.store = store;
    }

    StoreReader store() {
        return store;
    }

    /** Parses a page query once, with the project's prefixes declared. */
    static Query parse(String body) {
        return QueryFactory.create(Prefixes.sparql() + body);
    }

    /** A VALUES block binding {@code var} to each of the IRIs, to put in a query's WHERE clause. */
    static String values(String var, Collection<String> iris) {
        return iris.stream().map(Sparql::term).collect(Collectors.joining(" ", "VALUES ?" + var + " { ", " }"));
    }

    /** A VALUES block binding {@code var} to each IRI and {@code indexVar} to its position, to keep the given order. */
    static String indexedValues(String indexVar, String var, List<String> iris) {
        StringBuilder b = new StringBuilder("VALUES (?" + indexVar + " ?" + var + ") {");
        for (int i = 0; i < iris.size(); i++) {
            b.append(" (").append(i).append(' ').append(term(iris.get(i))).append(')');
        }
        return b.append(" }").toString();
    }

    static String term(String iri) {
        return NodeFmtLib.strNT(NodeFactory.createURI(iri));
    }

    List<Solution> select(Query query) {
        return select(query, Map.of());
    }

    List<Solution> select(Query query, String thisIri) {
        return select(query, Map.of("this", ResourceFactory.createResource(thisIri)));
    }

    List<Solution> select(Query query, Map<String, RDFNode> bindings) {
        return read(() -> {
            QueryExecutionDatasetBuilder b = store.query(query);
            bindings.forEach(b::substitution);
            try (QueryExecution qe = b.build()) {
                List<Solution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(s -> {
                    Map<String, RDFNode> values = new HashMap<>();
                    s.varNames().forEachRemaining(v -> values.put(v, s.get(v)));
                    rows.add(new Solution(values));
                });
                return rows;
            }
        });
    }

    /** The number a COUNT query answers in its one variable, ?n. */
    long count(Query query, String thisIri) {
        List<Solution> rows = select(query, thisIri);
        return rows.isEmpty() ? 0 : rows.get(0).number("n");
    }

    /** Runs {@code work} in one read transaction, so all of a page's queries see the same data. */
    <T> T read(Supplier<T> work) {
        return store.read(work);
    }
}
