package org.migkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ontology and SKOS schemes shipped in the jar from {@code ontology/}. */
public final class VocabularyFiles {
    static {
        JenaSystem.init();
    }

    public static final List<String> FILES = List.of("migkg.ttl", "gcm.ttl", "roles.ttl");
    public static final String SHAPES = "shapes.ttl";

    private VocabularyFiles() {}

    /** The ontology and the concept schemes, merged: they go into the store's vocabulary graph. */
    public static Graph vocabulary() {
        Graph g = GraphFactory.createDefaultGraph();
        FILES.forEach(f -> parseInto(f, g));
        return g;
    }

    public static Graph shapes() {
        Graph g = GraphFactory.createDefaultGraph();
        parseInto(SHAPES, g);
        return g;
    }

    public static Graph file(String name) {
        Graph g = GraphFactory.createDefaultGraph();
        parseInto(name, g);
        return g;
    }

    private static void parseInto(String name, Graph g) {
        try (InputStream in = VocabularyFiles.class.getResourceAsStream("/ontology/" + name)) {
            if (in == null) {
                throw new IllegalStateException("ontology file missing from the build: ontology/" + name);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(MK.VOCAB).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
