package org.migkg.serve.html;

import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;

/** One solution of a SELECT, read after its transaction has ended. */
record Solution(Map<String, RDFNode> values) {

    boolean has(String var) {
        return values.get(var) != null;
    }

    /** The literal's lexical form or the IRI; null when unbound. */
    String text(String var) {
        RDFNode n = values.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    String iri(String var) {
        RDFNode n = values.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    long number(String var) {
        RDFNode n = values.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getLong() : 0;
    }

    double decimal(String var) {
        RDFNode n = values.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getDouble() : 0;
    }
}
