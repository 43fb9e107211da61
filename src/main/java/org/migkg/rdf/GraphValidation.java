package org.migkg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** Checks a mapped dataset against {@code ontology/shapes.ttl}: the union of its graphs, as SPARQL sees it. */
public final class GraphValidation {
    private static final Shapes SHAPES = Shapes.parse(VocabularyFiles.shapes());

    private GraphValidation() {}

    public static ValidationReport validate(MappedDataset mapped) {
        Graph union = GraphFactory.createDefaultGraph();
        try (var events = mapped.eventGraphs().get()) {
            events.forEach(e -> e.content().find().forEachRemaining(union::add));
        }
        mapped.sharedGraphs().values().forEach(parts -> MappedDataset.whole(parts).find().forEachRemaining(union::add));
        return validate(union);
    }

    public static ValidationReport validate(Graph union) {
        return ShaclValidator.get().validate(SHAPES, union);
    }
}
