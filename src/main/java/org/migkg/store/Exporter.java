package org.migkg.store;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.migkg.rdf.Prefixes;

/** Dumps the store: sorted N-Quads (two dumps of the same data are byte-identical), Turtle or JSON-LD of the union. */
public final class Exporter {
    public enum Format { NQ, TRIG, TTL, JSONLD }

    private final StoreReader store;

    public Exporter(StoreReader store) {
        this.store = store;
    }

    /**
     * @param contentOnly leave out the loads graph (load times and record JSON), so dumps of the same data compare
     *                    equal whenever they were loaded
     */
    public void write(Format format, OutputStream out, boolean contentOnly) throws IOException {
        DatasetGraph dsg = store.readOnlyDataset();
        store.read(() -> {
            try {
                switch (format) {
                    case NQ -> writeSortedNQuads(dsg, out, contentOnly);
                    case TRIG -> RDFDataMgr.write(out, copy(dsg, contentOnly), RDFFormat.TRIG_BLOCKS);
                    case TTL -> RDFDataMgr.write(out, union(dsg, contentOnly), RDFFormat.TURTLE_BLOCKS);
                    case JSONLD -> RDFDataMgr.write(out, union(dsg, contentOnly), RDFFormat.JSONLD11);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
    }

    private void writeSortedNQuads(DatasetGraph dsg, OutputStream out, boolean contentOnly) throws IOException {
        SortedNQuads.write(dsg, q -> !skip(q.getGraph(), contentOnly), out);
    }

    private boolean skip(Node graph, boolean contentOnly) {
        return contentOnly && graph.isURI() && graph.getURI().equals(store.iris().loadsGraph());
    }

    private DatasetGraph copy(DatasetGraph dsg, boolean contentOnly) {
        DatasetGraph out = DatasetGraphFactory.create();
        Prefixes.MAP.forEach(out.prefixes()::add);
        dsg.find().forEachRemaining(q -> {
            if (!skip(q.getGraph(), contentOnly)) {
                out.add(q);
            }
        });
        return out;
    }

    private Graph union(DatasetGraph dsg, boolean contentOnly) {
        Graph g = GraphFactory.createDefaultGraph();
        Prefixes.MAP.forEach(g.getPrefixMapping()::setNsPrefix);
        dsg.find().forEachRemaining(q -> {
            if (!skip(q.getGraph(), contentOnly)) {
                g.add(q.asTriple());
            }
        });
        return g;
    }
}
