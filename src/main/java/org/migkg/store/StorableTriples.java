package org.migkg.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;

/** Triples in the form the store keeps them. */
final class StorableTriples {
    private StorableTriples() {}

    /**
     * TDB2 keeps a decimal such as "1" under another key than the "1.0" it reads back, so a later delete of what it
     * read misses the stored triple (Jena issue 3404). Storing decimals in canonical form keeps every triple deletable.
     */
    static Triple storable(Triple t) {
        Node o = t.getObject();
        if (o.isLiteral() && XSDDatatype.XSDdecimal.equals(o.getLiteralDatatype())) {
            return Triple.create(t.getSubject(), t.getPredicate(), CanonicalizeLiteral.get().apply(o));
        }
        return t;
    }
}
