package org.migkg.serve;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.migkg.rdf.SchemaOrg;

/** The properties that name things, in the order a page prefers them. */
public final class Labels {
    public static final List<Property> PROPERTIES = List.of(SchemaOrg.name, SKOS.prefLabel, RDFS.label, DCTerms.title);

    private Labels() {}

    /** The resource's preferred name in {@code m}: the first labelling property that has one, the least value if several. */
    public static Optional<String> of(Model m, Resource r) {
        for (Property p : PROPERTIES) {
            Optional<String> v = m.listStatements(r, p, (org.apache.jena.rdf.model.RDFNode) null).toList().stream()
                    .map(Statement::getObject).filter(o -> o.isLiteral())
                    .map(o -> o.asLiteral().getLexicalForm()).sorted().findFirst();
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }
}
