package org.migkg.serve.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * One query of the library: its file name (without .rq), the header's title, description and parameters, the
 * example values the header gives, and the SPARQL text. Parameters are variables the query leaves unbound.
 */
record LibraryQuery(String name, String title, String description, List<Param> params, Map<String, String> example, String text) {

    record Param(String name, boolean required, String description) {}

    /** The query with the given parameter values put in place of their variables (an http(s) value as an IRI). */
    Query bind(Map<String, String> values) {
        Query query = QueryFactory.create(text);
        Map<Var, Node> substitutions = new HashMap<>();
        for (Param p : params) {
            String value = values.get(p.name());
            if (value != null && !value.isBlank()) {
                substitutions.put(Var.alloc(p.name()), value.matches("https?://\\S+")
                        ? NodeFactory.createURI(value.strip()) : NodeFactory.createLiteralString(value.strip()));
            }
        }
        return substitutions.isEmpty() ? query : QueryTransformOps.transform(query, substitutions);
    }

    /** The SPARQL text with the example values in place, ready to run. */
    String exampleText() {
        return example.isEmpty() ? text : bind(example).serialize();
    }
}
