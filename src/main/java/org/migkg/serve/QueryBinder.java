package org.migkg.serve;

import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;

/**
 * Binds values to a query's variables with Jena's {@link ParameterizedSparqlString}, which writes each value as one
 * RDF term (escaping quotes and refusing values that would break out of it), so no value can change the query's shape.
 */
public final class QueryBinder {
    private QueryBinder() {}

    /** Binds each {@code ?name} to its value: an IRI if the value is {@code <...>} or an http(s) IRI, else a string. */
    public static String bind(String queryText, Map<String, String> values) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(queryText);
        values.forEach((name, value) -> bind(pss, name, value));
        return pss.toString();
    }

    static void bind(ParameterizedSparqlString pss, String name, String value) {
        if (value.startsWith("<") && value.endsWith(">")) {
            pss.setIri(name, value.substring(1, value.length() - 1));
        } else if (value.matches("https?://\\S+")) {
            pss.setIri(name, value);
        } else {
            pss.setLiteral(name, value);
        }
    }
}
